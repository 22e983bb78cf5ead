import type { Brief } from '../brief/schema'
import type { Template } from '../templates/schema'
import { estimativeMixed, likelihoodWithConfidence, longSentence } from './rules-language'
import { quoteNotInSource, unattributedQuote } from './rules-quotes'
import { sourceChanged } from './rules-sources'
import { emptySection, overPageBudget, summaryNotFirst } from './rules-structure'
import { wordCount } from './section-text'
import type { CheckOptions, CheckResult, Finding, Rule, RuleId } from './types'

export { RULE_IDS } from './types'
export type { CheckOptions, CheckResult, Finding, PageLayout, RuleId, Severity } from './types'
export { CONFIDENCE_LEVELS, LIKELIHOOD_BANDS } from '../common/icd-203'

/** Every rule, in the order its findings are listed within a section. */
const RULES: Record<RuleId, Rule> = {
  'empty-section': emptySection,
  'summary-not-first': summaryNotFirst,
  'over-page-budget': overPageBudget,
  'quote-not-in-source': quoteNotInSource,
  'unattributed-quote': unattributedQuote,
  'estimative-mixed': estimativeMixed,
  'likelihood-with-confidence': likelihoodWithConfidence,
  'long-sentence': longSentence,
  'source-changed': sourceChanged,
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

/**
 * Checks a brief against the standards an editor applies, with its template (null when it is not
 * on this machine: the rules that need it then assume the common case) and, when given, the real
 * layout and source texts read afresh. Pure: the same input gives the same findings, listed in the
 * brief's section order, then by place in the section.
 */
export function checkBrief(brief: Brief, template: Template | null, options: CheckOptions = {}): CheckResult {
  const context = { brief, template, options }
  const findings = Object.values(RULES).flatMap((rule) => rule(context))
  const order = new Map(brief.sections.map((section, index) => [section.id, index]))
  findings.sort(
    (a, b) =>
      (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0) ||
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  )
  return {
    pages: options.pages?.pages ?? null,
    words: brief.sections.reduce((total, section) => total + wordCount(section.body), 0),
    findings,
  }
}

/** Whether any finding is an error (the command line then exits 3; export asks first). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error')
}
