import { withoutGuidanceBodies } from './plan'
import type { BriefPlan } from './plan'
import { BriefSchema } from './schema'
import type { Brief, Section } from './schema'

/** The most sections a brief may have (BriefSchema). */
const MAX_SECTIONS = 200

/**
 * What drafting the brief's articles gives: `next` with the new template, `before` with the template
 * the brief has now (null when that template is not installed, so nothing can be told apart).
 */
export type Redraft = { next: Brief; before: Brief | null }

function freeId(id: string, taken: Set<string>): string {
  let candidate = id
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${id}-${suffix}`
  taken.add(candidate)
  return candidate
}

/**
 * Whether a section holds words the user wrote or changed: not empty, and (when the articles can be
 * drafted again with the brief's template) not exactly what that template's drafting gave it.
 */
function isWritten(section: Section, redraft: Redraft | undefined): boolean {
  if (section.body.trim() === '') return false
  const drafted = redraft?.before?.sections.find((candidate) => candidate.id === section.id)
  return !drafted || drafted.body !== section.body
}

/**
 * Restyles a brief with another template. The template's sections come first, in its order and
 * under its headings. Each holds the body of the brief's first unused section of the same kind when
 * the user wrote or changed it; otherwise what drafting the articles with the new template gives
 * (`redraft`, when the articles are open), else the old body, else nothing (the template's guidance
 * is a hint the editor shows, never a body). The brief's other sections follow as they were, so
 * nothing the user wrote is dropped; with a redraft, those that hold only what drafting gave (or
 * nothing) go, so an untouched draft becomes the new template's draft. The brief takes the template's
 * id and marking, and its organization when the brief's was the previous template's (or empty). Pure.
 */
export function applyTemplate(
  brief: Brief,
  template: BriefPlan,
  previous: BriefPlan | null = null,
  redraft?: Redraft,
): Brief {
  const cleaned = withoutGuidanceBodies(brief, previous)
  const used = new Set<Section>()
  const taken = new Set<string>()
  const mapped: Section[] = template.sections.map((wanted, index) => {
    const match = cleaned.sections.find((section) => section.kind === wanted.kind && !used.has(section))
    if (match) used.add(match)
    const drafted = redraft?.next.sections[index]
    const fill =
      match && isWritten(match, redraft)
        ? match
        : drafted && drafted.body.trim() !== ''
          ? drafted
          : (match ?? { body: '', provenance: [] })
    return {
      id: freeId(wanted.id, taken),
      kind: wanted.kind,
      heading: wanted.heading,
      body: fill.body,
      provenance: fill.provenance,
    }
  })
  const kept = cleaned.sections
    .filter((section) => !used.has(section) && (!redraft || isWritten(section, redraft)))
    .map((section) => ({ ...section, id: freeId(section.id, taken) }))
  if (mapped.length + kept.length > MAX_SECTIONS) {
    throw new Error(`With this template the brief would have more than ${MAX_SECTIONS} sections.`)
  }
  const organization = brief.meta.organization.trim()
  const followsTemplate = organization === '' || organization === previous?.style.organization.trim()
  return BriefSchema.parse({
    ...cleaned,
    meta: {
      ...brief.meta,
      templateId: template.id,
      marking: template.style.marking,
      organization: followsTemplate ? template.style.organization : brief.meta.organization,
    },
    sections: [...mapped, ...kept],
  })
}
