import { guidanceBody } from './plan'
import type { BriefPlan } from './plan'
import { BriefSchema } from './schema'
import type { Brief, Section } from './schema'

/** The most sections a brief may have (BriefSchema). */
const MAX_SECTIONS = 200

function freeId(id: string, taken: Set<string>): string {
  let candidate = id
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${id}-${suffix}`
  taken.add(candidate)
  return candidate
}

/**
 * Restyles a brief with another template. The template's sections come first, in its order and
 * under its headings, each holding the body of the brief's first unused section of the same kind
 * (or the template's guidance when the brief has none); the brief's other sections follow as they
 * were, so nothing written is ever dropped. The brief takes the template's id and marking, and its
 * organization when the brief's was the previous template's (or empty). Pure.
 */
export function applyTemplate(brief: Brief, template: BriefPlan, previous: BriefPlan | null = null): Brief {
  const used = new Set<Section>()
  const taken = new Set<string>()
  const mapped: Section[] = template.sections.map((wanted) => {
    const match = brief.sections.find((section) => section.kind === wanted.kind && !used.has(section))
    if (match) used.add(match)
    return {
      id: freeId(wanted.id, taken),
      kind: wanted.kind,
      heading: wanted.heading,
      body: match ? match.body : guidanceBody(wanted),
      provenance: match ? match.provenance : [],
    }
  })
  const kept = brief.sections
    .filter((section) => !used.has(section))
    .map((section) => ({ ...section, id: freeId(section.id, taken) }))
  if (mapped.length + kept.length > MAX_SECTIONS) {
    throw new Error(`With this template the brief would have more than ${MAX_SECTIONS} sections.`)
  }
  const organization = brief.meta.organization.trim()
  const followsTemplate = organization === '' || organization === previous?.style.organization.trim()
  return BriefSchema.parse({
    ...brief,
    meta: {
      ...brief.meta,
      templateId: template.id,
      marking: template.style.marking,
      organization: followsTemplate ? template.style.organization : brief.meta.organization,
    },
    sections: [...mapped, ...kept],
  })
}
