import type { Brief, BriefMeta, Provenance, Section, Source } from '../../main/brief/schema'
import { BRIEF_LIMITS } from '../../main/common/limits'

// Pure edits of a Brief: each returns a new brief and leaves the old one untouched, so the document
// history can keep old briefs as undo steps and React can compare by reference.

/** The meta fields a user edits in the form (templateId is not one of them). */
export type EditableMeta = Omit<BriefMeta, 'templateId'>

function withSections(brief: Brief, sections: Section[]): Brief {
  return { ...brief, sections }
}

function mapSection(brief: Brief, id: string, change: (section: Section) => Section): Brief {
  let changed = false
  const sections = brief.sections.map((section) => {
    if (section.id !== id) return section
    const next = change(section)
    changed ||= next !== section
    return next
  })
  return changed ? withSections(brief, sections) : brief
}

/** A section id not used in the brief yet (ids are lower-case letters, digits and dashes). */
export function freshSectionId(brief: Brief, stem = 'section'): string {
  const used = new Set(brief.sections.map((section) => section.id))
  for (let number = 1; ; number += 1) {
    const id = number === 1 && stem !== 'section' ? stem : `${stem}-${number}`
    if (!used.has(id)) return id
  }
}

/** Adds a new, empty section after `afterId` (or at the end). */
export function addSection(
  brief: Brief,
  options: { afterId?: string | null; heading?: string; kind?: Section['kind'] } = {},
): { brief: Brief; id: string } {
  const id = freshSectionId(brief, options.kind && options.kind !== 'custom' ? options.kind : 'section')
  const section: Section = {
    id,
    kind: options.kind ?? 'custom',
    heading: options.heading ?? 'New section',
    body: '',
    provenance: [],
  }
  const index = brief.sections.findIndex((candidate) => candidate.id === options.afterId)
  const at = index < 0 ? brief.sections.length : index + 1
  return {
    brief: withSections(brief, [...brief.sections.slice(0, at), section, ...brief.sections.slice(at)]),
    id,
  }
}

export function removeSection(brief: Brief, id: string): Brief {
  const sections = brief.sections.filter((section) => section.id !== id)
  return sections.length === brief.sections.length ? brief : withSections(brief, sections)
}

/** Moves a section to `index` (clamped); moving onto itself changes nothing. */
export function moveSection(brief: Brief, id: string, index: number): Brief {
  const from = brief.sections.findIndex((section) => section.id === id)
  if (from < 0) return brief
  const to = Math.max(0, Math.min(brief.sections.length - 1, index))
  if (to === from) return brief
  const sections = [...brief.sections]
  const [section] = sections.splice(from, 1)
  sections.splice(to, 0, section)
  return withSections(brief, sections)
}

/** Renames a section; an empty heading is refused (the schema needs one), keeping the old one. */
export function renameSection(brief: Brief, id: string, heading: string): Brief {
  const trimmed = heading.replace(/\s+/g, ' ').trim().slice(0, 200)
  if (!trimmed) return brief
  return mapSection(brief, id, (section) =>
    section.heading === trimmed ? section : { ...section, heading: trimmed },
  )
}

export function setSectionBody(brief: Brief, id: string, body: string): Brief {
  return mapSection(brief, id, (section) => (section.body === body ? section : { ...section, body }))
}

/** Adds provenance entries to a section, skipping ones it already has. */
export function addProvenance(brief: Brief, id: string, entries: Provenance[]): Brief {
  return mapSection(brief, id, (section) => {
    const fresh = entries.filter(
      (entry) =>
        !section.provenance.some(
          (known) =>
            known.sourceId === entry.sourceId && known.start === entry.start && known.end === entry.end,
        ),
    )
    return fresh.length === 0 ? section : { ...section, provenance: [...section.provenance, ...fresh] }
  })
}

/** Adds a source unless the brief has one with its id. */
export function addSource(brief: Brief, source: Source): Brief {
  if (brief.sources.some((known) => known.id === source.id)) return brief
  return { ...brief, sources: [...brief.sources, source] }
}

/** Sets one meta field; a date that is not yyyy-mm-dd is refused (the PDF needs a real date). */
export function setMeta(brief: Brief, key: keyof EditableMeta, value: string): Brief {
  if (key === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return brief
  const clipped = value.slice(0, BRIEF_LIMITS[key])
  if (brief.meta[key] === clipped) return brief
  return { ...brief, meta: { ...brief.meta, [key]: clipped } }
}
