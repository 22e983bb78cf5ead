import type { Sentence } from './types'
import type { Speaker, SpeakerContext } from './speakers'
import type { QuoteSegment } from './quote-marks'
import { sentenceIndexAt } from './sentences'
import { DOCUMENT_HEADS, DOCUMENT_VERBS, HANDOVER_TAILS, QUOTE_NOUNS, SPEECH_VERBS } from './lexicon'
import { phraseBackward } from './phrases'
import { labelledPronoun, resolvePronoun, speakerOf } from './speakers'
import { tokenIndexAtOrAfter } from './tokens'

// Attribution from the context around a quote rather than from a verb next to it: the paragraph before
// a quoted paragraph, the document a sentence cites, words that mark a quotation as someone's own, a
// questioner's turn, joint subjects, and where a quote stands in its paragraph.

/**
 * Who speaks a paragraph quoted whole, from the paragraph before it: a correspondent handed over to
 * ("Nordic Radio's Tomas Lind has more."), else the subject of the last speech verb there ("Ostrova said
 * the talks would resume, but acknowledged …") or verb of a view ("Lind doubts the pledge."). Null
 * when that paragraph reports no one's speech or view.
 */
export function speakerFromPreviousBlock(ctx: SpeakerContext, block: number): Speaker | null {
  const range = blockTokens(ctx, block)
  return range ? speakerOfRange(ctx, range) : null
}

/**
 * `Zagorodnyuk echoed these sentiments, warning that … "This piecemeal strategy …"`: a quote that
 * opens a sentence of its own, with no attribution, in the voice the sentence before it reports
 * (by a verb of speech or of a view), in the same paragraph.
 */
export function speakerFromSentenceBefore(
  ctx: SpeakerContext,
  segment: QuoteSegment,
  sentences: readonly Sentence[],
): Speaker | null {
  const here = sentenceIndexAt(sentences, segment.open)
  const sentence = sentences[here]
  const before = sentences[here - 1]
  if (!sentence || !before || before.blockIndex !== segment.block) return null
  // The quote opens its sentence: only its marks stand before it.
  if (!/^[\s"“‘']*$/u.test(ctx.doc.text.slice(sentence.start, segment.start))) return null
  const first = tokenIndexAtOrAfter(ctx.doc.tokens, before.start)
  const last = tokenIndexAtOrAfter(ctx.doc.tokens, before.end) - 1
  if (last < first || ctx.quoted[first] || ctx.quoted[last]) return null
  return speakerOfRange(ctx, { first, last })
}

function speakerOfRange(ctx: SpeakerContext, range: { first: number; last: number }): Speaker | null {
  const { tokens } = ctx.doc
  const handover = handoverSubject(ctx, range.first, range.last)
  if (handover) return handover
  for (let verb = range.last; verb > range.first; verb--) {
    const token = tokens[verb]
    if (!token || token.kind !== 'word' || token.capitalized) continue
    if (!SPEECH_VERBS.has(token.key) && !VIEW_VERBS.has(token.key)) continue
    // "a call", "the statement": after an article the word is a noun.
    if (ARTICLES.has(tokens[verb - 1]?.key ?? '')) continue
    const sentenceFirst = sentenceStart(ctx, verb, range.first)
    // "…, said Lena Ostrova.": the name right after the verb.
    const inverted = personAt(ctx, verb + 1)
    if (inverted) return inverted
    for (let i = verb - 1; i >= sentenceFirst; i--) {
      const key = tokens[i]?.key
      if (key === 'he' || key === 'she') return resolvePronoun(ctx, i)
      const mention = ctx.mentionAt[i] ?? -1
      const person = mention >= 0 ? ctx.personMentions[mention] : undefined
      if (!person) continue
      // A possessor ("Lind's plan") is not the one who speaks.
      if (tokens[person.last + 1]?.kind === 'possessive') {
        i = person.first
        continue
      }
      return speakerOf(ctx, { first: person.first, last: person.last })
    }
    // "The ministry said …": a source named by a noun, as the quote pass reads one before a verb.
    const phrase = phraseBackward(ctx.doc, verb - 1, sentenceFirst)
    return phrase ? speakerOf(ctx, phrase) : null
  }
  return null
}

const ARTICLES = new Set(['a', 'an', 'the'])
/**
 * Verbs of a view the next paragraph may quote whole ("Another expert, Bong Young-shik, doubts the
 * commitment …" then the expert's words): read there only, never next to a quotation.
 */
const VIEW_VERBS = new Set(
  'doubts doubted believes believed thinks thought fears feared worries worried agrees agreed disagrees disagreed questions questioned expects expected suspects suspected'.split(
    ' ',
  ),
)

/** The person whose name starts at token `at`, if one does. */
function personAt(ctx: SpeakerContext, at: number): Speaker | null {
  const mention = ctx.mentionAt[at] ?? -1
  const person = mention >= 0 ? ctx.personMentions[mention] : undefined
  return person && person.first === at ? speakerOf(ctx, { first: person.first, last: person.last }) : null
}

/** "X has more." or "X reports." closing a paragraph: X, as a person or the words that name them. */
function handoverSubject(ctx: SpeakerContext, first: number, last: number): Speaker | null {
  const { tokens, text } = ctx.doc
  let end = last
  if (tokens[end]?.text === '.' || tokens[end]?.text === ':') end--
  for (const tail of HANDOVER_TAILS) {
    const verb = end - tail.length + 1
    if (verb <= first || !tail.every((key, k) => tokens[verb + k]?.key === key)) continue
    const phrase = phraseBackward(ctx.doc, verb - 1, first)
    if (!phrase) return null
    const named = speakerOf(ctx, phrase)
    if (named) return named
    // A name no list holds: the capitalised words before the verb, after any possessor ("Radio's").
    let nameFirst = phrase.first
    for (let i = phrase.first; i <= phrase.last; i++) if (tokens[i]?.kind === 'possessive') nameFirst = i + 1
    if (nameFirst > phrase.last || !tokens[nameFirst]?.capitalized) return null
    const speaker = text.slice(tokens[nameFirst]?.start ?? 0, tokens[phrase.last]?.end ?? 0)
    return { speaker, actor: null, person: null, head: null }
  }
  return null
}

/**
 * "The Coastal Protection Act requires … "coastal resilience"": the document that is the subject of a
 * verb of stipulation before token `verb`, with its parenthetical short name skipped.
 */
export function documentSubject(ctx: SpeakerContext, verb: number, floor: number): Speaker | null {
  const { tokens, text } = ctx.doc
  if (!DOCUMENT_VERBS.has(tokens[verb]?.key ?? '') && !SPEECH_VERBS.has(tokens[verb]?.key ?? '')) return null
  let last = verb - 1
  if (tokens[last]?.text === ')') {
    while (last > floor && tokens[last]?.text !== '(') last--
    last--
  }
  const phrase = titleBackward(ctx, last, floor) ?? phraseBackward(ctx.doc, last, floor)
  if (!phrase) return null
  let head: string | null = null
  for (let i = phrase.first; i <= phrase.last; i++) {
    const key = tokens[i]?.key ?? ''
    if (DOCUMENT_HEADS.has(key)) head = key
  }
  if (head === null) return null
  const speaker = text.slice(tokens[phrase.first]?.start ?? 0, tokens[phrase.last]?.end ?? 0)
  let actor: string | null = null
  for (let i = phrase.first; i <= phrase.last && actor === null; i++)
    actor = ctx.actorAt.get(i)?.actor ?? null
  return { speaker, actor, person: null, head }
}

const TITLE_CONNECTORS = new Set(['of', 'for', 'on', 'and', 'to'])

/**
 * A document's own title ending at `last`: capitalised words, numbers and connectors ("The National
 * Defense Authorization Act for Fiscal Year 2026"), with a capitalised document noun in it.
 */
function titleBackward(
  ctx: SpeakerContext,
  last: number,
  floor: number,
): { first: number; last: number } | null {
  const { tokens } = ctx.doc
  let first = -1
  let titled = false
  for (let i = last; i >= floor && i > last - 16; i--) {
    const token = tokens[i]
    if (!token || ctx.doc.blockOf[i] !== ctx.doc.blockOf[last]) break
    if (token.key === 'the') {
      first = i
      break
    }
    const part = token.capitalized || /^\p{N}/u.test(token.text) || token.text === '-'
    if (!part && !(TITLE_CONNECTORS.has(token.key) && first >= 0)) break
    if (token.capitalized && DOCUMENT_HEADS.has(token.key)) titled = true
    first = i
  }
  // A title ends on a word of its own, never on a connector.
  while (first >= 0 && TITLE_CONNECTORS.has(tokens[first]?.key ?? '')) first++
  return titled && first >= 0 && first <= last ? { first, last } : null
}

/** Whether a speaker is a document (a law, a report, a treaty) rather than a person or body. */
export function isDocument(speaker: Speaker): boolean {
  return speaker.person === null && speaker.head !== null && DOCUMENT_HEADS.has(speaker.head)
}

const OWNERS = new Map([
  ['your', 'you'],
  ['my', 'i'],
  ['our', 'we'],
])

/**
 * `"…" – that was your quote –`, `"…", in his words`: a possessive and a noun for quoted words right
 * after the closing mark make the quotation the owner's. "your" is the one a labelled question asks.
 */
export function ownerAfter(ctx: SpeakerContext, segment: QuoteSegment): Speaker | null {
  const { tokens } = ctx.doc
  const from = tokenIndexAtOrAfter(tokens, segment.close + 1)
  for (let i = from; i < from + 6; i++) {
    const token = tokens[i]
    if (!token || ctx.doc.blockOf[i] !== segment.block || ctx.quoted[i]) return null
    if (/^[.;:!?]$/u.test(token.text)) return null
    if (!QUOTE_NOUNS.has(tokens[i + 1]?.key ?? '')) continue
    const pronoun = OWNERS.get(token.key)
    if (pronoun) return labelledPronoun(ctx, i, pronoun)
    if (token.key === 'his' || token.key === 'her') return resolvePronoun(ctx, i)
  }
  return null
}

/** Whether offset `at` lies in labelled speech of one who only asks (a reporter's question, a moderator). */
export function askingAt(ctx: SpeakerContext, at: number): boolean {
  const list = ctx.labelled
  let low = 0
  let high = list.length - 1
  while (low <= high) {
    const middle = (low + high) >>> 1
    const span = list[middle]
    if (!span) break
    if (at < span.start) high = middle - 1
    else if (at >= span.end) low = middle + 1
    else return span.asking
  }
  return false
}

/** The token range of block `block`, or null when it has none or is a heading. */
function blockTokens(ctx: SpeakerContext, block: number): { first: number; last: number } | null {
  const range = ctx.doc.article.blocks[block]
  if (!range || range.kind === 'heading') return null
  const first = tokenIndexAtOrAfter(ctx.doc.tokens, range.start)
  const last = tokenIndexAtOrAfter(ctx.doc.tokens, range.end) - 1
  return last >= first ? { first, last } : null
}

/** The first token of the sentence holding token `at`, not before `floor`. */
function sentenceStart(ctx: SpeakerContext, at: number, floor: number): number {
  const { tokens } = ctx.doc
  for (let i = at - 1; i > floor; i--) {
    const text = tokens[i]?.text
    if ((text === '.' || text === '!' || text === '?') && tokens[i + 1]?.capitalized) return i + 1
  }
  return floor
}

/** A paragraph that opens with a quote right after a paragraph that had one (the same voice going on). */
export function startsBlock(ctx: SpeakerContext, segment: QuoteSegment): boolean {
  const block = ctx.doc.article.blocks[segment.block]
  return block !== undefined && segment.open === block.start
}

/** Whether a quote is in the same paragraph as an earlier one, and in its sentence or the next. */
export function near(sentences: readonly Sentence[], earlier: QuoteSegment, later: QuoteSegment): boolean {
  if (earlier.block !== later.block) return false
  return sentenceIndexAt(sentences, later.open) - sentenceIndexAt(sentences, earlier.open) <= 1
}

/** Whether a verb of speech stands between two offsets, outside quotation marks. */
export function speechBetween(ctx: SpeakerContext, from: number, to: number): boolean {
  const { tokens } = ctx.doc
  for (let i = tokenIndexAtOrAfter(tokens, from + 1); (tokens[i]?.start ?? Infinity) < to; i++) {
    const token = tokens[i]
    if (!token || ctx.quoted[i] || token.capitalized || !SPEECH_VERBS.has(token.key)) continue
    if (!ARTICLES.has(tokens[i - 1]?.key ?? '')) return true
  }
  return false
}

/** A quote that runs to the end of its paragraph (closing punctuation aside). */
export function endsBlock(ctx: SpeakerContext, segment: QuoteSegment): boolean {
  const block = ctx.doc.article.blocks[segment.block]
  return block !== undefined && /^[\s.,;:!?”’"')\]]*$/u.test(ctx.doc.text.slice(segment.end, block.end))
}

/**
 * `, the White House and Secretary Blinken described …`: a named subject joined by "and" to the person
 * right before the verb speaks with them. Only at the start of a clause, so an object ("met Ruiz and
 * Lind said") is never taken for a subject.
 */
export function coordinated(
  ctx: SpeakerContext,
  first: number,
  last: number,
  floor: number,
  person: Speaker,
): { speaker: Speaker; first: number } | null {
  const { tokens, text } = ctx.doc
  if (tokens[first - 1]?.key !== 'and' || first - 2 < floor) return null
  const phrase = phraseBackward(ctx.doc, first - 2, floor)
  if (!phrase || !tokens[phrase.last]?.capitalized) return null
  const opener = tokens[phrase.first - 1]
  if (phrase.first > floor && opener?.text !== ',' && opener?.text !== ':') return null
  const other = speakerOf(ctx, phrase)
  const words = text.slice(tokens[phrase.first]?.start ?? 0, tokens[last]?.end ?? 0)
  // Speakers of two different actors speak for neither alone.
  const actor =
    other?.actor && person.actor && other.actor !== person.actor ? null : (other?.actor ?? person.actor)
  return { speaker: { speaker: words, actor, person: null, head: null }, first: phrase.first }
}
