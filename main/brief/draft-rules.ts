import { SPEAKER_LABEL } from '../analysis/transcript-talk'
import type { KeySentence, Sentence } from '../analysis/types'
import {
  BACKGROUND_PART,
  LEANS_BACK,
  cite,
  isForwardLooking,
  isFresh,
  isImplication,
  isIndicator,
  isPlanned,
  repeatsDrafted,
  sentencesInPart,
} from './draft-context'
import type { Cited, DraftSource, Drafted } from './draft-context'
import { draftPositions } from './positions'
import type { PositionLimits } from './positions'
import type { DraftRule } from './section-kinds'
import { wordsOf } from './repeats'
import { concise } from './shorten'
import { draftTakeaways } from './takeaways'

type Rule = (sources: DraftSource[], limits: DraftLimits) => Drafted | null

/**
 * How much each section may hold. Drafting starts from the full set and tightens it until the brief
 * fits its template's page budget (draft.ts).
 */
export type DraftLimits = PositionLimits & {
  /** Sentences of background, implications, outlook and indicators each. */
  sentencesPerSection: number
}

export const FULL_LIMITS: DraftLimits = { quotesPerActor: 2, actorsWithText: 12, sentencesPerSection: 5 }

/** A bullet names the transcript speaker whose words it is: "John Kirby: The goal …". */
function bullets(items: Cited[], ordered = false): Drafted | null {
  if (items.length === 0) return null
  return {
    body: items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${said(item, true)}`).join('\n'),
    provenance: items.map((item) => item.provenance),
  }
}

const leansBack = (span: { text: string }) => LEANS_BACK.test(span.text.trim().replace(SPEAKER_LABEL, ''))

/**
 * A source's sentences for a paragraph, without those that lean on a sentence the paragraph leaves
 * out ("He added that …", "These challenges …"): one may stay only right after the sentence it
 * follows in the article, so its "he" is still the one named there. A section of such sentences
 * alone stays empty: "He added that …" with nobody named is a claim nobody can check.
 */
function opening<T extends { start: number; text: string }>(source: DraftSource, picked: T[]): T[] {
  const order = new Map(source.analysis.sentences.map((sentence, index) => [sentence.start, index]))
  const kept: T[] = []
  for (const span of picked) {
    const previous = kept.at(-1)
    const follows = previous !== undefined && order.get(span.start) === (order.get(previous.start) ?? -2) + 1
    if (leansBack(span) && !follows) continue
    kept.push(span)
  }
  return kept
}

/** Sentences for bullets, each read on its own: none that leans on the one before it. */
function standalone<T extends { text: string }>(picked: T[]): T[] {
  return picked.filter((span) => !leansBack(span))
}

/** A paragraph names a transcript speaker where their words start, not again while they go on. */
function paragraph(items: Cited[]): Drafted | null {
  if (items.length === 0) return null
  return {
    body: items.map((item, index) => said(item, item.speaker !== items[index - 1]?.speaker)).join(' '),
    provenance: items.map((item) => item.provenance),
  }
}

function said(item: Cited, named: boolean): string {
  return item.speaker && named ? `${item.speaker}: ${item.text}` : item.text
}

/**
 * The best `count` key sentences of a source that are not quotes and not used yet, at most two from
 * one part of the article so the takeaways cover it, printed in the order the article tells them.
 */
function keySentences(source: DraftSource, count: number, skip = 0): KeySentence[] {
  const partByStart = new Map(
    source.analysis.sentences.map((sentence, index) => [sentence.start, source.partOf[index]]),
  )
  const perPart = new Map<string, number>()
  const chosen: KeySentence[] = []
  for (const sentence of source.analysis.keySentences.slice(skip)) {
    if (chosen.length === count) break
    if (!isFresh(source, sentence)) continue
    const part = partByStart.get(sentence.start) ?? ''
    const taken = perPart.get(part) ?? 0
    if (taken >= 2) continue
    perPart.set(part, taken + 1)
    chosen.push(sentence)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

/** Fewer words than this make a fragment the sentence splitter left ("Div."), not a line to draft. */
const FRAGMENT_WORDS = 3

function unquoted(
  source: DraftSource,
  predicate: (sentence: Sentence, index: number) => boolean,
): Sentence[] {
  return source.analysis.sentences.filter(
    (sentence, index) =>
      isFresh(source, sentence) &&
      predicate(sentence, index) &&
      wordsOf(sentence.text).length >= FRAGMENT_WORDS,
  )
}

function collect(
  sources: DraftSource[],
  pick: (source: DraftSource) => { start: number; end: number; text: string }[],
  shorten = false,
): Cited[] {
  // Checked one by one as they are cited: two picks of one section may repeat each other.
  return sources.flatMap((source) =>
    pick(source).flatMap((span) => {
      if (repeatsDrafted(source, span.text)) return []
      if (!shorten) return [cite(source, span)]
      // A shortened sentence points at its kept words; the whole sentence counts as used.
      source.used.add(span.start)
      return [cite(source, concise(span))]
    }),
  )
}

const NEXT_PART =
  /what comes next|next steps|what('s| is) next|outlook|looking ahead|the road ahead|what to watch/

const rules: Record<Exclude<DraftRule, 'sources' | 'guidance' | 'positions'>, Rule> = {
  takeaways: (sources) => bullets(draftTakeaways(sources)),
  bluf: (sources) => paragraph(collect(sources, (source) => opening(source, keySentences(source, 2)))),
  judgments: (sources) =>
    bullets(
      collect(sources, (source) => {
        // Judgments look ahead where the article does; a short report that does not still has its
        // central sentences to judge from.
        const candidates = standalone(keySentences(source, 8))
        const ahead = candidates.filter((sentence) => isImplication(sentence.text))
        return (ahead.length >= 2 ? ahead : candidates).slice(0, 4)
      }),
      true,
    ),
  situation: (sources) =>
    paragraph(
      collect(sources, (source) =>
        opening(
          source,
          unquoted(source, (_sentence, index) => source.partOf[index] === ''),
        ).slice(0, 3),
      ),
    ),
  background: (sources, limits) =>
    paragraph(
      collect(sources, (source) => {
        const part = sentencesInPart(source, BACKGROUND_PART).filter((sentence) => isFresh(source, sentence))
        if (part.length > 0) return opening(source, part).slice(0, limits.sentencesPerSection)
        // No background heading: the paragraphs after the lead usually carry the context.
        return opening(
          source,
          unquoted(source, (sentence) => sentence.blockIndex >= 2),
        ).slice(0, limits.sentencesPerSection - 1)
      }),
    ),
  implications: (sources, limits) =>
    bullets(
      collect(
        sources,
        (source) => {
          const part = sentencesInPart(source, /implication|consequence|what (it|this) means|impact/)
          const chosen = (
            part.length > 0 ? part : unquoted(source, (sentence) => isImplication(sentence.text))
          ).filter((sentence) => isFresh(source, sentence))
          return standalone(chosen).slice(0, limits.sentencesPerSection)
        },
        true,
      ),
    ),
  outlook: (sources, limits) =>
    paragraph(
      collect(
        sources,
        (source) => {
          // A part about what comes next first; then what the article says is planned or due; then
          // any sentence that looks ahead, the last ones first (articles end on what is to come).
          const count = Math.min(3, limits.sentencesPerSection)
          const part = sentencesInPart(source, NEXT_PART).filter((sentence) => isFresh(source, sentence))
          const planned = unquoted(source, (sentence) => isPlanned(sentence.text))
          const ahead = unquoted(source, (sentence) => isForwardLooking(sentence.text)).reverse()
          const chosen = [...new Set([...part, ...planned, ...ahead])].slice(0, count)
          return opening(
            source,
            chosen.sort((a, b) => a.start - b.start),
          )
        },
        true,
      ),
    ),
  indicators: (sources, limits) =>
    bullets(
      collect(sources, (source) =>
        standalone(unquoted(source, (sentence) => isIndicator(sentence.text))).slice(
          0,
          limits.sentencesPerSection,
        ),
      ),
    ),
}

/** Drafts one section body by its rule; null when the articles give nothing for it. */
export function draftByRule(
  rule: DraftRule,
  sources: DraftSource[],
  limits: DraftLimits = FULL_LIMITS,
): Drafted | null {
  if (rule === 'guidance' || rule === 'sources') return null
  if (rule === 'positions') return draftPositions(sources, limits)
  return rules[rule](sources, limits)
}
