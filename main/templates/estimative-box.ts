import { CONFIDENCE_EXPLAINED, LIKELIHOOD_BANDS } from '../common/icd-203'
import type { ConfidenceLevel } from '../common/icd-203'
import type { PrintedSection } from './printed-sections'
import type { TemplateStyle } from './schema'

/*
 * The "Estimative language" explainer box a template may add: what it says (read from ICD 203's
 * data, so the box, the check and the editor's picker never disagree) and where it stands, one rule
 * for the PDF and the Word document. It is template furniture like the masthead: no section of the
 * brief, never in the editor's section list.
 */

/** The box's heading, as printed and in the outline. */
export const ESTIMATIVE_BOX_TITLE = 'Estimative language'

/** One likelihood band as the box prints it: the term of the likelihood scale and its range. */
export type BandEntry = { term: string; range: string }

/** The box's content: the seven bands (least likely first) and the three confidence levels. */
export type EstimativeBoxContent = {
  title: string
  bands: BandEntry[]
  confidence: readonly ConfidenceLevel[]
}

/**
 * The box's content. The bands are given in the likelihood scale ("very unlikely"…), the one the
 * editor's picker inserts; the directive's parallel probability scale means the same ranges.
 */
export function estimativeBoxContent(): EstimativeBoxContent {
  return {
    title: ESTIMATIVE_BOX_TITLE,
    bands: LIKELIHOOD_BANDS.map((band) => ({ term: band.likelihood[0] ?? '', range: band.percent })),
    confidence: CONFIDENCE_EXPLAINED,
  }
}

/** A likelihood term or confidence level as the start of a line ("High confidence"). */
function capitalized(text: string): string {
  return text.replace(/^\p{Ll}/u, (first) => first.toUpperCase())
}

/** The confidence levels as a Markdown list, a line each ("- **High confidence**: …"). */
export function confidenceMarkdown(content: EstimativeBoxContent = estimativeBoxContent()): string {
  return content.confidence.map((entry) => `- **${capitalized(entry.level)}**: ${entry.meaning}.`).join('\n')
}

/**
 * The box's body as Markdown, which the PDF lays out as it lays out a section's body: the bands as a
 * two-row table (the terms as column headers over their ranges, least likely first), then the
 * confidence levels. The terms hold no Markdown syntax, so none is escaped.
 */
export function estimativeBoxMarkdown(content: EstimativeBoxContent = estimativeBoxContent()): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [
    row(content.bands.map((band) => band.term)),
    row(content.bands.map(() => ':-:')),
    row(content.bands.map((band) => band.range)),
    '',
    confidenceMarkdown(content),
  ].join('\n')
}

/**
 * Where the box goes among the printed sections: the index of the entry it precedes, or
 * `printed.length` for after the last one; null when the style has no box. It closes the brief's
 * body, so it stands before the first Sources section (the reference list, which is no part of the
 * judgments the box explains) or, in a brief without one, after the last section.
 */
export function estimativeBoxAt<Content>(
  printed: readonly PrintedSection<Content>[],
  style: TemplateStyle,
): number | null {
  if (!style.estimativeBox) return null
  const sources = printed.findIndex((entry) => entry.section.kind === 'sources')
  return sources === -1 ? printed.length : sources
}
