import type { Article } from '../article/types'
import type { Analysis, Quote, Sentence } from '../analysis/types'
import type { Provenance } from './schema'
import { escapeMarkdown, tidySentence } from './markdown-text'
import { shinglesOf, wordsOf } from './repeats'
import { asideStarts, isAside, SPEAKER_LABEL, speakerName, statementAt } from '../analysis/transcript-talk'
import { stanceOf } from './stance-verbs'

/** One article with its analysis, and per sentence the heading of the part it stands in. */
export type DraftSource = {
  article: Article
  analysis: Analysis
  /** Lower-cased heading text above each sentence ('' before the first heading), by sentence index. */
  partOf: string[]
  /** Sentences that overlap a quotation, or that Positions takes as a transcript speaker's (`spoken`). */
  quoted: Set<Sentence>
  /** Their start offsets (key sentences are other objects with the same spans). */
  quotedStarts: Set<number>
  /** A transcript's speakers' positions in their own words, taken as their quotations (`spokenPositions`). */
  spoken: Quote[]
  /**
   * Start offsets of sentences that are not the news: a questioner's or a host's turn, small talk
   * (transcript-talk.ts). No rule drafts them.
   */
  asides: ReadonlySet<number>
  /** Start offsets of sentences already drafted into an earlier section, so no section repeats another. */
  used: Set<number>
  /**
   * Every run of eight words drafted so far, from any source of the brief (shared between them): a
   * sentence that would repeat one is not drafted again, even from another paragraph or outlet.
   */
  drafted: Set<string>
}

/**
 * A drafted sentence: Markdown-safe text, where it stands in the article, and the name of the
 * transcript speaker whose words it is, if any.
 */
export type Cited = { text: string; provenance: Provenance; speaker?: string }

/** Markdown for one section body, with the provenance of every sentence it drew from the article. */
export type Drafted = { body: string; provenance: Provenance[] }

/** Prepares an article and its analysis for the drafting rules (one pass over blocks and sentences). */
export function prepareSource(
  article: Article,
  analysis: Analysis,
  drafted: Set<string> = new Set(),
): DraftSource {
  const headingAt: string[] = []
  let current = ''
  article.blocks.forEach((block, index) => {
    if (block.kind === 'heading') current = block.text.toLowerCase()
    headingAt[index] = current
  })
  const partOf = analysis.sentences.map((sentence) => headingAt[sentence.blockIndex] ?? '')
  const quoted = new Set<Sentence>()
  // Quotes and sentences are both in text order, so one merge finds the sentences a quote overlaps.
  let q = 0
  const quotes = [...analysis.quotes].sort((a, b) => a.start - b.start)
  for (const sentence of analysis.sentences) {
    while (q < quotes.length && quotes[q].end <= sentence.start) q += 1
    if (q < quotes.length && quotes[q].start < sentence.end) quoted.add(sentence)
  }
  const asides = asideStarts(analysis.statements, analysis.sentences)
  const spoken = spokenPositions(analysis, (sentence) => !quoted.has(sentence) && !asides.has(sentence.start))
  for (const { sentence } of spoken) quoted.add(sentence)
  const quotedStarts = new Set([...quoted].map((sentence) => sentence.start))
  return {
    article,
    analysis,
    partOf,
    quoted,
    quotedStarts,
    spoken: spoken.map(({ quote }) => quote),
    asides,
    used: new Set(),
    drafted,
  }
}

/** A transcript speaker's own sentences that stand for their position, at most. */
const SPOKEN_PER_SPEAKER = 2
/** A speaker talking of what they, or those they speak for, think or want: "we believe", "I urge". */
const FIRST_PERSON = /\b(?:we|i|our|my)\b/i
const BELIEF = /\b(?:believe|want|expect|hope|think|intend|ask|call on|call for)\b/i

/**
 * A transcript's speakers give their positions in their own words, not in quotation marks: up to
 * SPOKEN_PER_SPEAKER of each speaker's sentences that say what they (or those they speak for) think
 * or want stand as their quotations, without the label; the summary candidates first, then the rest
 * in text order. Like a quotation, such a sentence is Positions' alone: no other rule drafts it.
 * A questioner's or host's turn and small talk are no one's position.
 */
function spokenPositions(
  analysis: Analysis,
  open: (sentence: Sentence) => boolean,
): { sentence: Sentence; quote: Quote }[] {
  const { statements, keySentences, sentences, people } = analysis
  if (statements.length === 0) return []
  const byStart = new Map(sentences.map((sentence) => [sentence.start, sentence]))
  const perSpeaker = new Map<string, number>()
  const spoken: { sentence: Sentence; quote: Quote }[] = []
  for (const candidate of [...keySentences, ...sentences]) {
    const sentence = byStart.get(candidate.start)
    const turn = statementAt(statements, candidate.start)
    if (!sentence || !turn || isAside(turn) || !open(sentence)) continue
    if (spoken.some((taken) => taken.sentence === sentence)) continue
    const count = perSpeaker.get(turn.speaker) ?? 0
    if (count >= SPOKEN_PER_SPEAKER) continue
    const label = SPEAKER_LABEL.exec(sentence.text)?.[0].length ?? 0
    const text = sentence.text.slice(label).trim()
    const stated = stanceOf('', text) !== 'neutral/unclear' || BELIEF.test(text)
    if (!FIRST_PERSON.test(text) || !stated) continue
    perSpeaker.set(turn.speaker, count + 1)
    const actor = turn.actor ?? people.find((person) => person.name === turn.speaker)?.actor ?? null
    spoken.push({
      sentence,
      quote: {
        text,
        speaker: turn.speaker,
        actor,
        start: sentence.start + label,
        end: sentence.end,
        attribution: null,
      },
    })
  }
  return spoken.sort((a, b) => a.sentence.start - b.sentence.start)
}

/** Notes text as drafted, so no later section repeats a passage of it. */
export function markDrafted(source: DraftSource, text: string): void {
  for (const shingle of shinglesOf(wordsOf(text))) source.drafted.add(shingle)
}

/** True when the text would repeat a passage already drafted. */
export function repeatsDrafted(source: DraftSource, text: string): boolean {
  return shinglesOf(wordsOf(text)).some((shingle) => source.drafted.has(shingle))
}

/**
 * True for a sentence that is news (not an aside), not in a quotation, not drafted yet and repeating
 * nothing drafted.
 */
export function isFresh(source: DraftSource, sentence: { start: number; text: string }): boolean {
  return (
    !source.asides.has(sentence.start) &&
    !source.quotedStarts.has(sentence.start) &&
    !source.used.has(sentence.start) &&
    !repeatsDrafted(source, sentence.text)
  )
}

/**
 * The name of the transcript speaker whose words stand at `offset` ("John Kirby"), as a drafted
 * line prints it before them; undefined outside labelled speech and in a questioner's or host's turn.
 */
export function speakerAt(source: DraftSource, offset: number): string | undefined {
  const turn = statementAt(source.analysis.statements, offset)
  return turn && !isAside(turn) ? speakerName(turn) : undefined
}

/** "GENEVA (AP) — Negotiators met …": a drafted line starts at the news, not at the dateline. */
export function withoutDateline(
  source: DraftSource,
  span: { start: number; end: number; text: string },
): string {
  const dateline = source.article.meta.dateline
  if (!dateline || span.start > dateline.start || dateline.start >= span.end) return span.text
  const opened = span.text.trimStart()
  if (!opened.startsWith(dateline.text)) return span.text
  return opened.slice(dateline.text.length).replace(/^[\s,]*[—–-]+\s*/u, '')
}

/**
 * A sentence as Markdown-safe text plus its provenance; marks it used. The story's opening sentence
 * loses its dateline. Labelled speech of a transcript loses its label ("MR. KIRBY: ") and carries
 * its speaker's name instead, for the section to print (draft-rules.ts): the words are the
 * speaker's, not the outlet's.
 */
export function cite(source: DraftSource, span: { start: number; end: number; text: string }): Cited {
  source.used.add(span.start)
  markDrafted(source, span.text)
  const turn = statementAt(source.analysis.statements, span.start)
  let text = withoutDateline(source, span)
  const label = turn ? source.article.text.slice(turn.label.start, turn.label.end) : ''
  if (label && text.trimStart().startsWith(label)) text = text.trimStart().slice(label.length).trimStart()
  const speaker = speakerAt(source, span.start)
  return {
    text: escapeMarkdown(tidySentence(text)),
    provenance: { sourceId: source.article.id, start: span.start, end: span.end },
    ...(speaker === undefined ? {} : { speaker: escapeMarkdown(speaker) }),
  }
}

/**
 * A sentence that leans on the one before it ("This engagement …", "He added that …"); not one that
 * speaks of the document itself ("This report describes …").
 */
export const LEANS_BACK =
  /^(?:(?:this|these)\b(?! (?:report|reports|article|story|study|statement|document|review|analysis|fact sheet|testimony)\b)|(?:that|those|it|its|they|their|he|she|his|her|such|the latter)\b)/i

/** A part (its heading, in lower case) that tells the story's background. */
export const BACKGROUND_PART = /background|context|history|how we got here/

/** Sentences whose part heading matches `pattern`, in article order. */
export function sentencesInPart(source: DraftSource, pattern: RegExp): Sentence[] {
  return source.analysis.sentences.filter((_sentence, index) => pattern.test(source.partOf[index]))
}

const FORWARD =
  /\b(will|would|could|may|might|likely|expected to|plans? to|next (week|month|year)|upcoming|in the coming|remains to be seen|whether)\b/i
/** What is planned or due: the stuff of an outlook, not of implications. */
const PLANNED =
  /\b(will|expected to|plans? to|planned|scheduled|is set to|are set to|due to|deadline|next (week|month|year)|in the coming (days|weeks|months)|upcoming)\b/i
/** Speculation about consequences. */
const SPECULATIVE = /\b(could|may|might|likely|risks?)\b/i
/** A reported plan: "She added that Chile would send its first convoy on Friday." */
const REPORTED_PLAN = /\b(said|says|added|announced|told|stated)\b[^.]*\bwould\b/i
const IMPLICATION =
  /\b(implications?|consequences?|means|signals?|could reshape|stakes|precedent|impact|affect)\b/i
const INDICATOR =
  /\b(whether|if|watch|signs?|deadline|expected to|scheduled|next (week|month)|upcoming|summit|vote|talks)\b/i

/** True for a sentence that looks ahead. */
export function isForwardLooking(text: string): boolean {
  return FORWARD.test(text)
}

/** True for a sentence that says what is planned or due next (a vote next week, a reported plan). */
export function isPlanned(text: string): boolean {
  return PLANNED.test(text) || REPORTED_PLAN.test(text)
}

/**
 * True for a sentence that says what follows from the events: in so many words, or as speculation
 * ("could lower food prices"); a plain plan ("will vote next week") is the outlook's.
 */
export function isImplication(text: string): boolean {
  return IMPLICATION.test(text) || (SPECULATIVE.test(text) && !isPlanned(text))
}

/** True for a sentence naming something to watch for. */
export function isIndicator(text: string): boolean {
  return INDICATOR.test(text)
}
