import type { Doc } from './doc'
import type { GazetteerMatch } from './gazetteer'
import { adjacent } from './doc'
import {
  HONORIFICS,
  NAMING_VERBS,
  ORGANIZATION_HEADS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_PHRASES,
  SPEECH_VERBS,
} from './lexicon'

/** Who a role belongs to: an actor named in the text, or another person ("Putin's spokesman"). */
export type Affiliation = { actor: string } | { personAt: number } | null

/** A role found next to a name, with the tokens it covers (inclusive). */
export type RoleCue = { role: string | null; affiliation: Affiliation; first: number; last: number }

/** Gazetteer matches by their last token, for looking backwards from a role. */
export type MatchIndex = Map<number, GazetteerMatch>

export function indexByLast(matches: readonly GazetteerMatch[]): MatchIndex {
  const index: MatchIndex = new Map()
  for (const match of matches) index.set(match.last, match)
  return index
}

/** The role phrase that ends at token `end` (inclusive): its first token, or -1. */
function roleEndingAt(doc: Doc, end: number): number {
  const { tokens } = doc
  for (const phrase of ROLE_PHRASES) {
    const first = end - phrase.length + 1
    if (first < 0) continue
    if (phrase.every((key, k) => tokens[first + k]?.key === key) && adjacentRun(doc, first, end)) return first
  }
  const token = tokens[end]
  return token && token.kind === 'word' && ROLE_HEADS.has(token.key) ? end : -1
}

/** Ranks that are everyday adjectives in lower case. */
const ADJECTIVE_RANKS = new Set(['major', 'general'])

/** The lower-case role head of "minister of information" ending at `last`, or -1. */
function roleOfBefore(doc: Doc, last: number): number {
  const { tokens } = doc
  for (let of = last - 1; of >= last - 3 && of > 0; of--) {
    const token = tokens[of]
    if (!token || token.kind !== 'word') return -1
    if (token.key !== 'of') continue
    const head = tokens[of - 1]
    return head && !head.capitalized && ROLE_HEADS.has(head.key) && adjacentRun(doc, of - 1, last)
      ? of - 1
      : -1
  }
  return -1
}

function adjacentRun(doc: Doc, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (!adjacent(doc, k, k + 1)) return false
  return true
}

/**
 * The title written before a name: "French President", "NATO Secretary-General", "Putin's spokesman",
 * "former President", "Mr." Returns null when the word before the name is not a role or honorific.
 */
export function titleBefore(doc: Doc, nameFirst: number, byLast: MatchIndex): RoleCue | null {
  const { tokens } = doc
  let end = nameFirst - 1
  const before = tokens[end]
  if (!before || doc.blockOf[end] !== doc.blockOf[nameFirst]) return null
  if (before.text === '.' && HONORIFICS.has(tokens[end - 1]?.key ?? '')) {
    return { role: null, affiliation: null, first: end - 1, last: end }
  }
  if (HONORIFICS.has(before.key)) return { role: null, affiliation: null, first: end, last: end }
  // "Petty Officer 2nd Class Tyler Schneider", "Sgt. 1st Class …": a class is part of the rank.
  const roleLast = end
  if (before.key === 'class' && /^(?:1st|2nd|3rd|first|second|third)$/u.test(tokens[end - 1]?.key ?? '')) {
    end -= 2
    if (tokens[end]?.text === '.' && ROLE_HEADS.has(tokens[end - 1]?.key ?? '')) end--
    const first = roleEndingAt(doc, end)
    return first < 0 ? null : roleCue(doc, first, roleLast, byLast)
  }
  // "Serbia’s finance minister, Siniša Mali, said": the role stands before the name, set off by a comma.
  if (
    before.text === ',' &&
    ROLE_HEADS.has(tokens[end - 1]?.key ?? '') &&
    tokens[end - 1]?.capitalized === false
  )
    end--
  if (before.text === '.' && ROLE_HEADS.has(tokens[end - 1]?.key ?? '')) end-- // "Gen. Valery Gerasimov"
  let first = roleEndingAt(doc, end)
  // "multiple major Los Angeles area wildfires": a rank that is an everyday adjective is one in lower
  // case only set off by a comma ("an Indian general, Kuldeep Brar").
  const lower = tokens[end]
  if (first === end && before.text !== ',' && lower && !lower.capitalized && ADJECTIVE_RANKS.has(lower.key))
    first = -1
  // "The government's minister of information, Abdulkadir Hussein Mohamed, said": "role of X," before.
  if (first < 0 && before.text === ',') {
    const head = roleOfBefore(doc, end - 1)
    if (head >= 0) {
      end--
      first = head
    }
  }
  return first < 0 ? null : roleCue(doc, first, end, byLast)
}

/** The role from its head at `first` to `last`, with the words that qualify it and its owner before. */
function roleCue(doc: Doc, first: number, last: number, byLast: MatchIndex): RoleCue {
  const opening = withModifiers(doc, first)
  const role = doc.text.slice(doc.tokens[opening]?.start ?? 0, doc.tokens[last]?.end ?? 0)
  const owner = ownerBefore(doc, opening, byLast)
  return { role, affiliation: owner.affiliation, first: owner.first, last }
}

/**
 * The first token of a role with the words before its head that qualify it: "Senior Master Sgt.",
 * "Rear Adm.", and abbreviated ones with their periods ("Lt. Col.", "Brig. Gen.").
 */
function withModifiers(doc: Doc, head: number): number {
  const { tokens } = doc
  let first = head
  for (;;) {
    const before = tokens[first - 1]
    if (before && ROLE_MODIFIERS.has(before.key) && adjacent(doc, first - 1, first)) first--
    else if (
      before?.text === '.' &&
      (ROLE_MODIFIERS.has(tokens[first - 2]?.key ?? '') || ROLE_HEADS.has(tokens[first - 2]?.key ?? '')) &&
      tokens[first - 2]?.capitalized &&
      tokens[first - 2]?.end === before.start
    )
      first -= 2
    else return first
  }
}

/** An actor or person written just before `index`: "French", "Russia's", "NATO", "Putin's", "the U.S.". */
function ownerBefore(
  doc: Doc,
  roleFirst: number,
  byLast: MatchIndex,
): { affiliation: Affiliation; first: number } {
  const { tokens } = doc
  let end = roleFirst - 1
  // "Chinese foreign ministry spokeswoman": the body's words stand between the country and the role.
  for (let k = 0; k < 3 && BODY_WORDS.has(tokens[end]?.key ?? '') && !byLast.has(end); k++) end--
  const ownerEnd = end
  const possessive = tokens[end]?.kind === 'possessive'
  if (possessive) end--
  const match = byLast.get(end)
  if (
    match?.entry.actor &&
    match.entry.type !== 'outlet' &&
    (possessive || adjacent(doc, end, ownerEnd + 1))
  ) {
    return { affiliation: { actor: match.entry.actor }, first: match.first }
  }
  if (possessive && tokens[end]?.capitalized) return { affiliation: { personAt: end }, first: end }
  return { affiliation: null, first: ownerEnd + 1 }
}

/** Words of a state body's name written between a country and a role. */
const BODY_WORDS = new Set(
  'foreign defense defence interior ministry government army military air force navy police state office embassy security presidential'.split(
    ' ',
  ),
)

/** "Mayor Oleksandr Tkachenko of Kyiv", "Sen. Jane Roe of Ohio": the place a person serves, after the name. */
export function placeAfter(doc: Doc, nameLast: number, byFirst: Map<number, GazetteerMatch>): RoleCue | null {
  if (doc.tokens[nameLast + 1]?.key !== 'of') return null
  const match = byFirst.get(nameLast + 2)
  if (!match?.entry.actor || match.entry.type === 'none' || match.entry.type === 'outlet') return null
  return { role: null, affiliation: { actor: match.entry.actor }, first: nameLast + 1, last: match.last }
}

/** Words that may link a role to the body it serves ("envoy appointed by the Trump administration"). */
const ROLE_LINKS = new Set(
  'of at for to from with the in by appointed named sent nominated representing'.split(' '),
)

/**
 * The appositive after a name: "Steve Witkoff, a special envoy appointed by the Trump administration,".
 * The role is the first role noun; the affiliation is an actor attached to it, written before it
 * ("the Kremlin spokesman") or linked after it ("a senior fellow at the Council on Foreign Relations").
 */
export function appositiveAfter(
  doc: Doc,
  nameLast: number,
  byFirst: Map<number, GazetteerMatch>,
): RoleCue | null {
  const { tokens } = doc
  if (tokens[nameLast + 1]?.text !== ',' || doc.blockOf[nameLast + 1] !== doc.blockOf[nameLast]) return null
  const start = nameLast + 2
  let stop = start
  while (stop < tokens.length && stop < start + 14 && doc.blockOf[stop] === doc.blockOf[nameLast]) {
    const text = tokens[stop]?.text ?? ''
    if (text === ',' || text === '.' || text === ';' || text === '(' || text === '—') break
    stop++
  }
  const opener = tokens[start]?.key ?? ''
  const possessorFirst = tokens[start + 1]?.kind === 'possessive' || byFirst.has(start)
  if (
    !['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another'].includes(opener) &&
    !possessorFirst &&
    !bareRoleAt(doc, start)
  )
    return null
  let head = -1
  for (let i = start; i < stop && head < 0; i++) {
    if (tokens[i]?.kind === 'word' && ROLE_HEADS.has(tokens[i]?.key ?? '')) head = i
  }
  if (head < 0) return null
  // "an executive director": the role goes on to the last of its nouns.
  while (head + 1 < stop && isLowerWord(doc, head + 1) && ROLE_HEADS.has(tokens[head + 1]?.key ?? '')) head++
  let roleFirst = head
  while (roleFirst > start && ROLE_MODIFIERS.has(tokens[roleFirst - 1]?.key ?? '')) roleFirst--
  const role = doc.text.slice(tokens[roleFirst]?.start ?? 0, tokens[head]?.end ?? 0)
  let affiliation: Affiliation = null
  for (let i = start; i < head && affiliation === null; i++) affiliation = affiliationAt(doc, i, byFirst)
  for (let i = head + 1; i < stop && affiliation === null; i++) {
    affiliation = affiliationAt(doc, i, byFirst)
    if (affiliation === null && !ROLE_LINKS.has(tokens[i]?.key ?? '') && !tokens[i]?.capitalized) break
  }
  return { role, affiliation, first: start, last: stop - 1 }
}

function isLowerWord(doc: Doc, index: number): boolean {
  const token = doc.tokens[index]
  return token?.kind === 'word' && !token.capitalized
}

/**
 * "Robert Peters, research fellow for …, said", "Richard Weitz, director for …": an appositive with no
 * article, a role noun among its first three words, every word before it in lower case.
 */
export function bareRoleAt(doc: Doc, start: number): boolean {
  for (let i = start; i < start + 3; i++) {
    if (!isLowerWord(doc, i)) return false
    if (ROLE_HEADS.has(doc.tokens[i]?.key ?? '')) return true
  }
  return false
}

/** Words that end the noun phrase at the head of an appositive ("a group of …", "a partner at …"). */
const APPOSITIVE_STOPS = new Set('of for at in on with from by who that which whose to'.split(' '))

/**
 * "Belle Torek, an attorney who specializes in …, said": a name set off by an appositive that opens
 * with an article and then speaks is a person, whatever the appositive's noun, unless that noun names
 * a body ("Amnesty International, a rights group, said"). The appositive may hold commas of its own
 * ("Katherine Jacobsen, the U.S., Canada and Caribbean program coordinator at …, told VOA").
 */
export function speaksAfterAppositive(doc: Doc, nameLast: number): boolean {
  const { tokens } = doc
  if (tokens[nameLast + 1]?.text !== ',') return false
  const opener = tokens[nameLast + 2]?.key
  if (opener !== 'a' && opener !== 'an' && opener !== 'the') return false
  let inHead = true
  // A body's noun in the head, with no role noun after it ("a rights group", not "a program coordinator").
  let body = false
  for (let i = nameLast + 3; i < nameLast + 40; i++) {
    const token = tokens[i]
    if (!token || doc.blockOf[i] !== doc.blockOf[nameLast]) return false
    if (token.text === ',' && speechNear(doc, i + 1, i)) return !body
    if (/^[.;:!?()“”"—]$/u.test(token.text)) return false
    if (APPOSITIVE_STOPS.has(token.key)) inHead = false
    else if (inHead && ORGANIZATION_HEADS.has(token.key)) body = true
    else if (inHead && ROLE_HEADS.has(token.key)) body = false
  }
  return false
}

/** An actor named at token `index`, or a person whose administration or government is named there. */
function affiliationAt(doc: Doc, index: number, byFirst: Map<number, GazetteerMatch>): Affiliation {
  const match = byFirst.get(index)
  if (match) return match.entry.actor && match.entry.type !== 'outlet' ? { actor: match.entry.actor } : null
  const token = doc.tokens[index]
  const next = doc.tokens[index + 1]?.key ?? ''
  if (token?.capitalized && (next === 'administration' || next === 'government')) return { personAt: index }
  return null
}

/**
 * "Activists like Elveda Martinez", "experts such as Jana Novak": a name given as an example of people
 * in a role. The role may be written in the plural.
 */
export function exampleOfRole(doc: Doc, first: number): boolean {
  const { tokens } = doc
  let noun = first - 2
  if (tokens[first - 1]?.key === 'as' && tokens[first - 2]?.key === 'such') noun = first - 3
  else if (tokens[first - 1]?.key !== 'like') return false
  const key = tokens[noun]?.key ?? ''
  return ROLE_HEADS.has(key) || (key.endsWith('s') && ROLE_HEADS.has(key.slice(0, -1)))
}

/** Kin a name may be set off after: "said his son, Harrison Li". */
const KIN = new Set('son daughter wife husband mother father brother sister widow cousin'.split(' '))

/** "his son, Harrison Li": a name set off by a comma after a word for a relative is a person. */
export function kinBefore(doc: Doc, first: number): boolean {
  const noun = doc.tokens[first - 2]
  return doc.tokens[first - 1]?.text === ',' && noun !== undefined && !noun.capitalized && KIN.has(noun.key)
}

/** Whether a speech verb ("said", "told", "added") directly follows token `last` or precedes `first`. */
export function speechNear(doc: Doc, first: number, last: number): boolean {
  const after = doc.tokens[last + 1]
  const afterNext = doc.tokens[last + 2]
  if (after && SPEECH_VERBS.has(after.key) && !after.capitalized) return true
  if (after?.kind === 'word' && /ly$/u.test(after.key) && afterNext && SPEECH_VERBS.has(afterNext.key))
    return true
  const before = doc.tokens[first - 1]
  // "came to be called Star Wars": a name given to something, not a speaker.
  return (
    before !== undefined &&
    SPEECH_VERBS.has(before.key) &&
    !NAMING_VERBS.has(before.key) &&
    !before.capitalized
  )
}
