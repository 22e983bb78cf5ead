import type { Brief, Section } from '../../main/brief/schema'
import type { Template } from '../../main/templates/schema'

/** The kinds of section a template may put up front as its summary. */
const SUMMARY_KINDS: ReadonlySet<Section['kind']> = new Set(['summary', 'bluf'])

/** The section that stays first, and why (said on screen and to screen readers). */
export type Pin = { sectionId: string; reason: string }

/**
 * The brief's pinned section: its first one, when its template wants its opening summary first
 * (`summaryFirst`, e.g. a bottom line up front) and the brief's first section is of that kind. The
 * editor's order is the PDF's order, so such a summary stays first rather than print elsewhere;
 * other templates' summaries move freely, and the PDF follows them.
 */
export function pinnedSection(brief: Brief | null, template: Template | null): Pin | null {
  const first = brief?.sections[0]
  const wanted = template?.sections[0]
  if (!first || !template?.summaryFirst || !wanted || !SUMMARY_KINDS.has(wanted.kind)) return null
  if (first.kind !== wanted.kind) return null
  return {
    sectionId: first.id,
    reason: `The ${template.name} template puts “${first.heading}” first.`,
  }
}

/**
 * Why moving section `id` to `index` is refused, or null when it may move: the pinned section does
 * not move, and nothing moves above it.
 */
export function refusedMove(brief: Brief, pin: Pin | null, id: string, index: number): string | null {
  if (!pin) return null
  const from = brief.sections.findIndex((section) => section.id === id)
  if (from < 0) return null
  const heading = brief.sections[0]?.heading ?? ''
  if (id === pin.sectionId && index !== 0) return `“${heading}” stays first. ${pin.reason}`
  if (id !== pin.sectionId && index <= 0) return `Nothing moves above “${heading}”. ${pin.reason}`
  return null
}
