import type { KeySentence, Quote, Sentence } from '../analysis/types'
import {
  cite,
  isForwardLooking,
  isImplication,
  isIndicator,
  quotesByActor,
  sentencesInPart,
} from './draft-context'
import type { DraftSource, Drafted } from './draft-context'
import { escapeMarkdown, tidySentence } from './markdown-text'
import type { Provenance } from './schema'
import type { DraftRule } from './section-kinds'

type Cited = { text: string; provenance: Provenance }
type Rule = (sources: DraftSource[]) => Drafted | null

function bullets(items: Cited[], ordered = false): Drafted | null {
  if (items.length === 0) return null
  return {
    body: items.map((item, index) => `${ordered ? `${index + 1}.` : '-'} ${item.text}`).join('\n'),
    provenance: items.map((item) => item.provenance),
  }
}

function paragraph(items: Cited[]): Drafted | null {
  if (items.length === 0) return null
  return { body: items.map((item) => item.text).join(' '), provenance: items.map((item) => item.provenance) }
}

/**
 * The best `count` key sentences of a source that are not quotes and not used yet, at most two from
 * one part of the article so the takeaways cover it, printed in the order the article tells them.
 */
function keySentences(source: DraftSource, count: number, skip = 0): KeySentence[] {
  const quotedStarts = new Set([...source.quoted].map((sentence) => sentence.start))
  const partByStart = new Map(
    source.analysis.sentences.map((sentence, index) => [sentence.start, source.partOf[index]]),
  )
  const perPart = new Map<string, number>()
  const chosen: KeySentence[] = []
  for (const sentence of source.analysis.keySentences.slice(skip)) {
    if (chosen.length === count) break
    if (quotedStarts.has(sentence.start) || source.used.has(sentence.start)) continue
    const part = partByStart.get(sentence.start) ?? ''
    const taken = perPart.get(part) ?? 0
    if (taken >= 2) continue
    perPart.set(part, taken + 1)
    chosen.push(sentence)
  }
  return chosen.sort((a, b) => a.start - b.start)
}

function unquoted(
  source: DraftSource,
  predicate: (sentence: Sentence, index: number) => boolean,
): Sentence[] {
  return source.analysis.sentences.filter(
    (sentence, index) =>
      !source.quoted.has(sentence) && !source.used.has(sentence.start) && predicate(sentence, index),
  )
}

function collect(
  sources: DraftSource[],
  pick: (source: DraftSource) => { start: number; end: number; text: string }[],
): Cited[] {
  return sources.flatMap((source) => pick(source).map((span) => cite(source, span)))
}

const BACKGROUND_PART = /background|context|history|how we got here/

const rules: Record<Exclude<DraftRule, 'sources' | 'guidance' | 'positions'>, Rule> = {
  takeaways: (sources) =>
    bullets(collect(sources, (source) => keySentences(source, sources.length > 1 ? 3 : 5))),
  bluf: (sources) => paragraph(collect(sources, (source) => keySentences(source, 2))),
  judgments: (sources) =>
    bullets(
      collect(sources, (source) => {
        // Judgments look ahead where the article does; a short report that does not still has its
        // central sentences to judge from.
        const candidates = keySentences(source, 8)
        const ahead = candidates.filter((sentence) => isImplication(sentence.text))
        return (ahead.length >= 2 ? ahead : candidates).slice(0, 4)
      }),
      true,
    ),
  situation: (sources) =>
    paragraph(
      collect(sources, (source) =>
        unquoted(source, (_sentence, index) => source.partOf[index] === '').slice(0, 3),
      ),
    ),
  background: (sources) =>
    paragraph(
      collect(sources, (source) => {
        const part = sentencesInPart(source, BACKGROUND_PART).filter((sentence) => isFresh(source, sentence))
        if (part.length > 0) return part.slice(0, 5)
        // No background heading: the paragraphs after the lead usually carry the context.
        return unquoted(source, (sentence) => sentence.blockIndex >= 2).slice(0, 4)
      }),
    ),
  implications: (sources) =>
    bullets(
      collect(sources, (source) => {
        const part = sentencesInPart(source, /implication|consequence|what (it|this) means|impact/)
        const chosen = (
          part.length > 0 ? part : unquoted(source, (sentence) => isImplication(sentence.text))
        ).filter((sentence) => isFresh(source, sentence))
        return chosen.slice(0, 5)
      }),
    ),
  outlook: (sources) =>
    paragraph(
      collect(sources, (source) => unquoted(source, (sentence) => isForwardLooking(sentence.text)).slice(-3)),
    ),
  indicators: (sources) =>
    bullets(
      collect(sources, (source) => unquoted(source, (sentence) => isIndicator(sentence.text)).slice(0, 5)),
    ),
}

function isFresh(source: DraftSource, sentence: Sentence): boolean {
  return !source.quoted.has(sentence) && !source.used.has(sentence.start)
}

/**
 * Positions: one subsection per actor that speaks, with who speaks for it, a one-line stance and its
 * quotes with attribution.
 */
function positions(sources: DraftSource[]): Drafted | null {
  const parts: string[] = []
  const provenance: Provenance[] = []
  for (const source of sources) {
    const people = new Map(source.analysis.people.map((person) => [person.name, person]))
    for (const [actor, quotes] of quotesByActor(source.analysis.quotes)) {
      const speakers = [...new Set(quotes.map((quote) => quote.speaker))]
      const who = speakers
        .map((speaker) => {
          const role = people.get(speaker)?.role
          return role ? `${escapeMarkdown(speaker)} (${escapeMarkdown(role)})` : escapeMarkdown(speaker)
        })
        .join('; ')
      const lines = [`### ${escapeMarkdown(actor)}`, '', `**Who speaks:** ${who}.`, '']
      const stance = stanceLine(source, quotes[0])
      if (stance) lines.push(`**Stance:** ${stance}`, '')
      for (const quote of quotes) {
        lines.push(
          `> “${escapeMarkdown(tidySentence(quote.text))}”`,
          '>',
          `> — ${escapeMarkdown(quote.speaker)}`,
          '',
        )
        provenance.push({ sourceId: source.article.id, start: quote.start, end: quote.end })
      }
      parts.push(lines.join('\n').trim())
    }
  }
  if (parts.length === 0) return null
  return { body: parts.join('\n\n'), provenance }
}

/**
 * A one-line stance: the article's own sentence around the first quote when it says more than the
 * quote ("Macron called the talks 'a necessary dialogue' but cautioned…"), else the quote's opening.
 */
function stanceLine(source: DraftSource, quote: Quote): string | null {
  const sentence = source.analysis.sentences.find(
    (candidate) => candidate.start <= quote.start && quote.start < candidate.end,
  )
  // A sentence that also quotes someone else ("Macron called it …, while Scholz said …") is not
  // this actor's stance.
  const shared =
    sentence &&
    source.analysis.quotes.some(
      (other) =>
        other.speaker !== quote.speaker && other.start >= sentence.start && other.start < sentence.end,
    )
  if (sentence && !shared) {
    const outside = tidySentence(
      `${source.article.text.slice(sentence.start, quote.start)} ${source.article.text.slice(quote.end, sentence.end)}`,
    ).replace(/^[\s,.;:“”"'’‘]+/u, '')
    // "…," said an official / "…," the minister said in a statement: the sentence adds only who
    // spoke, which the attribution line under the quote shows.
    const attribution = quote.attribution
      ? source.article.text.slice(quote.attribution.start, quote.attribution.end)
      : ''
    const rest = attribution ? tidySentence(outside.replace(attribution, '')) : outside
    const plainSpeech = /\b(said|says|told|added|stated|noted|explained)\b/i.test(attribution)
    const onlyAttribution =
      /^(said|says|explained|noted|stated|added|told|according to)\b/i.test(outside) ||
      (plainSpeech && rest.split(' ').length < 5)
    if (!onlyAttribution && outside.split(' ').length >= 5) return escapeMarkdown(tidySentence(sentence.text))
  }
  // Otherwise the quote below says it in the actor's own words; a stance line would only repeat it.
  return null
}

/** Drafts one section body by its rule; null when the articles give nothing for it. */
export function draftByRule(rule: DraftRule, sources: DraftSource[]): Drafted | null {
  if (rule === 'guidance' || rule === 'sources') return null
  if (rule === 'positions') return positions(sources)
  return rules[rule](sources)
}
