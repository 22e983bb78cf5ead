import type { Brief, Section } from '../brief/schema'
import type { Template } from '../templates/schema'

/** Every rule of the check, by id. */
export const RULE_IDS = [
  'empty-section',
  'summary-not-first',
  'over-page-budget',
  'quote-not-in-source',
  'unattributed-quote',
  'estimative-mixed',
  'likelihood-with-confidence',
  'long-sentence',
  'source-changed',
] as const
export type RuleId = (typeof RULE_IDS)[number]

export type Severity = 'error' | 'warning' | 'info'

/** One problem the check found: in which section, and where in its body (character offsets). */
export type Finding = {
  rule: RuleId
  severity: Severity
  /** The section's id. */
  section: string
  message: string
  start: number
  end: number
}

/**
 * Where the PDF puts the brief (main/pdf's layoutBrief gives it): its page count and the pages each
 * printed section spans, 1-based.
 */
export type PageLayout = {
  pages: number
  sections: readonly { id: string; firstPage: number; lastPage: number }[]
}

export type CheckOptions = {
  /** The real layout; without it the rules that need pages do not run. */
  pages?: PageLayout
  /**
   * Source texts by source id, read afresh (an open article), in place of or beside the snapshots
   * the brief keeps.
   */
  sourceTexts?: Readonly<Record<string, string>>
}

export type CheckResult = {
  /** Pages of the PDF; null when no layout was given. */
  pages: number | null
  words: number
  findings: Finding[]
}

/** What every rule reads. */
export type CheckContext = {
  brief: Brief
  /** The brief's template; null when this machine does not have it. */
  template: Template | null
  options: CheckOptions
}

/** A rule: the findings of one id over the whole brief. */
export type Rule = (context: CheckContext) => Finding[]

/** A finding spanning a whole section body. */
export function wholeSection(section: Section): { start: number; end: number } {
  return { start: 0, end: section.body.length }
}
