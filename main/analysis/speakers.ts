import type { Person, Sentence, Span } from './types'
import type { Doc, TokenSpan } from './doc'
import type { ActorMention } from './actors'
import type { PersonMention } from './people'
import { FUNCTION_WORDS, INVERTED_VERBS, PRONOUNS, SOURCE_HEADS, SPEECH_VERBS } from './lexicon'
import { phraseBackward, phraseForward } from './phrases'
import { sentenceIndexAt } from './sentences'
import { tokenIndexAtOrAfter } from './tokens'
import type { Token } from './tokens'

/** Who said a quote: a person's canonical name or the article's phrase, and whom they stand for. */
export type Speaker = { speaker: string; actor: string | null; person: number | null; head: string | null }

/** Everything the speaker pass looks up, indexed by token so each look-up is constant time. */
export type SpeakerContext = {
  doc: Doc
  people: readonly Person[]
  personMentions: readonly PersonMention[]
  /** Person mention index at each token of a name, or -1. */
  mentionAt: Int32Array
  /** Actor mention by its first token. */
  actorAt: Map<number, ActorMention>
  /** 1 on tokens inside quotation marks. */
  quoted: Uint8Array
  /** Token indexes of "X administration" with X's actor, in order. */
  administrations: { at: number; actor: string }[]
  sentences: readonly Sentence[]
  /** People by the last word of their role, for "the president said". */
  peopleByRole: Map<string, number[]>
  /** The latest attributed speaker with each head noun, for "the official said". */
  speakersByHead: Map<string, Speaker>
  /** The latest attributed speaker, for "they said". */
  lastSpeaker: Speaker | null
  /** Labelled speech of a transcript, in order, with who speaks and whether the speaker is asking. */
  labelled: readonly LabelledSpan[]
}

export type LabelledSpan = {
  start: number
  end: number
  speaker: string
  actor: string | null
  asking: boolean
}

/**
 * In labelled speech, "I" and "we" are the labelled speaker; "you" in a question is whoever answered
 * last. Null outside labelled speech, or when the one meant is only a call's moderator or questioner.
 */
export function labelledPronoun(ctx: SpeakerContext, at: number, meaning?: string): Speaker | null {
  const token = ctx.doc.tokens[at]
  if (!token) return null
  // "we've", "I'm": the pronoun before its contraction.
  const key = meaning ?? token.key.replace(/'.*$/u, '')
  const list = ctx.labelled
  let index = -1
  for (let low = 0, high = list.length - 1; low <= high;) {
    const middle = (low + high) >>> 1
    if ((list[middle]?.start ?? Infinity) <= token.start) {
      index = middle
      low = middle + 1
    } else high = middle - 1
  }
  const here = list[index]
  if (!here || token.start >= here.end) return null
  let meant: LabelledSpan | undefined
  if (key === 'i' || key === 'we') meant = here
  else if (key === 'you' && here.asking) {
    for (let k = index - 1; k >= 0 && !meant; k--) if (list[k]?.asking === false) meant = list[k]
  }
  if (!meant || meant.asking) return null
  const person = ctx.people.findIndex((candidate) => candidate.name === meant.speaker)
  return { speaker: meant.speaker, actor: meant.actor, person: person >= 0 ? person : null, head: null }
}

/** Turns a phrase into a speaker: a named person, a pronoun resolved backwards, an institution or a source. */
export function speakerOf(ctx: SpeakerContext, span: TokenSpan): Speaker | null {
  const { tokens } = ctx.doc
  for (let i = span.last; i >= span.first; i--) {
    const mention = ctx.mentionAt[i] ?? -1
    const person = mention >= 0 ? ctx.personMentions[mention]?.person : undefined
    if (person !== undefined) return personSpeaker(ctx, person)
  }
  const first = tokens[span.first]
  if (span.first === span.last && first && PRONOUNS.has(first.key)) return resolvePronoun(ctx, span.first)
  if (span.first === span.last && first?.key === 'it') return resolveIt(ctx, span.first)
  const phrase = ctx.doc.text.slice(first?.start ?? 0, tokens[span.last]?.end ?? 0)
  let actor: string | null = null
  let administration = false
  let head: string | null = null
  for (let i = span.first; i <= span.last; i++) {
    const mention = ctx.actorAt.get(i)
    if (mention && actor === null) actor = mention.actor
    const key = tokens[i]?.key ?? ''
    if (key === 'administration') administration = true
    // A source noun in lower case, or capitalised only because it opens the sentence ("Officials said").
    if (SOURCE_HEADS.has(key) && (!tokens[i]?.capitalized || i === span.first)) head = key
  }
  const plain = span.last - span.first < 4 && !hasOwnName(ctx, span)
  if (first?.key === 'the' && head !== null && plain) {
    const earlier =
      statementIssuer(ctx, head, span.first) ??
      namedSubject(ctx, head, span.first) ??
      backReference(ctx, head, actor) ??
      introduced(ctx, head, span.first) ??
      titledPerson(ctx, head, span.first) ??
      namedBody(ctx, head, span.first)
    if (earlier) return earlier
  }
  if (actor === null && administration) actor = administrationBefore(ctx, span.first)
  // "what CPJ described as": an acronym alone names a body, whether or not the text spells it out.
  if (actor === null && head === null && span.first === span.last && acronym(first)) {
    return { speaker: phrase, actor: null, person: null, head: null }
  }
  if (actor === null && head === null) return null
  return { speaker: phrase, actor, person: null, head }
}

/** An all-capitals word of two letters or more ("CPJ", "ODNI"). */
function acronym(token: Token | undefined): boolean {
  return token?.kind === 'word' && token.upper && /^\p{Lu}{2,}$/u.test(token.text)
}

/** Whether a phrase names something beyond a demonym or country ("the director of Human Rights Watch"). */
function hasOwnName(ctx: SpeakerContext, span: TokenSpan): boolean {
  for (let i = span.first; i <= span.last; i++) {
    const token = ctx.doc.tokens[i]
    if (token?.capitalized && i !== span.first && !ctx.actorAt.has(i)) return true
  }
  return false
}

function personSpeaker(ctx: SpeakerContext, person: number): Speaker {
  const record = ctx.people[person]
  const role = record?.role?.split(/\s+/u).at(-1)?.toLowerCase() ?? null
  return { speaker: record?.name ?? '', actor: record?.actor ?? null, person, head: role }
}

/**
 * "he said": in the pronoun's own sentence, its subject (the first person named there, outside
 * quotation marks: "Xi welcomed Vučić, praising what he called…"). Otherwise, in the nearest earlier
 * sentence that names someone: the one a speech verb is next to ("But Trump, Netanyahu said, is …");
 * else its subject, the first named neither after a preposition nor as a possessor: "Witkoff
 * suggested that … Trump was inaugurated. “…,” he said" is Witkoff's; else the last named. A
 * sentence whose subject is itself "he" or "she" ("He said he and others … have President Trump …")
 * points further back.
 */
export function resolvePronoun(ctx: SpeakerContext, at: number): Speaker | null {
  const token = ctx.doc.tokens[at]
  if (!token) return null
  if (token.key === 'they') return ctx.lastSpeaker
  const here = sentenceIndexAt(ctx.sentences, token.start)
  for (let s = here; s >= 0 && s > here - 8; s--) {
    const sentence = ctx.sentences[s]
    if (!sentence) break
    const limit = s === here ? token.start : sentence.end
    if (s < here && opensOnPronoun(ctx, sentence.start, limit)) continue
    let speaking = -1
    let subject = -1
    let last = -1
    for (let m = firstMentionFrom(ctx, sentence.start); m < ctx.personMentions.length; m++) {
      const mention = ctx.personMentions[m]
      const start = mention ? (ctx.doc.tokens[mention.first]?.start ?? Infinity) : Infinity
      if (!mention || start >= limit) break
      if (!eligible(ctx, m)) continue
      if (s === here) return personSpeaker(ctx, mention.person)
      last = mention.person
      if (speaksThere(ctx, mention)) {
        speaking = mention.person
        break
      }
      if (subject < 0 && !notSubject(ctx, m)) subject = mention.person
    }
    const found = [speaking, subject, last].find((person) => person >= 0)
    if (found !== undefined) return personSpeaker(ctx, found)
  }
  return null
}

/**
 * Whether a person speaks where named: a speech verb right after the name ("Netanyahu said"), or
 * before it after a comma or a closing quotation mark (", said Ahmed Fouad Alkhatib"). A verb before
 * the name otherwise has it for its object ("praised Biden's work").
 */
function speaksThere(ctx: SpeakerContext, mention: PersonMention): boolean {
  const { tokens } = ctx.doc
  const after = tokens[mention.last + 1]
  if (after && !after.capitalized && SPEECH_VERBS.has(after.key)) return true
  const before = tokens[mention.titleFirst - 1]
  return (
    before !== undefined &&
    INVERTED_VERBS.has(before.key) &&
    /^[,”"’]$/u.test(tokens[mention.titleFirst - 2]?.text ?? '') &&
    after?.kind !== 'possessive'
  )
}

/** A person mention a pronoun may stand for: outside quotation marks and headings, not a possessor. */
function eligible(ctx: SpeakerContext, m: number): boolean {
  const mention = ctx.personMentions[m]
  return (
    mention !== undefined &&
    !ctx.quoted[mention.first] &&
    !ctx.doc.inHeading[mention.first] &&
    !isPossessor(ctx, m)
  )
}

/**
 * Words after which a name is not a sentence's subject: prepositions ("with Trump", "according to
 * Lavrov") and the conjunctions that open a clause inside it ("They decided that Maddie should go").
 */
const NOT_SUBJECT_AFTER = new Set(
  `with to by from for of at about under after before against like including between among toward towards
  into on in over than that whether if`.split(/\s+/u),
)

/**
 * Whether person mention `m` cannot be its clause's subject: a name after a preposition ("with
 * Senator Graham"), or a possessor ("Biden's work", "Putin's spokesman Dmitry Peskov").
 */
export function notSubject(ctx: SpeakerContext, m: number): boolean {
  const mention = ctx.personMentions[m]
  if (!mention) return true
  const before = ctx.doc.tokens[mention.titleFirst - 1]
  return (
    (before?.kind === 'word' && NOT_SUBJECT_AFTER.has(before.key)) ||
    ctx.doc.tokens[mention.last + 1]?.kind === 'possessive' ||
    isPossessor(ctx, m)
  )
}

/**
 * Whether "he" or "she", outside quotation marks, comes before any person the sentence names: "He said
 * he and others at AfghanEvec are trying to have President Trump …" has a pronoun for its subject, and
 * points to whoever that pronoun is.
 */
function opensOnPronoun(ctx: SpeakerContext, start: number, limit: number): boolean {
  const { tokens } = ctx.doc
  for (let i = tokenIndexAtOrAfter(tokens, start); i < tokens.length; i++) {
    const token = tokens[i]
    if (!token || token.start >= limit) return false
    const mention = ctx.mentionAt[i] ?? -1
    if (mention >= 0 && eligible(ctx, mention)) return false
    if (!ctx.quoted[i] && (token.key === 'he' || token.key === 'she')) return true
  }
  return false
}

/**
 * "The U.S. has imposed sanctions … for what it calls …": "it" is the first actor named in its own
 * sentence before it, else in the sentence before; never a person.
 */
function resolveIt(ctx: SpeakerContext, at: number): Speaker | null {
  const { tokens } = ctx.doc
  const here = sentenceIndexAt(ctx.sentences, tokens[at]?.start ?? 0)
  for (let s = here; s >= 0 && s >= here - 1; s--) {
    const sentence = ctx.sentences[s]
    if (!sentence) break
    for (let i = tokenIndexAtOrAfter(tokens, sentence.start); i < at; i++) {
      if ((tokens[i]?.start ?? Infinity) >= sentence.end) break
      const mention = ctx.actorAt.get(i)
      if (mention && !ctx.quoted[i] && ctx.mentionAt[i] === -1) {
        return { speaker: mention.actor, actor: mention.actor, person: null, head: null }
      }
    }
  }
  return null
}

/** "Putin" in "Putin's spokesman Dmitry Peskov" is part of Peskov's title, not a separate person. */
export function isPossessor(ctx: SpeakerContext, mention: number): boolean {
  const current = ctx.personMentions[mention]
  const following = ctx.personMentions[mention + 1]
  return (
    current !== undefined &&
    following !== undefined &&
    following.titleFirst <= current.first &&
    following.first > current.last
  )
}

/** Index of the first person mention starting at or after `offset`. */
function firstMentionFrom(ctx: SpeakerContext, offset: number): number {
  let low = 0
  let high = ctx.personMentions.length
  while (low < high) {
    const middle = (low + high) >>> 1
    const mention = ctx.personMentions[middle]
    if ((ctx.doc.tokens[mention?.first ?? 0]?.start ?? 0) < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** "the Ukrainian president said": the latest speaker or the one person with that role (and actor, if named). */
function backReference(ctx: SpeakerContext, head: string, actor: string | null): Speaker | null {
  const earlier = ctx.speakersByHead.get(head)
  if (earlier && (actor === null || earlier.actor === actor)) return earlier
  const candidates = (ctx.peopleByRole.get(head) ?? []).filter(
    (index) => actor === null || ctx.people[index]?.actor === actor,
  )
  return candidates.length === 1 && candidates[0] !== undefined ? personSpeaker(ctx, candidates[0]) : null
}

/** How far into its sentence a subject's head noun may stand ("The center-right Liberal Union party"). */
const SUBJECT_HEAD_REACH = 7

/**
 * "The center-right Liberal Union party opposed the law … “…,” the party said": the body one of the
 * two sentences before opens on, named with the head noun, by its name as written.
 */
function namedSubject(ctx: SpeakerContext, head: string, before: number): Speaker | null {
  const { tokens } = ctx.doc
  const at = sentenceIndexAt(ctx.sentences, tokens[before]?.start ?? 0)
  for (let s = at - 1; s >= 0 && s >= at - 2; s--) {
    const first = tokenIndexAtOrAfter(tokens, ctx.sentences[s]?.start ?? 0)
    for (let i = first + 1; i <= first + SUBJECT_HEAD_REACH; i++) {
      const token = tokens[i]
      if (!token || ctx.quoted[i]) break
      if (token.kind !== 'word' && token.text !== '-') break
      if (token.key !== head) continue
      if (titledAt(ctx, i) !== null) break
      let name = i
      while (name > first && tokens[name - 1]?.capitalized && tokens[name - 1]?.kind === 'word') name--
      if (name === i || (ctx.mentionAt[name] ?? -1) >= 0 || tokens[name]?.key === 'the') break
      // The sentence opens on it: "The center-right …", not "According to a senior …".
      if (tokens.slice(first, name).some((word) => word.key !== 'the' && FUNCTION_WORDS.has(word.key))) break
      const speaker = ctx.doc.text.slice(tokens[name]?.start ?? 0, token.end)
      return { speaker, actor: ctx.actorAt.get(name)?.actor ?? null, person: null, head }
    }
  }
  return null
}

/** "According to a senior EU diplomat, … 'It hurts,' the diplomat said": the source as introduced earlier. */
function introduced(ctx: SpeakerContext, head: string, before: number): Speaker | null {
  const { tokens } = ctx.doc
  for (let i = before - 1; i >= 0 && i > before - 200; i--) {
    const token = tokens[i]
    if (token?.key !== head || token.capitalized || ctx.quoted[i]) continue
    const phrase = phraseBackward(ctx.doc, i, Math.max(0, i - 6))
    const opener = phrase ? tokens[phrase.first]?.key : undefined
    if (!phrase || opener === 'the') continue
    const speaker = speakerOf(ctx, { first: phrase.first, last: i })
    // "a senior EU diplomat", "China’s foreign ministry": an introduction, indefinite or with its actor.
    if (speaker?.person === null && (opener === 'a' || opener === 'an' || speaker.actor !== null))
      return speaker
  }
  return null
}

/** An issuer no list holds, named by its own capitalised words ("Fraternal Order of Police"). */
export function namedIssuer(ctx: SpeakerContext, issuer: TokenSpan): Speaker | null {
  const { tokens, text } = ctx.doc
  let first = issuer.first
  if (tokens[first]?.key === 'the') first++
  if (!tokens[first]?.capitalized || !tokens[issuer.last]?.capitalized) return null
  const speaker = text.slice(tokens[first]?.start ?? 0, tokens[issuer.last]?.end ?? 0)
  return { speaker, actor: null, person: null, head: null }
}

/** Nouns for what a body or person issues and the text later lets speak ("the statement said"). */
const STATEMENT_NOUNS = new Set(['statement', 'letter', 'release', 'memo'])

/**
 * "In a statement issued Wednesday, U.S. Air Forces in Europe said … “…,” the statement said": the
 * statement speaks for whoever issued it, as the sentence that introduced it says: after its comma
 * ("In a statement …, X said") or before "said in a statement" ("X said in a statement").
 */
function statementIssuer(ctx: SpeakerContext, head: string, before: number): Speaker | null {
  if (!STATEMENT_NOUNS.has(head)) return null
  const { tokens } = ctx.doc
  for (let i = before - 1; i >= 2 && i > before - 300; i--) {
    const token = tokens[i]
    if (token?.key !== head || token.capitalized || ctx.quoted[i]) continue
    const article = tokens[i - 1]?.key
    // "the statement said" again: the one that introduced it is further back.
    if (article === 'the' || article === 'same') continue
    if ((article !== 'a' && article !== 'an') || tokens[i - 2]?.key !== 'in') return null
    const verb = tokens[i - 3]
    const opens = tokens[i - 2]?.capitalized === true
    if (!opens && verb && !verb.capitalized && SPEECH_VERBS.has(verb.key)) {
      const phrase = phraseBackward(ctx.doc, i - 4, Math.max(0, i - 16))
      return phrase ? (speakerOf(ctx, phrase) ?? namedIssuer(ctx, phrase)) : null
    }
    for (let comma = i + 1; comma < i + 14; comma++) {
      const text = tokens[comma]?.text
      if (text === '.' || text === ';' || ctx.quoted[comma]) return null
      if (text !== ',') continue
      const phrase = phraseForward(ctx.doc, comma + 1, comma + 16)
      return phrase ? (speakerOf(ctx, phrase) ?? namedIssuer(ctx, phrase)) : null
    }
    return null
  }
  return null
}

/** The person a title opens ("U.S. President Joe Biden"), when token `at` is in that title. */
function titledAt(ctx: SpeakerContext, at: number): number | null {
  let next = at + 1
  while (ctx.doc.tokens[next]?.capitalized && (ctx.mentionAt[next] ?? -1) < 0 && next < at + 4) next++
  const mention = ctx.personMentions[ctx.mentionAt[next] ?? -1]
  return mention !== undefined && mention.titleFirst <= at ? mention.person : null
}

/** "U.S. President Joe Biden was in Berlin … The president said": the person last named with the title. */
function titledPerson(ctx: SpeakerContext, head: string, before: number): Speaker | null {
  for (const i of capitalisedHeadsBefore(ctx, head, before)) {
    const person = titledAt(ctx, i)
    if (person !== null) return personSpeaker(ctx, person)
  }
  return null
}

/** Where the head noun stands capitalised in the running text before `before`, nearest first. */
function capitalisedHeadsBefore(ctx: SpeakerContext, head: string, before: number): number[] {
  const { tokens } = ctx.doc
  const found: number[] = []
  for (let i = before - 1; i >= 0 && i > before - 300; i--) {
    const token = tokens[i]
    if (token?.key === head && token.capitalized && !ctx.quoted[i] && !ctx.doc.inHeading[i]) found.push(i)
  }
  return found
}

/**
 * "The Chinese Embassy in Washington … the embassy said": a body named earlier with the head noun in
 * its name, by the name as written (its capitalised words and the small words between them).
 */
function namedBody(ctx: SpeakerContext, head: string, before: number): Speaker | null {
  const { tokens } = ctx.doc
  const i = capitalisedHeadsBefore(ctx, head, before)[0]
  if (i === undefined || ctx.mentionAt[i] !== -1 || titledAt(ctx, i) !== null) return null
  let first = i
  while (first > 0 && tokens[first - 1]?.capitalized && tokens[first - 1]?.kind === 'word') first--
  let last = i
  while (
    BODY_NAME_LINKS.has(tokens[last + 1]?.key ?? '') &&
    !tokens[last + 1]?.capitalized &&
    tokens[last + 2]?.capitalized
  ) {
    last += 2
    while (tokens[last + 1]?.capitalized && tokens[last + 1]?.kind === 'word') last++
  }
  if (tokens[first]?.key === 'the') first++
  const name = ctx.doc.text.slice(tokens[first]?.start ?? 0, tokens[last]?.end ?? 0)
  const actor = ctx.actorAt.get(first)?.actor ?? ctx.actorAt.get(i)?.actor ?? null
  return { speaker: name, actor, person: null, head }
}

/** Small words inside a body's name: "Embassy in Washington", "Ministry of Foreign Affairs". */
const BODY_NAME_LINKS = new Set(['of', 'in', 'for', 'on'])

/** Records a speaker found by attribution, for later pronouns and back-references. */
export function remember(ctx: SpeakerContext, speaker: Speaker): void {
  ctx.lastSpeaker = speaker
  if (speaker.head !== null) ctx.speakersByHead.set(speaker.head, speaker)
}

/** People by the last word of their role ("president" → Zelensky, Macron…), for back-references. */
export function peopleByRole(people: readonly Person[]): Map<string, number[]> {
  const byRole = new Map<string, number[]>()
  people.forEach((person, index) => {
    const head = person.role?.toLowerCase().split(/\s+/u).at(-1)
    if (!head) return
    const list = byRole.get(head)
    if (list) list.push(index)
    else byRole.set(head, [index])
  })
  return byRole
}

/** The actor of the latest "X administration" before token `at` (or the first one, if none is before). */
function administrationBefore(ctx: SpeakerContext, at: number): string | null {
  const list = ctx.administrations
  let low = 0
  let high = list.length - 1
  let found = 0
  while (low <= high) {
    const middle = (low + high) >>> 1
    if ((list[middle]?.at ?? Infinity) <= at) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return list[found]?.actor ?? null
}

/** Offsets of the tokens `first`…`last` in the article text. */
export function spanOf(ctx: SpeakerContext, first: number, last: number): Span {
  return { start: ctx.doc.tokens[first]?.start ?? 0, end: ctx.doc.tokens[last]?.end ?? 0 }
}
