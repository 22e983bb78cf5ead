import { FULL_LIMITS } from './draft-rules'
import type { DraftLimits } from './draft-rules'
import { wordsOf } from './repeats'
import type { Section } from './schema'

/**
 * Ever tighter section limits, tried in order until the drafted brief fits its page budget: first
 * fewer quotations per actor, then fewer actors written up under the matrix, then fewer sentences.
 */
const STEPS: DraftLimits[] = [
  FULL_LIMITS,
  { quotesPerActor: 1, actorsWithText: 8, sentencesPerSection: 4 },
  { quotesPerActor: 1, actorsWithText: 5, sentencesPerSection: 3 },
  { quotesPerActor: 1, actorsWithText: 3, sentencesPerSection: 2 },
  { quotesPerActor: 0, actorsWithText: 0, sentencesPerSection: 2 },
]

/**
 * What a page holds, in words' worth: body words per page, and the room a heading, a matrix row and
 * a block quote take beyond their words. Fitted to real renders of the Policy brief (a letter page,
 * 10.5 pt, summary box), whose briefs ran about 1.2 times the estimate at 520 words a page; the
 * Situation report's page holds more, so there the estimate errs long and cuts early. The draft
 * report and a test check the result with the real renderer.
 */
const WORDS_PER_PAGE = 430
const HEADING_WORDS = 18
const TABLE_ROW_WORDS = 20
const QUOTE_WORDS = 14
/** Page 1's masthead (title, subtitle, organization band) in words' worth. */
const MASTHEAD_WORDS = 120
/** The style's estimative language box (about 160 pt of a letter page's 632) in words' worth. */
const ESTIMATIVE_BOX_WORDS = 110

/** An estimate of the printed pages of these sections, without laying them out. */
export function estimatePages(sections: readonly Section[], estimativeBox = false): number {
  let total = MASTHEAD_WORDS + (estimativeBox ? ESTIMATIVE_BOX_WORDS : 0)
  for (const section of sections) {
    total += HEADING_WORDS + wordsOf(section.body).length
    for (const line of section.body.split('\n')) {
      if (line.startsWith('|')) total += TABLE_ROW_WORDS
      else if (line.startsWith('#')) total += HEADING_WORDS
      else if (line.startsWith('> —')) total += QUOTE_WORDS
    }
  }
  return total / WORDS_PER_PAGE
}

/** Drafts with the fullest limits whose brief is estimated to fit the budget (the tightest if none). */
export function fitToBudget(
  draft: (limits: DraftLimits) => Section[],
  budget: number | null,
  estimativeBox = false,
): Section[] {
  let sections = draft(STEPS[0])
  if (budget === null) return sections
  for (const limits of STEPS.slice(1)) {
    if (estimatePages(sections, estimativeBox) <= budget) break
    sections = draft(limits)
  }
  return sections
}
