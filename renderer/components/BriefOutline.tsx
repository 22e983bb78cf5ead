import type { Brief } from '../../main/brief/schema'

/** The drafted brief at a glance: title and section headings (the editor comes in a later issue). */
export function BriefOutline({ brief }: { brief: Brief | null }) {
  if (!brief) {
    return (
      <div className="outline-empty">
        <h2>Brief</h2>
        <p>Open an article, choose a template and draft a brief.</p>
      </div>
    )
  }
  return (
    <div>
      <h2>{brief.meta.title || 'Untitled brief'}</h2>
      {brief.meta.subtitle && <p className="subtitle">{brief.meta.subtitle}</p>}
      <ol className="sections" aria-label="Sections">
        {brief.sections.map((section) => (
          <li key={section.id}>{section.heading}</li>
        ))}
      </ol>
      <p className="sources-count">
        {brief.sources.length} source{brief.sources.length === 1 ? '' : 's'} · {brief.meta.date}
      </p>
    </div>
  )
}
