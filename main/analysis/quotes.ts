import type { Quote, Sentence, Span } from './types'
import type { QuoteSegment } from './quote-marks'
import type { Token } from './tokens'
import type { Speaker, SpeakerContext } from './speakers'
import { periodEndsSentence, sentenceIndexAt } from './sentences'
import {
  CLAUSE_OPENERS,
  DOCUMENT_VERBS,
  INVERTED_VERBS,
  PHRASE_BREAKERS,
  SOURCE_HEADS,
  SPEECH_COMPOUNDS,
  SPEECH_VERBS,
} from './lexicon'
import { tokenIndexAtOrAfter } from './tokens'
import { phraseBackward, phraseForward } from './phrases'
import {
  askingAt,
  coordinated,
  documentSubject,
  endsBlock,
  isDocument,
  near,
  ownerAfter,
  speakerFromPreviousBlock,
  speakerFromSentenceBefore,
  speechBetween,
  startsBlock,
} from './quote-context'
import {
  isPossessor,
  namedIssuer,
  notSubject,
  labelledPronoun,
  remember,
  resolvePronoun,
  spanOf,
  speakerOf,
} from './speakers'
import type { TokenSpan } from './doc'
import type { PersonMention } from './people'
import { bareRoleAt } from './people-cues'
import { PARTICLES } from './people-runs'

/** Who said it, the words that say so, and their last token; `credits` when the whole clause is theirs. */
type Attribution = {
  speaker: Speaker
  span: Span
  last: number
  credits?: boolean
  /** Named only by capitalised words after the quotation: an attribution before it goes first. */
  weak?: boolean
}

/** Speaker of a quote whose source the article does not name. */
export const UNATTRIBUTED = 'unattributed'

/**
 * Turns quoted stretches into quotes with speakers. For each stretch: an attribution right after it
 * (`," said X` / `," X said`), else one before it in the same clause (`X said that "…`); a quote split
 * around its attribution (`"A," he said, "b."`) is one quote; a quote with no attribution continues the
 * previous speaker when it follows in the same paragraph or reopens a paragraph-spanning quote. One or
 * two words without a speech verb are scare quotes and are dropped; nothing is quoted that is not marked.
 */
export function findQuotes(
  ctx: SpeakerContext,
  marked: readonly QuoteSegment[],
  sentences: readonly Sentence[],
): Quote[] {
  const quotes: Quote[] = []
  const { text } = ctx.doc
  // A title in quotation marks is nobody's words, and no quote's neighbour either.
  const segments = marked.filter((segment) => !titleOf(ctx, segment, text.slice(segment.start, segment.end)))
  let previous: { block: number; speaker: Speaker; segment: QuoteSegment } | null = null
  // The last stretch that became a quote: an attribution before a quote is not looked for behind it.
  // A stretch left out (a scare-quoted word) is no such limit.
  let lastQuoted: QuoteSegment | undefined
  for (let s = 0; s < segments.length; s++) {
    const segment = segments[s]
    if (!segment) continue
    const parts = [segment]
    let attribution = segment.closed ? after(ctx, segment) : null
    // `The FBI testified that his family had "…," The Dallas Morning News reported`: the speech verb
    // before the words names their speaker; the name after them reports it.
    if (attribution?.weak) attribution = before(ctx, segment, lastQuoted, sentences) ?? attribution
    // `"A," he said, "b."`: the attribution sits between two halves of one quote.
    let next = segments[s + 1]
    while (attribution && next && next.block === segment.block && joins(ctx, attribution.last, next)) {
      parts.push(next)
      s++
      next = segments[s + 1]
    }
    // A paragraph-spanning quote: the following paragraphs reopen it.
    while (parts.at(-1)?.closed === false && next?.continuation) {
      parts.push(next)
      s++
      next = segments[s + 1]
    }
    const lastPart = parts.at(-1) ?? segment
    if (!attribution && lastPart !== segment && lastPart.closed) attribution = after(ctx, lastPart)
    attribution ??= before(ctx, segment, lastQuoted, sentences)
    const words = text.slice(segment.start, lastPart.end).split(/\s+/u).length
    let speaker = attribution?.speaker ?? null
    // In a questioner's turn a quote goes on in the last speaker's voice only by a verb of speech without
    // a subject (`," and when saying that, "…`): the rest is the question's own wording.
    const asking = askingAt(ctx, segment.open)
    const continues =
      previous !== null &&
      (previous.block === segment.block ||
        (previous.block === segment.block - 1 && startsBlock(ctx, segment))) &&
      (!asking || speechBetween(ctx, previous.segment.close, segment.open))
    const sentence = fullSentence(text, segment.start, lastPart.end)
    if (!speaker) speaker = ownerAfter(ctx, lastPart)
    // A paragraph quoted whole: the voice of the quote before it, or else the one the paragraph before
    // reports or hands over to; a nested quotation is always the reported voice, never the reporter's.
    const whole = words > 2 && startsBlock(ctx, segment) && endsBlock(ctx, lastPart)
    if (!speaker && whole && segment.nested) speaker = speakerFromPreviousBlock(ctx, segment.block - 1)
    if (!speaker && continues && previous && (words > 2 || sentence)) speaker = previous.speaker
    if (!speaker && whole) speaker = speakerFromPreviousBlock(ctx, segment.block - 1)
    if (!speaker && sentenceLike(text, segment.start, lastPart.end))
      speaker = speakerFromSentenceBefore(ctx, segment, sentences)
    // A document is quoted in fragments: its short phrases in the same or the next sentence are its too.
    if (!speaker && previous && isDocument(previous.speaker) && near(sentences, previous.segment, segment))
      speaker = previous.speaker
    if (!speaker && (words <= 2 || !sentenceLike(text, segment.start, lastPart.end))) continue
    if (!attribution?.credits && modifier(ctx, segment, words)) continue
    // “Make America Great Again”, “One Town, One Vote”: words in title case that nobody is said to
    // have spoken are a name or a slogan.
    if (!speaker && titleCased(text.slice(segment.start, lastPart.end), 2)) continue
    // A questioner's unsourced quote is a hypothetical or a term of the question, not anyone's words.
    if (!speaker && asking) continue
    // `Are you calling him "president-elect"?`: a term asked about is not words anyone is quoted as saying.
    if (words <= 2 && asked(text, sentences, segment)) continue
    const quoteText = parts
      .map((part, k) => separator(parts[k - 1], part) + text.slice(part.start, part.end))
      .join('')
    const resolved = speaker ?? { speaker: UNATTRIBUTED, actor: null, person: null, head: null }
    lastQuoted = lastPart
    quotes.push({
      text: quoteText,
      start: segment.start,
      end: lastPart.end,
      speaker: resolved.speaker,
      actor: resolved.actor,
      attribution: attribution?.span ?? null,
    })
    if (speaker) {
      previous = { block: lastPart.block, speaker, segment: lastPart }
      if (attribution) remember(ctx, speaker)
    }
  }
  return quotes
}

/** What joins two parts of one quote: a paragraph break, or the comma the attribution interrupted. */
function separator(previous: QuoteSegment | undefined, part: QuoteSegment): string {
  if (!previous) return ''
  if (previous.block !== part.block) return '\n\n'
  return previous.trailingComma ? ', ' : ' '
}

/** Whether the sentence around a quote is a question. */
function asked(text: string, sentences: readonly Sentence[], segment: QuoteSegment): boolean {
  const sentence = sentences[sentenceIndexAt(sentences, segment.open)]
  return sentence !== undefined && /\?\s*$/u.test(text.slice(segment.close, sentence.end))
}

/** Quoted words that make a sentence of their own: a capital first and a full stop last ("It's close."). */
function fullSentence(text: string, start: number, end: number): boolean {
  return /^[\p{Lu}\p{N}\p{Lo}]/u.test(text.slice(start, start + 1)) && /[.!?…]$/u.test(text.slice(start, end))
}

function sentenceLike(text: string, start: number, end: number): boolean {
  return (
    /^[\p{Lu}\p{N}\p{Lo}]/u.test(text.slice(start, start + 1)) &&
    text.slice(start, end).split(/\s+/u).length >= 4
  )
}

/** Attribution after the closing mark: `," said a State Department official` or `," he added`. */
function after(ctx: SpeakerContext, segment: QuoteSegment): Attribution | null {
  const { tokens, text } = ctx.doc
  let t = tokenIndexAtOrAfter(tokens, segment.close + 1)
  if (tokens[t]?.text === ',') t++
  const first = tokens[t]
  if (!first || ctx.doc.blockOf[t] !== segment.block || ctx.quoted[t]) return null
  // `from the U.S.," said Ed Arnold`: words that close on a comma go on, whatever stands before it.
  const endsSentence = !segment.trailingComma && /[.!?…]$/u.test(text.slice(segment.start, segment.end))
  const limit = boundary(ctx, t)
  // `“… not war!” said Alzuhairi`: a verb of speech in lower case right after the closing mark goes
  // on the sentence, whatever mark the quotation ends on.
  const adjoining = text.slice(segment.close + 1, first.start).trim() === ''
  // `,” urging her supporters to …`: a participle's object is not who spoke.
  if (
    !first.capitalized &&
    !participle(first) &&
    SPEECH_VERBS.has(first.key) &&
    (!endsSentence || adjoining)
  ) {
    // `," said Col. Derek Salmi`: a titled name, its title abbreviated or not.
    const titled = personStartingAt(ctx, t + 1)
    if (titled) {
      const speaker = speakerOf(ctx, { first: titled.first, last: titled.last })
      if (speaker) return { speaker, span: spanOf(ctx, t, titled.last), last: titled.last }
    }
    const phrase = phraseForward(ctx.doc, t + 1, limit)
    // `," said his son, Harrison Li`: the name set off after the phrase is who it is.
    const named =
      phrase && tokens[phrase.last + 1]?.text === ',' ? personStartingAt(ctx, phrase.last + 2) : null
    if (named) {
      const speaker = speakerOf(ctx, { first: named.first, last: named.last })
      if (speaker) return { speaker, span: spanOf(ctx, t, named.last), last: named.last }
    }
    const speaker = phrase ? speakerOf(ctx, phrase) : null
    if (phrase && speaker) return { speaker, span: spanOf(ctx, t, phrase.last), last: phrase.last }
  }
  // `" since the order was signed, said 50-year-old Ahmad Zahir Sultani`: the clause goes on, and the
  // sentence ends on who said it.
  if (!first.capitalized && CLAUSE_OPENERS.has(first.key)) return invertedAtEnd(ctx, t, limit)
  if (first.key === 'according' && tokens[t + 1]?.key === 'to' && !endsSentence)
    return accordingTo(ctx, t, limit)
  // `," Otto Svendsen, an associate fellow at the Center for Strategic and International Studies, wrote`
  const lead = personStartingAt(ctx, t)
  // `," the official said` / `," Peskov, the Kremlin spokesman, told reporters`
  for (let v = t + 1; v < limit && v <= t + 24; v++) {
    const token = tokens[v]
    if (!token || token.text === ';' || token.text === ':') break
    if (token.kind !== 'word' || token.capitalized || !SPEECH_VERBS.has(token.key)) continue
    // `“elevated” PLA activity near Taiwan, describing it as …`: a participle after a comma goes on the
    // writer's sentence; it names no speaker after the quotation.
    if (participle(token) && tokens[v - 1]?.text === ',') break
    // `" a revised U.S. offer.`: a bare verb form with no auxiliary before it is a noun there.
    if (bareForm(token.key) && !AUXILIARY_BEFORE.has(tokens[v - 1]?.key ?? '')) continue
    // `," the State Department's Assistant Secretary for Democracy, Human Rights … Tom Malinowski told VOA`:
    // a name right before the verb is its subject, however long the title written before it.
    const named = personEndingAt(ctx, nameEndBefore(ctx, v))
    // `," national security adviser Jake Sullivan told VOA`, `," von der Leyen said`: a title or a
    // particle in lower case may open the name.
    const opens = startsPhrase(first) || lead !== null
    if (named && opens && (!endsSentence || /^[.,]$/u.test(tokens[v + 1]?.text ?? '.')))
      return { speaker: named, span: spanOf(ctx, t, v), last: v }
    // The name that opens the attribution, its appositive set off by commas, however long.
    if (lead && tokens[lead.last + 1]?.text === ',' && tokens[v - 1]?.text === ',' && v > lead.last + 2) {
      const speaker = speakerOf(ctx, { first: lead.first, last: lead.last })
      if (speaker) return { speaker, span: spanOf(ctx, t, v), last: v }
    }
    if (v > t + 12) break
    let npLast = v - 1
    while (npLast > t && /ly$/u.test(tokens[npLast]?.key ?? '')) npLast--
    const comma = tokens.slice(t, npLast + 1).findIndex((token) => token.text === ',')
    const phraseLast = comma > 0 ? t + comma - 1 : npLast
    // `," a measure the government says`: a second determiner means a clause, not the speaker's name.
    if (!startsPhrase(first) || !simplePhrase(ctx, t, phraseLast)) break
    const speaker = speakerOf(ctx, { first: t, last: phraseLast })
    // `,” Transparency International said`: a body no list holds, named by its own capitalised words.
    const body = speaker || phraseLast !== v - 1 ? null : namedIssuer(ctx, { first: t, last: phraseLast })
    // After a full stop only a name with a bare verb closes the sentence: `"…" Zelensky said.`
    if (endsSentence && (speaker?.person == null || !/^[.,]$/u.test(tokens[v + 1]?.text ?? '.'))) return null
    if (speaker) return { speaker, span: spanOf(ctx, t, v), last: v }
    if (body) return { speaker: body, span: spanOf(ctx, t, v), last: v, weak: true }
    break
  }
  // `is “the first and the most developed” project in that effort, said Witney Schneidman`
  return endsSentence ? null : invertedAtEnd(ctx, t, limit)
}

/** Attribution before the opening mark, within its clause: `Zelensky … emphasizing that "…`. */
function before(
  ctx: SpeakerContext,
  segment: QuoteSegment,
  previousSegment: QuoteSegment | undefined,
  sentences: readonly Sentence[],
): Attribution | null {
  const { tokens } = ctx.doc
  const open = tokenIndexAtOrAfter(tokens, segment.open)
  const sentence = sentences[sentenceIndexAt(sentences, segment.open)]
  let floorOffset = Math.max(sentence?.start ?? 0, ctx.doc.article.blocks[segment.block]?.start ?? 0)
  if (previousSegment?.block === segment.block) floorOffset = Math.max(floorOffset, previousSegment.close + 1)
  const floor = Math.max(tokenIndexAtOrAfter(tokens, floorOffset), open - 60)
  if (tokens[floor]?.key === 'according' && tokens[floor + 1]?.key === 'to') {
    const found = accordingTo(ctx, floor, open)
    if (found) return found
  }
  // `President Trump: "…"`: a name and a colon introduce the words.
  if (tokens[open - 1]?.text === ':') {
    // Only a name that is the whole clause before the colon: in "… with Senator Graham: “…”" the
    // name is an object, and the clause's subject speaks (colonAttribution).
    const mention = ctx.mentionAt[open - 2] ?? -1
    const whole = mention >= 0 && (ctx.personMentions[mention]?.titleFirst ?? -1) <= floor
    const named = (whole ? personEndingAt(ctx, open - 2) : null) ?? labelSpeaker(ctx, floor, open - 2)
    if (named) return { speaker: named, span: spanOf(ctx, open - 2, open - 1), last: open - 1 }
  }
  // `Donald Trump's "fire and fury"`: words quoted as a person's own.
  if (tokens[open - 1]?.kind === 'possessive' && wordCount(ctx.doc.text, segment) >= 3) {
    const named = personEndingAt(ctx, open - 2)
    if (named) return { speaker: named, span: spanOf(ctx, open - 2, open - 1), last: open - 1 }
  }
  // The nearest named person or pronoun before the nearest speech verb is the likeliest speaker; else
  // the phrase just before that verb, or before an earlier one ("Moscow warned it would answer").
  let verbs = 0
  let people = true
  for (let verb = open - 1; verb >= floor && verbs < 3; verb--) {
    const token = tokens[verb]
    if (!token || token.kind !== 'word' || token.capitalized || ctx.quoted[verb]) continue
    if (!SPEECH_VERBS.has(token.key)) {
      // "The Act requires … working groups on "…"": a document lays down the words it is quoted for.
      const document = DOCUMENT_VERBS.has(token.key) ? documentSubject(ctx, verb, floor) : null
      if (document) return { speaker: document, span: spanOf(ctx, verb - 1, verb), last: verb }
      continue
    }
    // "a note of", "the call for": after an article the word is a noun, not a verb of speech.
    if (ARTICLES.has(tokens[verb - 1]?.key ?? '')) continue
    // "in a recent call", "his phone call": a bare form after a determiner and a word that qualifies it.
    if (bareForm(token.key) && qualifiedNoun(tokens, verb)) continue
    // "reads like Democrat talking points": the verb's form names a thing there.
    if (SPEECH_COMPOUNDS.has(`${token.key} ${tokens[verb + 1]?.key ?? ''}`)) continue
    // "While Ukrainians would welcome an end …": a verb after a modal says what might be, not what was said.
    if (HYPOTHETICAL.has(tokens[verb - 1]?.key ?? '')) continue
    // "calls on Russia to halt its "filtration" operations": asking someone to act reports no words.
    if (CALL_VERBS.has(token.key) && REQUEST_PARTICLES.has(tokens[verb + 1]?.key ?? '')) continue
    verbs++
    if (people) {
      const found = personBefore(ctx, verb, floor)
      if (found) return found
      people = false
    }
    const before = phraseBackward(ctx.doc, verb - 1, floor)
    const issuer = issuerOf(ctx, before, floor) ?? (before ? null : subjectBeforeRelative(ctx, verb, floor))
    const phrase = issuer ?? before
    // "Moscow warned it would answer", "officials warn against what they call": the pronoun is the
    // subject of the earlier verb, as the text names it.
    const pronoun = phrase && ['it', 'they'].includes(ctx.doc.tokens[phrase.first]?.key ?? '')
    const earlier = pronoun ? subjectEarlier(ctx, phrase.first, floor, false) : null
    const speaker =
      earlier ?? (phrase ? (speakerOf(ctx, phrase) ?? (issuer ? namedIssuer(ctx, issuer) : null)) : null)
    if (phrase && speaker) return { speaker, span: spanOf(ctx, phrase.first, verb), last: verb }
  }
  // `X reflected on his last call with Y: “…”`: with no verb of speech, the clause before a colon.
  return tokens[open - 1]?.text === ':' ? colonAttribution(ctx, floor, open - 1) : null
}

/** "issued a statement saying": the one who issued it speaks, not the statement. */
const ISSUE_VERBS = new Set(
  'issued issues released releases published publishes posted posts sent sends circulated put'.split(' '),
)
const ISSUED_NOUNS = new Set(
  'statement statements release letter message communique communiqué notice declaration memo tweet post'.split(
    ' ',
  ),
)

/**
 * When the phrase before a speech verb is a statement someone issued ("the Fraternal Order of
 * Police issued a statement saying, “…”"), the phrase that issued it; else null.
 */
function issuerOf(ctx: SpeakerContext, phrase: TokenSpan | null, floor: number): TokenSpan | null {
  const { tokens } = ctx.doc
  if (!phrase) return null
  // "Britain's Defense Ministry, in a statement Thursday, said": the phrase before "in a statement".
  const noun = tokens.slice(phrase.first, phrase.last + 1).some((token) => ISSUED_NOUNS.has(token.key))
  if (noun && tokens[phrase.first - 1]?.key === 'in') {
    const last = tokens[phrase.first - 2]?.text === ',' ? phrase.first - 3 : phrase.first - 2
    return last >= floor ? phraseBackward(ctx.doc, last, floor) : null
  }
  if (!ISSUED_NOUNS.has(tokens[phrase.last]?.key ?? '')) return null
  let verb = phrase.first - 1
  if (tokens[verb]?.key === 'out') verb-- // "put out a statement"
  const issue = tokens[verb]
  if (!issue || issue.capitalized || !ISSUE_VERBS.has(issue.key) || verb - 1 < floor) return null
  return phraseBackward(ctx.doc, verb - 1, floor)
}

function personBefore(ctx: SpeakerContext, verb: number, floor: number): Attribution | null {
  const { tokens } = ctx.doc
  // "Lake said that Trump named her …, and said she will …": the second verb's subject is the first's.
  if (tokens[verb - 1]?.key === 'and') {
    const earlier = speechVerbBefore(ctx, verb - 2, floor, true)
    if (earlier >= 0) return personBefore(ctx, earlier, floor)
  }
  // ", saying he …", ", adding that …": a participle set off by a comma has the main clause's subject,
  // the speaker of an earlier verb of speech there, or else the first person named as a subject.
  if (participle(tokens[verb]) && tokens[verb - 1]?.text === ',') {
    const earlier = speechVerbBefore(ctx, verb - 2, floor, false)
    if (earlier >= 0) return personBefore(ctx, earlier, floor)
    const subject = firstSubject(ctx, floor, verb)
    if (subject) return { speaker: subject.speaker, span: spanOf(ctx, subject.first, verb), last: verb }
  }
  const described = personBeforeAppositive(ctx, verb, floor)
  if (described) return { speaker: described.speaker, span: spanOf(ctx, described.first, verb), last: verb }
  // "what it calls its "solid connection"": the verb's subject is a thing, not a person further back.
  if (tokens[verb - 1]?.key === 'it') return null
  for (let i = verb - 1; i >= floor; i--) {
    if (ctx.quoted[i]) continue
    // "strikes, which the ministry called …": the verb's subject is in the relative clause.
    if (tokens[i]?.key === 'which') return null
    // "we've", "I'm": the pronoun before its contraction.
    const key = tokens[i]?.key.replace(/'.*$/u, '')
    if (key === 'i' || key === 'we' || key === 'you') {
      const speaker = labelledPronoun(ctx, i)
      if (speaker) return { speaker, span: spanOf(ctx, i, verb), last: verb }
      continue
    }
    if (key === 'he' || key === 'she') {
      // `the spokesperson said during the briefing – to quote him, he said: "…"`: the subject of an
      // earlier speech verb in the same sentence is the pronoun's antecedent.
      const speaker = subjectEarlier(ctx, i, floor) ?? resolvePronoun(ctx, i)
      if (speaker) return { speaker, span: spanOf(ctx, i, verb), last: verb }
      continue
    }
    const mention = ctx.mentionAt[i] ?? -1
    const personMention = mention >= 0 ? ctx.personMentions[mention] : undefined
    if (!personMention || isPossessor(ctx, mention)) continue
    // `Matonga disputed Tsvangirai's claim, saying "…"`: a possessor is not the one who speaks, nor a
    // name that qualifies a noun (`a refrain often voiced by Biden administration officials, saying`).
    const following = tokens[personMention.last + 1]
    if (
      following?.kind === 'possessive' ||
      (following && !following.capitalized && ATTRIBUTIVE_HEADS.has(following.key))
    ) {
      i = personMention.first
      continue
    }
    const speaker = speakerOf(ctx, { first: personMention.first, last: personMention.last })
    if (!speaker) continue
    const joint = coordinated(ctx, personMention.titleFirst, personMention.last, floor, speaker)
    if (joint) return { speaker: joint.speaker, span: spanOf(ctx, joint.first, verb), last: verb }
    return { speaker, span: spanOf(ctx, personMention.titleFirst, verb), last: verb }
  }
  return null
}

/**
 * The nearest verb of speech at or before `from`, down to `floor`; with `bare`, bare forms count too.
 * A sentence's end or words in quotation marks stop the search. -1 when there is none.
 */
function speechVerbBefore(ctx: SpeakerContext, from: number, floor: number, bare: boolean): number {
  const { tokens } = ctx.doc
  for (let earlier = from; earlier > floor; earlier--) {
    const token = tokens[earlier]
    if (!token || /^[.;:!?]$/u.test(token.text) || ctx.quoted[earlier]) return -1
    if (
      token.kind === 'word' &&
      !token.capitalized &&
      SPEECH_VERBS.has(token.key) &&
      (bare || !bareForm(token.key))
    )
      return earlier
  }
  return -1
}

/** Whether a word is an -ing form ("saying", "urging"). */
function participle(token: Token | undefined): boolean {
  return token?.kind === 'word' && /ing$/u.test(token.key)
}

/** The first person named between `floor` and `limit` as a subject (not a possessor, not after a preposition). */
function firstSubject(
  ctx: SpeakerContext,
  floor: number,
  limit: number,
): { speaker: Speaker; first: number } | null {
  for (let i = floor; i < limit; i++) {
    const mention = ctx.mentionAt[i] ?? -1
    const person = mention >= 0 ? ctx.personMentions[mention] : undefined
    if (!person || person.first !== i || ctx.quoted[i]) continue
    if (notSubject(ctx, mention)) continue
    const speaker = speakerOf(ctx, { first: person.first, last: person.last })
    return speaker ? { speaker, first: person.titleFirst } : null
  }
  return null
}

/**
 * `Tennessee Valley Authority: “…”`: a paragraph that opens on a name and a colon before the words,
 * as a round-up of reactions prints them. The name is the speaker as written, a person's if it holds one.
 */
function labelSpeaker(ctx: SpeakerContext, floor: number, last: number): Speaker | null {
  const { tokens } = ctx.doc
  const block = ctx.doc.article.blocks[ctx.doc.blockOf[last] ?? -1]
  const first = tokenIndexAtOrAfter(tokens, block?.start ?? Infinity)
  if (first < floor - 1 || last < first || last - first > 12) return null
  for (let i = first; i <= last; i++) {
    const token = tokens[i]
    if (!token) return null
    const small = !token.capitalized && LABEL_LINKS.has(token.key)
    if (!token.capitalized && !small && !/^[.&'’-]$/u.test(token.text)) return null
  }
  // "Indiana Michigan Power Co.:": a name may end on an abbreviation's full stop.
  const named = tokens[last]?.text === '.' ? last - 1 : last
  if (!tokens[first]?.capitalized || !tokens[named]?.capitalized) return null
  const person = speakerOf(ctx, { first, last: named })
  if (person?.person != null) return person
  const speaker = ctx.doc.text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0)
  return { speaker, actor: person?.actor ?? ctx.actorAt.get(first)?.actor ?? null, person: null, head: null }
}

/** Small words inside a label's name: "House Energy and Commerce Committee", "Bank of Canada". */
const LABEL_LINKS = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de'])

/**
 * `President Trump reflected on his final conversation with Senator Graham: “…”`: the words after a
 * colon are those of the clause's subject, the first person it names (not after a preposition, not a
 * possessor).
 */
function colonAttribution(ctx: SpeakerContext, floor: number, colon: number): Attribution | null {
  const { tokens } = ctx.doc
  let from = floor
  // "When asked if Biden will …, Brown repeated …:": a clause that opens the sentence is not its subject.
  if (CLAUSE_OPENERS.has(tokens[floor]?.key ?? '')) {
    while (from < colon && tokens[from]?.text !== ',') from++
  }
  const subject = firstSubject(ctx, from, colon)
  return subject ? { speaker: subject.speaker, span: spanOf(ctx, subject.first, colon), last: colon } : null
}

/** Past forms of speech verbs that do not end in -ed. */
const IRREGULAR_PAST = new Set(['said', 'told', 'wrote', 'spoke', 'put'])
/** Words before a bare verb that make it a verb ("would say", "did not", "to add"). */
const AUXILIARY_BEFORE = new Set(
  'will would can could may might must shall should did do does to not never also just'.split(' '),
)

/** Words that open a noun phrase and are never a verb's subject on their own. */
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * Whether the word at `at` ends a noun phrase: a determiner right before it, or one word before that
 * which is neither a plural subject nor an adverb ("a recent call", but "the officials call it",
 * "the spokesman repeatedly said").
 */
function qualifiedNoun(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1]
  if (DETERMINERS.has(previous?.key ?? '')) return true
  if (!previous || previous.kind !== 'word' || previous.capitalized || /(?:s|ly)$/u.test(previous.key))
    return false
  return DETERMINERS.has(tokens[at - 2]?.key ?? '')
}

function bareForm(key: string): boolean {
  return !/(?:ed|s|ing)$/u.test(key) && !IRREGULAR_PAST.has(key)
}

/** Modals before a verb of speech that make it a supposition ("would welcome", "might say"). */
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may'])

/** Nouns a name qualifies when written before them: "the Biden administration", "Trump allies". */
const ATTRIBUTIVE_HEADS = new Set(
  'administration government campaign team officials aides allies supporters era presidency'.split(' '),
)

/** Words that open an appositive: "Barr, now a Trump critic, said". */
const APPOSITIVE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'which',
  'now',
  'then',
  'also',
  'formerly',
  'once',
])

/**
 * "Harold Furchtgott-Roth, a Republican who served as a commissioner under Clinton, told VOA": the
 * person before an appositive that ends at the verb is its subject, whoever the appositive names.
 */
function personBeforeAppositive(
  ctx: SpeakerContext,
  verb: number,
  floor: number,
): { speaker: Speaker; first: number } | null {
  const { tokens } = ctx.doc
  const k = setOffBefore(ctx, verb, floor)
  if (k === null) return null
  // "Ebenezer Obadare, senior fellow for Africa studies at …, said": a role with no article opens it too.
  if (!APPOSITIVE_OPENERS.has(tokens[k + 1]?.key ?? '') && !bareRoleAt(ctx.doc, k + 1)) return null
  const mention = ctx.mentionAt[k - 1] ?? -1
  const person = mention >= 0 ? ctx.personMentions[mention] : undefined
  if (!person || person.last !== k - 1) return null
  const speaker = speakerOf(ctx, { first: person.first, last: person.last })
  return speaker ? { speaker, first: person.titleFirst } : null
}

/**
 * The comma that opens a stretch set off by commas and ending at the verb ("X, a …, said"), within
 * the sentence and 30 tokens; else null.
 */
function setOffBefore(ctx: SpeakerContext, verb: number, floor: number): number | null {
  const { tokens } = ctx.doc
  if (tokens[verb - 1]?.text !== ',') return null
  for (let k = verb - 2; k > floor && k > verb - 30; k--) {
    const token = tokens[k]
    if (!token || ctx.quoted[k] || /^[.;:!?]$/u.test(token.text)) return null
    if (token.text === ',') return k
  }
  return null
}

/**
 * "opposition party Harbor Action, which vowed to sue, said": the phrase before a relative clause
 * set off by commas that ends at the verb.
 */
function subjectBeforeRelative(ctx: SpeakerContext, verb: number, floor: number): TokenSpan | null {
  const k = setOffBefore(ctx, verb, floor)
  if (k === null || !RELATIVES.has(ctx.doc.tokens[k + 1]?.key ?? '')) return null
  return phraseBackward(ctx.doc, k - 1, floor)
}

/** Words that open a relative clause about the phrase before them. */
const RELATIVES = new Set(['which', 'who', 'whose'])

/** The speaker named by `according to X`; a source the text names but cannot resolve keeps its words. */
function accordingTo(ctx: SpeakerContext, according: number, limit: number): Attribution | null {
  const phrase = phraseForward(ctx.doc, according + 2, limit)
  if (!phrase) return null
  const speaker = speakerOf(ctx, phrase) ?? {
    speaker: ctx.doc.text.slice(
      ctx.doc.tokens[phrase.first]?.start ?? 0,
      ctx.doc.tokens[phrase.last]?.end ?? 0,
    ),
    actor: null,
    person: null,
    head: null,
  }
  return { speaker, span: spanOf(ctx, according, phrase.last), last: phrase.last }
}

function wordCount(text: string, segment: QuoteSegment): number {
  return text.slice(segment.start, segment.end).split(/\s+/u).length
}

/** The person mention whose title or name starts at token `first`, after any particles ("von der"). */
function personStartingAt(ctx: SpeakerContext, first: number): PersonMention | null {
  let start = first
  while (PARTICLES.has(ctx.doc.tokens[start]?.key ?? '') && !ctx.doc.tokens[start]?.capitalized) start++
  for (let i = start; i < start + 8; i++) {
    const mention = ctx.mentionAt[i] ?? -1
    if (mention < 0) continue
    const person = ctx.personMentions[mention]
    return person && (person.first === start || person.titleFirst === start) ? person : null
  }
  return null
}

/** The last token of a name written right before `verb`: "Chuck Hoskin Jr. posted" ends on "Jr". */
function nameEndBefore(ctx: SpeakerContext, verb: number): number {
  const { tokens } = ctx.doc
  return tokens[verb - 1]?.text === '.' && NAME_SUFFIXES.has(tokens[verb - 2]?.key ?? '')
    ? verb - 2
    : verb - 1
}

const NAME_SUFFIXES = new Set(['jr', 'sr'])

/**
 * The attribution that ends the sentence token `from` is in, before `limit`, set off by a comma:
 * `…, said X.`, `…, she said.`, `…, Matza said.` The sentence must end there: in "…, said his
 * organization played a role" the words go on.
 */
function invertedAtEnd(ctx: SpeakerContext, from: number, limit: number): Attribution | null {
  const { tokens } = ctx.doc
  const closes = (last: number) => /^[.,;!?]?$/u.test(tokens[last + 1]?.text ?? '')
  for (let v = from + 1; v < limit; v++) {
    const token = tokens[v]
    if (tokens[v - 1]?.text !== ',' || !token) continue
    // `a “particularly sinister” development, according to Dunn.`: the sentence is credited to Dunn.
    if (token.key === 'according' && tokens[v + 1]?.key === 'to') {
      const found = accordingTo(ctx, v, limit)
      return found && closes(found.last) ? { ...found, credits: true } : null
    }
    if (!token.capitalized && INVERTED_VERBS.has(token.key)) {
      const phrase = phraseForward(ctx.doc, v + 1, limit)
      const speaker = phrase && closes(phrase.last) ? speakerOf(ctx, phrase) : null
      return phrase && speaker ? { speaker, span: spanOf(ctx, v - 1, phrase.last), last: phrase.last } : null
    }
    // `…, she said.` / `…, Matza said.` / `…, he told Harbor TV, a news channel …`
    const verb = tokens[v + 1]
    if (!verb || verb.capitalized || !SPEECH_VERBS.has(verb.key)) continue
    const told = TELL_VERBS.has(verb.key) ? phraseForward(ctx.doc, v + 2, limit) : null
    if (!closes(v + 1) && !(told && closes(told.last))) continue
    const speaker =
      token.key === 'he' || token.key === 'she' ? resolvePronoun(ctx, v) : personEndingAt(ctx, v)
    if (speaker) return { speaker, span: spanOf(ctx, v - 1, v + 1), last: v + 1 }
  }
  return null
}

/** Verbs of speech followed by whom the words were said to ("told reporters"). */
const TELL_VERBS = new Set(['told', 'tells', 'tell'])

/** The person whose name ends at token `last`, if one does. */
function personEndingAt(ctx: SpeakerContext, last: number): Speaker | null {
  const mention = ctx.mentionAt[last] ?? -1
  const personMention = mention >= 0 ? ctx.personMentions[mention] : undefined
  if (!personMention || personMention.last !== last || ctx.quoted[last]) return null
  return speakerOf(ctx, { first: personMention.first, last })
}

/**
 * The non-person source that an earlier speech verb of the same clause has as subject, if any; for
 * "he" and "she" only a source with a head noun ("the spokesperson"), for "it" an actor too.
 */
function subjectEarlier(
  ctx: SpeakerContext,
  pronoun: number,
  floor: number,
  personal = true,
): Speaker | null {
  const { tokens } = ctx.doc
  for (let verb = pronoun - 1; verb > floor; verb--) {
    const token = tokens[verb]
    if (!token || ctx.quoted[verb]) continue
    if (token.kind !== 'word' || token.capitalized || !SPEECH_VERBS.has(token.key)) continue
    const phrase = phraseBackward(ctx.doc, verb - 1, floor)
    const speaker = phrase ? speakerOf(ctx, phrase) : null
    const fits = speaker?.person === null && (speaker.head !== null || (!personal && speaker.actor !== null))
    return fits ? speaker : null
  }
  return null
}

/** "calls on Russia to …": a speech verb that asks someone to act, with no words to quote. */
const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling'])
const REQUEST_PARTICLES = new Set(['on', 'upon'])
/** Words that may follow a short quote that is a phrase of its own ("… "adversary alignment" among"). */
const AFTER_PHRASE = new Set(
  `among of in on for to with by from at as about against between into over under within without than who whom
  whose which that yesterday today tomorrow tonight now then again too also earlier later here there
  instead anyway is are was were be been has have had will would can could may might must should`.split(
    /\s+/u,
  ),
)

/**
 * `its systematic "filtration" operations`: one or two quoted words that go on into a lower-case noun
 * are a word in the writer's own phrase, not words quoted from anyone.
 */
function modifier(ctx: SpeakerContext, segment: QuoteSegment, words: number): boolean {
  if (words > 2 || !segment.closed || segment.trailingComma) return false
  const { tokens, text } = ctx.doc
  if (/[.,;:!?…]$/u.test(text.slice(segment.start, segment.end))) return false
  const next = tokens[tokenIndexAtOrAfter(tokens, segment.close + 1)]
  if (!next || next.kind !== 'word' || next.capitalized || next.start !== segment.close + 2) return false
  // `wants to "come after" journalists`: after "to" the words are a verb, someone's own.
  if (tokens[tokenIndexAtOrAfter(tokens, segment.open) - 1]?.key === 'to') return false
  const key = next.key
  const clause = AFTER_PHRASE.has(key) || CLAUSE_OPENERS.has(key) || PHRASE_BREAKERS.has(key)
  return !clause && !SPEECH_VERBS.has(key) && !/ly$/u.test(key)
}

/** Words before a quotation that make it a name: "titled “…”", "entitled “…”". */
const TITLE_CUES = new Set(['titled', 'entitled'])
/** Short words a title keeps in lower case ("Ensuring Accountability for All Agencies"). */
const TITLE_SMALL_WORDS = new Set('a an the and or but of for to in on at by with from as vs nor'.split(' '))

/**
 * A title in quotation marks, not words anyone says: after "titled" or "entitled" (a report, an
 * order, a plan), or written in title case right after a possessive ("CNN's “State of the Union”").
 */
function titleOf(ctx: SpeakerContext, segment: QuoteSegment, quoted: string): boolean {
  const { tokens } = ctx.doc
  let before = tokenIndexAtOrAfter(tokens, segment.open) - 1
  if (tokens[before]?.text === ',') before--
  if (TITLE_CUES.has(tokens[before]?.key ?? '')) return true
  return tokens[before]?.kind === 'possessive' && titleCased(quoted, 1)
}

/** Up to eight words, each capitalised but the short ones a title keeps in lower case, at least `least`. */
function titleCased(quoted: string, least: number): boolean {
  const words = quoted
    .replace(/[,.:;!?]+$/u, '')
    .split(/\s+/u)
    .filter(Boolean)
  return (
    words.length >= least &&
    words.length <= 8 &&
    words.every((word, index) => /^[\p{Lu}\p{N}]/u.test(word) || (index > 0 && TITLE_SMALL_WORDS.has(word)))
  )
}

const ARTICLES = new Set(['a', 'an', 'the'])
const PHRASE_OPENERS = new Set(
  'a an the one another his her their its he she they two three several some'.split(' '),
)

/** A subject can open with a name, a determiner or pronoun, or a source noun ("officials said"). */
function startsPhrase(token: Token): boolean {
  return token.capitalized || PHRASE_OPENERS.has(token.key) || SOURCE_HEADS.has(token.key)
}
const LINKS = new Set(['of', 'at', 'for', 'from', 'with', 'in'])

function simplePhrase(ctx: SpeakerContext, first: number, last: number): boolean {
  const { tokens } = ctx.doc
  for (let i = first + 1; i <= last; i++) {
    if (ARTICLES.has(tokens[i]?.key ?? '') && !LINKS.has(tokens[i - 1]?.key ?? '')) return false
  }
  return true
}

/**
 * `"A," he said, "b."` and `"A," he wrote on Telegram, "b."`: the attribution (and a few words of
 * circumstance after it) ends in a comma and the next part opens right there.
 */
function joins(ctx: SpeakerContext, attributionLast: number, next: QuoteSegment): boolean {
  const { tokens } = ctx.doc
  for (let i = attributionLast + 1; i <= attributionLast + 7; i++) {
    const token = tokens[i]
    if (!token || ctx.quoted[i]) return false
    if (token.text === ',') return tokens[i + 1]?.start === next.open
    if (token.kind === 'punct') return false
  }
  return false
}

/** The token where the attribution's clause ends: the next sentence stop, colon or quotation mark. */
function boundary(ctx: SpeakerContext, from: number): number {
  const { tokens } = ctx.doc
  for (let i = from; i < tokens.length && i < from + 40; i++) {
    const token = tokens[i]
    if (!token || ctx.doc.blockOf[i] !== ctx.doc.blockOf[from] || ctx.quoted[i]) return i
    if (token.text === '.' && periodEndsSentence(ctx.doc.text, token.start)) return i
    if (token.text === ';' || token.text === '!' || token.text === '?') return i
  }
  return Math.min(tokens.length, from + 40)
}
