import type { Quote } from '../analysis/types'
import { markDrafted, repeatsDrafted } from './draft-context'
import type { DraftSource, Drafted } from './draft-context'
import { escapeMarkdown, tidySentence } from './markdown-text'
import { REPEAT_PASSAGE_WORDS, wordsOf } from './repeats'
import type { Provenance } from './schema'
import { stanceOf, stancePhrase } from './stance-verbs'
import { MATRIX_COLUMNS, SOURCE_COLUMN } from '../common/stance-labels'
import type { StanceLabel } from '../common/stance-labels'
import { overlap, SAME_POINT_JACCARD } from './takeaways'
import { SPEAKER_LABEL } from '../analysis/transcript-talk'
import { FUNCTION_WORDS, SPEECH_VERBS } from '../analysis/lexicon'
import { tokenize } from '../analysis/tokens'

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

/** A quotation where one source printed it, with the same words printed by other sources. */
type Said = { quote: Quote; source: DraftSource; sourceNumber: number; also: Said[] }

type ActorPosition = {
  actor: string
  /** Distinct quotations, in source and text order. */
  said: Said[]
  label: StanceLabel
  frame: string
  key: KeyWords
}

type KeyWords = { said: Said; text: string; whole: boolean }

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
  // A transcript's speaker label is who speaks, said above the stance.
  return tidySentence(chosen)
    .replace(SPEAKER_LABEL, '')
    .replace(/^[\s,.;:“”"'’‘—–-]+|[\s,;:“”"'’‘—–-]+$/gu, '')
    .replace(/^(?:while|and|but|as)\s+/i, '')
    .replace(/\s+(?:that|as|:)$/i, '')
    .trim()
}

/** The shortest quotation that still says something, trimmed to the key words' length. */
function keyWords(said: Said[]): KeyWords {
  const telling = said.filter((entry) => words(entry.quote.text).length >= TELLING_WORDS)
  const pool = telling.length > 0 ? telling : said
  const chosen = pool.reduce((best, candidate) =>
    words(candidate.quote.text).length < words(best.quote.text).length ? candidate : best,
  )
  const all = words(tidySentence(chosen.quote.text))
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
  return { said: chosen, text, whole }
}

/** "¶ 4": the paragraph of its source a quotation stands in (headings not counted). */
function where({ source, quote }: Said): string {
  let paragraph = 0
  for (const block of source.article.blocks) {
    if (block.kind !== 'heading') paragraph += 1
    if (block.end > quote.start) break
  }
  return `¶ ${paragraph}`
}

/** The numbers of the sources that printed a quotation ("1, 2"), as the Sources section numbers them. */
function sourcesOf(said: Said): string {
  return [said, ...said.also].map((entry) => entry.sourceNumber).join(', ')
}

/**
 * Every quoted actor across the sources, quotations grouped by the actor their speaker stands for
 * (or the speaker, when no actor is known; names compared without case). The same words quoted in
 * two places or by two outlets are one quotation that remembers each.
 */
function actorPositions(sources: DraftSource[]): ActorPosition[] {
  const groups = new Map<string, { actor: string; said: Said[] }>()
  sources.forEach((source, index) => {
    const quotes = [...source.analysis.quotes, ...source.spoken].sort((a, b) => a.start - b.start)
    for (const quote of quotes) {
      const actor = quote.actor ?? quote.speaker
      const key = actor.toLocaleLowerCase()
      const group = groups.get(key) ?? { actor, said: [] }
      groups.set(key, group)
      const said: Said = { quote, source, sourceNumber: index + 1, also: [] }
      const same = group.said.find((other) => overlap(other.quote.text, quote.text) >= SAME_POINT_JACCARD)
      if (!same) group.said.push(said)
      else if (same.source !== source) same.also.push(said)
    }
  })
  return [...groups.values()].map(({ actor, said }) => {
    const key = keyWords(said)
    const frame = frameOf(key.said.source, key.said.quote)
    return { actor, said, label: stanceOf(frame, key.said.quote.text), frame, key }
  })
}

function matrix(positions: ActorPosition[], several: boolean): string {
  const columns = several ? [...MATRIX_COLUMNS, SOURCE_COLUMN] : [...MATRIX_COLUMNS]
  const rows = positions.map(({ actor, label, key }) => {
    const cells = [cell(actor), label, cell(`“${key.text}”`), where(key.said)]
    return several ? [...cells, sourcesOf(key.said)] : cells
  })
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(columns), line(columns.map(() => '---')), ...rows.map(line)].join('\n')
}

/** Where words were said ("in his nightly address", "on X") and to whom ("told reporters"): no stance. */
const CHANNELS =
  `address statement interview briefing post conference call message remarks speech video broadcast
  x twitter facebook television radio`.split(/\s+/u)
const AUDIENCES = ['reporters', 'lawmakers', 'journalists', 'audience']
const NOT_STANCE_WORDS = new Set([...CHANNELS, ...AUDIENCES])
const CHANNEL_PHRASE = new RegExp(
  `\\b(?:in|at|on|to|during|via|through)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${CHANNELS.join('|')})\\b`,
  'giu',
)

/**
 * Whether a frame says more than who spoke, where and when: "which he said", "President X said in his
 * nightly address", "Y told reporters" do not; "Z disputed the claim", "W characterized the talks" do.
 * Counted are the words in lower case that are neither function words, verbs of speech nor the channel.
 */
function saysMore(frame: string): boolean {
  return tokenize(frame.replace(CHANNEL_PHRASE, ' ')).some(
    (token) =>
      token.kind === 'word' &&
      !token.capitalized &&
      !FUNCTION_WORDS.has(token.key) &&
      !SPEECH_VERBS.has(token.key) &&
      !NOT_STANCE_WORDS.has(token.key),
  )
}

/**
 * A stance line in the drafter's words: the label, then who framed the quotation and how, from the
 * sentence around it with the quotation itself left out (it stands below as the evidence).
 */
function stanceLine(position: ActorPosition): string | null {
  const phrase = stancePhrase(position.label)
  const frame = position.frame
  const { source } = position.key.said
  const informative = words(frame).length >= 3 && saysMore(frame) && !repeatsDrafted(source, frame)
  // "States a position." says nothing the matrix does not: a neutral stance without a frame is left out.
  if (!informative) return position.label === 'neutral/unclear' ? null : `**Stance:** ${phrase}.`
  markDrafted(source, frame)
  return `**Stance:** ${phrase}: ${escapeMarkdown(frame)} …`
}

/**
 * Positions: a matrix of every quoted actor (actor | stance | key words | where, and the sources that
 * printed the key words when there are several), then one subsection per actor with who speaks for
 * it, its stance and its quotations, each printed once.
 */
export function draftPositions(sources: DraftSource[], limits: PositionLimits): Drafted | null {
  const positions = actorPositions(sources)
  if (positions.length === 0) return null
  const several = sources.length > 1
  const parts = [matrix(positions, several)]
  const provenance: Provenance[] = []
  const cite = (said: Said) => {
    for (const { source, quote } of [said, ...said.also])
      provenance.push({ sourceId: source.article.id, start: quote.start, end: quote.end })
  }
  // The actors who say most get the room; the matrix keeps the rest.
  const withText = [...positions]
    .sort((a, b) => b.said.length - a.said.length)
    .slice(0, limits.actorsWithText)
  for (const position of positions) {
    const { key } = position
    const { source } = key.said
    cite(key.said)
    if (!withText.includes(position)) continue
    const roles = new Map(
      position.said.flatMap((said) =>
        said.source.analysis.people.map((person) => [person.name, person.role]),
      ),
    )
    const speakers = [...new Set(position.said.map((said) => said.quote.speaker))]
    const who = speakers
      .map((speaker) => {
        const role = roles.get(speaker)
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
    if (stance) {
      lines.push(stance, '')
      // The stance's frame is the article's sentence around the key words: "Show in article" finds it.
      const sentence = source.analysis.sentences.find(
        (candidate) => candidate.start <= key.said.quote.start && key.said.quote.start < candidate.end,
      )
      if (sentence && position.frame) {
        provenance.push({ sourceId: source.article.id, start: sentence.start, end: sentence.end })
      }
    }
    // The key quotation shown whole in the matrix is not printed again.
    const evidence = position.said.filter(
      (said) => !(key.whole && said === key.said) && !repeatsDrafted(source, said.quote.text),
    )
    for (const said of evidence.slice(0, limits.quotesPerActor)) {
      const { quote } = said
      markDrafted(source, quote.text)
      // With one speaker and one source, "Who speaks" has said it all; otherwise the line under the
      // quotation names its speaker and the sources that printed it.
      const by = [
        speakers.length > 1 ? escapeMarkdown(quote.speaker) : '',
        several ? `${said.also.length > 0 ? 'sources' : 'source'} ${sourcesOf(said)}` : '',
      ]
        .filter(Boolean)
        .join(', ')
      const attribution = by ? ['>', `> — ${by}`] : []
      lines.push(`> “${escapeMarkdown(tidySentence(quote.text))}”`, ...attribution, '')
      cite(said)
    }
    parts.push(lines.join('\n').trim())
  }
  return { body: parts.join('\n\n'), provenance }
}
