import type { Quote } from '../analysis/types'
import { markDrafted, quotesByActor, repeatsDrafted } from './draft-context'
import type { DraftSource, Drafted } from './draft-context'
import { escapeMarkdown, tidySentence } from './markdown-text'
import { REPEAT_PASSAGE_WORDS, wordsOf } from './repeats'
import type { Provenance } from './schema'
import { stanceOf, stancePhrase } from './stance-verbs'
import { MATRIX_COLUMNS } from '../common/stance-labels'
import type { StanceLabel } from '../common/stance-labels'
import { overlap, SAME_POINT_JACCARD } from './takeaways'

/** Key words are cut below the length of a repeated passage, so the full quotation can stand below. */
const KEY_WORDS_MAX = REPEAT_PASSAGE_WORDS - 1
/** Quotations shorter than this say too little to stand for a position ("a necessary"). */
const TELLING_WORDS = 3

export type PositionLimits = {
  /** Quotations printed under one actor. */
  quotesPerActor: number
  /** Actors with a subsection under the matrix (every actor keeps its matrix row). */
  actorsWithText: number
}

type ActorPosition = {
  actor: string
  source: DraftSource
  sourceNumber: number
  quotes: Quote[]
  label: StanceLabel
  frame: string
  key: Quote
}

const REPORTING =
  /^(?:said|says|stated|explained|noted|added|told|warned|insisted|argued|cautioned|emphasized|urged)\b/i

const words = (text: string) => text.split(/\s+/).filter(Boolean)

/** A table cell: Markdown-escaped (pipes included), one line. */
function cell(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, ' ')
}

/** The sentence around a quotation, without the quotation and without any other speaker's words. */
function frameOf(source: DraftSource, quote: Quote): string {
  const sentence = source.analysis.sentences.find(
    (candidate) => candidate.start <= quote.start && quote.start < candidate.end,
  )
  if (!sentence) return ''
  const text = source.article.text
  const others = source.analysis.quotes.filter(
    (other) => other !== quote && other.start < sentence.end && other.end > sentence.start,
  )
  const before = Math.max(sentence.start, ...others.filter((o) => o.end <= quote.start).map((o) => o.end))
  const after = Math.min(sentence.end, ...others.filter((o) => o.start >= quote.end).map((o) => o.start))
  const lead = text.slice(before, quote.start)
  const trail = text.slice(quote.end, after)
  // The frame is the side that introduces the quotation; "“…,” said X" frames it after.
  const introduced =
    tidySentence(lead)
      .replace(/[“"‘]$/u, '')
      .trim().length > 2
  // "“…,” said an official": the words after the quotation only name who spoke, which "Who speaks"
  // says; the reporting verb alone is kept, for the stance label.
  const chosen = introduced
    ? lead
    : (REPORTING.exec(tidySentence(trail).replace(/^[\s,“”"]+/u, ''))?.[0] ?? trail)
  return tidySentence(chosen)
    .replace(/^[\s,.;:“”"'’‘—–-]+|[\s,;:“”"'’‘—–-]+$/gu, '')
    .replace(/^(?:while|and|but|as)\s+/i, '')
    .replace(/\s+(?:that|as|:)$/i, '')
    .trim()
}

/** The shortest quotation that still says something, trimmed to the key words' length. */
function keyWords(quotes: Quote[]): { quote: Quote; text: string; whole: boolean } {
  const telling = quotes.filter((quote) => words(quote.text).length >= TELLING_WORDS)
  const pool = telling.length > 0 ? telling : quotes
  const quote = pool.reduce((best, candidate) =>
    words(candidate.text).length < words(best.text).length ? candidate : best,
  )
  const all = words(tidySentence(quote.text))
  // Counted as the repeat check counts ("long-term" and "U.S." are two words there).
  const kept: string[] = []
  let count = 0
  for (const word of all) {
    count += wordsOf(word).length
    if (count > KEY_WORDS_MAX) break
    kept.push(word)
  }
  const whole = kept.length === all.length
  const text = whole ? all.join(' ') : `${kept.join(' ').replace(/[,;:.]$/, '')} …`
  return { quote, text, whole }
}

/** "¶ 4": the paragraph of the source a quotation stands in (headings not counted). */
function where(source: DraftSource, quote: Quote, sourceNumber: number, several: boolean): string {
  let paragraph = 0
  for (const block of source.article.blocks) {
    if (block.kind !== 'heading') paragraph += 1
    if (block.end > quote.start) break
  }
  return several ? `Source ${sourceNumber}, ¶ ${paragraph}` : `¶ ${paragraph}`
}

/** Distinct quotations: one of near-identical ones (the same words in two places or outlets). */
function distinct(quotes: Quote[]): Quote[] {
  const kept: Quote[] = []
  for (const quote of quotes) {
    if (!kept.some((other) => overlap(other.text, quote.text) >= SAME_POINT_JACCARD)) kept.push(quote)
  }
  return kept
}

function actorPositions(sources: DraftSource[]): ActorPosition[] {
  return sources.flatMap((source, index) =>
    [...quotesByActor(source.analysis.quotes)].map(([actor, all]) => {
      const quotes = distinct(all)
      const key = keyWords(quotes).quote
      const frame = frameOf(source, key)
      return {
        actor,
        source,
        sourceNumber: index + 1,
        quotes,
        label: stanceOf(frame, key.text),
        frame,
        key,
      }
    }),
  )
}

function matrix(positions: ActorPosition[], several: boolean): string {
  const rows = positions.map((position) => {
    const key = keyWords(position.quotes)
    return [
      cell(position.actor),
      position.label,
      cell(`“${key.text}”`),
      where(position.source, key.quote, position.sourceNumber, several),
    ]
  })
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(MATRIX_COLUMNS), line(MATRIX_COLUMNS.map(() => '---')), ...rows.map(line)].join('\n')
}

/**
 * A stance line in the drafter's words: the label, then who framed the quotation and how, from the
 * sentence around it with the quotation itself left out (it stands below as the evidence).
 */
function stanceLine(position: ActorPosition): string | null {
  const phrase = stancePhrase(position.label)
  const frame = position.frame
  const informative = words(frame).length >= 3 && !repeatsDrafted(position.source, frame)
  // "States a position." says nothing the matrix does not: a neutral stance without a frame is left out.
  if (!informative) return position.label === 'neutral/unclear' ? null : `**Stance:** ${phrase}.`
  markDrafted(position.source, frame)
  return `**Stance:** ${phrase}: ${escapeMarkdown(frame)} …`
}

/**
 * Positions: a matrix of every quoted actor (actor | stance | key words | where), then one
 * subsection per actor with who speaks for it, its stance and its quotations, each printed once.
 */
export function draftPositions(sources: DraftSource[], limits: PositionLimits): Drafted | null {
  const positions = actorPositions(sources)
  if (positions.length === 0) return null
  const several = sources.length > 1
  const parts = [matrix(positions, several)]
  const provenance: Provenance[] = []
  // The actors who say most get the room; the matrix keeps the rest.
  const withText = [...positions]
    .sort((a, b) => b.quotes.length - a.quotes.length)
    .slice(0, limits.actorsWithText)
  for (const position of positions) {
    const { source } = position
    const key = keyWords(position.quotes)
    provenance.push({ sourceId: source.article.id, start: key.quote.start, end: key.quote.end })
    if (!withText.includes(position)) continue
    const people = new Map(source.analysis.people.map((person) => [person.name, person]))
    const speakers = [...new Set(position.quotes.map((quote) => quote.speaker))]
    const who = speakers
      .map((speaker) => {
        const role = people.get(speaker)?.role
        return role ? `${escapeMarkdown(speaker)} (${escapeMarkdown(role)})` : escapeMarkdown(speaker)
      })
      .join('; ')
    // A speaker who is the actor itself (a ministry, a law) needs no "Who speaks" under its name.
    const speaksForItself = speakers.length === 1 && speakers[0] === position.actor
    const lines = [`### ${escapeMarkdown(position.actor)}`, '']
    if (!speaksForItself) lines.push(`**Who speaks:** ${who}.`, '')
    // A frame that names the speaker at length would say "Who speaks" again.
    markDrafted(source, who)
    const stance = stanceLine(position)
    if (stance) lines.push(stance, '')
    // The key quotation shown whole in the matrix is not printed again.
    const evidence = position.quotes.filter(
      (quote) => !(key.whole && quote === key.quote) && !repeatsDrafted(source, quote.text),
    )
    for (const quote of evidence.slice(0, limits.quotesPerActor)) {
      markDrafted(source, quote.text)
      // With one speaker, "Who speaks" has named them; the line under each quotation would repeat it.
      const attribution = speakers.length > 1 ? ['>', `> — ${escapeMarkdown(quote.speaker)}`] : []
      lines.push(`> “${escapeMarkdown(tidySentence(quote.text))}”`, ...attribution, '')
      provenance.push({ sourceId: source.article.id, start: quote.start, end: quote.end })
    }
    parts.push(lines.join('\n').trim())
  }
  return { body: parts.join('\n\n'), provenance }
}
