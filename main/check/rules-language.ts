import { findQuoteSegments } from '../analysis/quote-marks'
import { sentenceSpans } from '../analysis/sentences'
import type { Section } from '../brief/schema'
import { CONFIDENCE_LEVELS, LIKELIHOOD_BANDS, SCALE_NAMES } from '../common/icd-203'
import type { Scale } from '../common/icd-203'
import { sectionArticle, wordCount } from './section-text'
import type { CheckContext, Finding } from './types'

/** The longest sentence that reads easily; longer ones are reported (as information). */
export const LONG_SENTENCE_WORDS = 35

/*
 * "remote" is the directive's lowest band, but as a word it mostly means far away ("remote
 * regions"): read alone it would put most briefs on the probability scale. It stays in the list
 * (the picker offers it) and is read only as "remote chance" or "remote possibility".
 */
const READ_AS = new Map([['remote', 'remote (?:chance|possibility|prospect)']])

type TermMatch = { scale: Scale; term: string; start: number; end: number }

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

const TERMS: { term: string; scale: Scale }[] = LIKELIHOOD_BANDS.flatMap((band) => [
  ...band.likelihood.map((term) => ({ term, scale: 'likelihood' as const })),
  ...band.probability.map((term) => ({ term, scale: 'probability' as const })),
]).sort((a, b) => b.term.length - a.term.length)

// Longest first, so "very unlikely" is read whole and not as "unlikely".
const TERM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${TERMS.map(({ term }) => READ_AS.get(term) ?? escape(term).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
)
const CONFIDENCE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CONFIDENCE_LEVELS.map((level) => escape(level).replace(/ /gu, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
)

function scaleOf(found: string): { term: string; scale: Scale } | undefined {
  const key = found.toLowerCase().replace(/\s+/gu, ' ')
  return TERMS.find(({ term }) => term === key) ?? TERMS.find(({ term }) => key.startsWith(`${term} `))
}

/** Likelihood terms the analyst wrote (quoted words are someone else's, so they are left out). */
function termsIn(section: Section): TermMatch[] {
  const quoted = findQuoteSegments(sectionArticle(section))
  const found: TermMatch[] = []
  for (const match of section.body.matchAll(TERM_PATTERN)) {
    const start = match.index
    const end = start + match[0].length
    if (
      quoted.some((segment) => segment.open <= start && end <= (segment.closed ? segment.close : segment.end))
    )
      continue
    const entry = scaleOf(match[0])
    if (entry) found.push({ ...entry, start, end })
  }
  return found
}

/** Terms from both of the directive's scales in one brief: the less used scale is reported. */
export function estimativeMixed(context: CheckContext): Finding[] {
  const all = context.brief.sections.flatMap((section) =>
    termsIn(section).map((match) => ({ section, match })),
  )
  const count = (scale: Scale) => all.filter(({ match }) => match.scale === scale).length
  const likelihood = count('likelihood')
  const probability = count('probability')
  if (likelihood === 0 || probability === 0) return []
  // On a tie the scale met first is the brief's own.
  const first = all[0]?.match.scale ?? 'likelihood'
  const kept: Scale =
    likelihood === probability ? first : likelihood > probability ? 'likelihood' : 'probability'
  const example = all.find(({ match }) => match.scale === kept)?.match.term ?? ''
  return all
    .filter(({ match }) => match.scale !== kept)
    .map(({ section, match }) => ({
      rule: 'estimative-mixed',
      severity: 'warning',
      section: section.id,
      message: `“${match.term}” is from the ${SCALE_NAMES[match.scale]} scale, but this brief uses the ${SCALE_NAMES[kept]} scale (“${example}”); ICD 203 asks for one.`,
      start: match.start,
      end: match.end,
    }))
}

/** Sentences of a body, with offsets into it (headings included: they are rarely estimative). */
function sentencesOf(section: Section): { start: number; end: number }[] {
  return sectionArticle(section).blocks.flatMap((block) =>
    sentenceSpans(section.body, block.start, block.end),
  )
}

/** A likelihood term and a confidence level in one sentence, which ICD 203 keeps apart. */
export function likelihoodWithConfidence(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const section of context.brief.sections) {
    const terms = termsIn(section)
    for (const sentence of sentencesOf(section)) {
      const term = terms.find((match) => sentence.start <= match.start && match.end <= sentence.end)
      if (!term) continue
      const confidence = CONFIDENCE_PATTERN.exec(section.body.slice(sentence.start, sentence.end))
      if (!confidence) continue
      findings.push({
        rule: 'likelihood-with-confidence',
        severity: 'warning',
        section: section.id,
        message: `“${term.term}” and “${confidence[0]}” in one sentence: ICD 203 states likelihood and confidence apart.`,
        start: sentence.start,
        end: sentence.end,
      })
    }
  }
  return findings
}

/** Sentences over the word limit. */
export function longSentence(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const section of context.brief.sections) {
    for (const sentence of sentencesOf(section)) {
      const words = wordCount(section.body.slice(sentence.start, sentence.end))
      if (words <= LONG_SENTENCE_WORDS) continue
      findings.push({
        rule: 'long-sentence',
        severity: 'info',
        section: section.id,
        message: `A sentence of ${words} words (more than ${LONG_SENTENCE_WORDS}); consider splitting it.`,
        start: sentence.start,
        end: sentence.end,
      })
    }
  }
  return findings
}
