import type { Person } from './types'
import type { Doc } from './doc'
import { adjacent } from './doc'
import type { GazetteerMatch, KnownPerson } from './gazetteer'
import type { Affiliation, RoleCue } from './people-cues'
import type { Run } from './people-runs'
import { gazetteer, keyOf, knownActor } from './gazetteer'
import {
  appositiveAfter,
  exampleOfRole,
  indexByLast,
  kinBefore,
  placeAfter,
  speaksAfterAppositive,
  speechNear,
  titleBefore,
} from './people-cues'
import { hasInnerParticle, hyphenJoins, keyOfRun, nameRuns, sentenceInitial, textOf } from './people-runs'
import { fold } from './tokens'

/** A person being assembled from the article. */
type Draft = {
  name: string
  /** Every way the article writes the name. */
  surfaces: Set<string>
  role: string | null
  affiliation: Affiliation
  known: KnownPerson | null
  mentions: number
}

/** Where the article names a person. `titleFirst` starts the title written before the name, if any. */
export type PersonMention = { person: number; first: number; last: number; titleFirst: number }

export type PeopleResult = {
  people: Person[]
  /** Mentions in text order; `person` indexes `people`. */
  mentions: PersonMention[]
  /** 1 on tokens of a person's name, 2 on tokens of a title written before it. */
  inName: Uint8Array
}

/**
 * Finds people by capitalised-name patterns with cues (a title before, an appositive role after, a
 * speech verb next to it, a known name), then counts later mentions by full name or surname.
 * `covered` marks tokens inside gazetteer matches: country and organisation names are not people.
 */
export function findPeople(doc: Doc, matches: readonly GazetteerMatch[], covered: Uint8Array): PeopleResult {
  const byLast = indexByLast(matches)
  const byFirst = new Map(matches.map((match) => [match.first, match]))
  const known = gazetteer().people
  const records: Draft[] = []
  const formIndex = new Map<string, number>()
  /** Surnames of two or more people ("Collins" of Wilmot and of Maddie Collins). */
  const sharedSurnames = new Set<string>()
  const runs = nameRuns(doc, covered)

  // Surnames written alone somewhere ("Witkoff's visit") confirm a two-word name that has no other cue.
  const loneWords = new Map<string, number>()
  // A first name that speaks ("“I didn't like it,” Tyler says") confirms a two-word name it opens
  // ("Tyler Skluzacek's father"): the one speaking is that person, by full name.
  const speakingFirst = new Set<string>()
  for (const run of runs) {
    if (run.words !== 1) continue
    // "Britain" alone is the country, and confirms no "Calling Britain"; "the Act" and the "Strip" of
    // "Gaza Strip" are no one's surname.
    if (!run.covered && !namesAThing(doc, run) && !afterPlace(doc, run, covered))
      loneWords.set(keyOfRun(doc, run), (loneWords.get(keyOfRun(doc, run)) ?? 0) + 1)
    if (!run.covered && speechNear(doc, run.first, run.last) && !sentenceInitial(doc, run.first))
      speakingFirst.add(keyOfRun(doc, run))
  }

  for (const run of runs) {
    if (doc.inHeading[run.first]) continue
    const key = keyOfRun(doc, run)
    const surname = doc.tokens[run.last]?.key ?? ''
    const title = titleBefore(doc, run.first, byLast)
    const appositive = title?.role ? null : appositiveAfter(doc, run.last, byFirst)
    // "Antony J. Blinken": a middle initial does not make another person.
    const knownPerson = known.get(key) ?? known.get(withoutInitials(key)) ?? null
    const speech = speechNear(doc, run.first, run.last)
    let existing = formIndex.get(key) ?? formIndex.get(surname)
    if (existing === undefined && run.words === 1 && (speech || !sentenceInitial(doc, run.first)))
      existing = byFirstWord(records, key)
    if (run.covered && existing === undefined) continue
    // "Maddie Collins" after "Wilmot Collins": another first name is another person with the same
    // surname. The surname alone stays the first one's, unless a full name said otherwise just
    // before (findMentions).
    if (existing !== undefined && formIndex.get(key) === undefined && run.words >= 2) {
      const other = records[existing]
      if (
        other &&
        !other.known &&
        other.name.split(' ').length >= 2 &&
        firstKey(other.name) !== doc.tokens[run.first]?.key
      ) {
        sharedSurnames.add(surname)
        existing = undefined
      }
    }
    // "the National Zoo says", "the Act on Greenland Self-Government": a thing's name, unless a title
    // or a known name says otherwise.
    if (
      title === null &&
      knownPerson === null &&
      existing === undefined &&
      namesAThing(doc, run) &&
      !ledRegime(doc, run.last)
    )
      continue
    const accepted =
      title !== null ||
      knownPerson !== null ||
      existing !== undefined ||
      (run.words >= 2 &&
        (appositive !== null ||
          speech ||
          (loneWords.get(surname) ?? 0) > 0 ||
          hasInnerParticle(doc, run) ||
          speaksAfterAppositive(doc, run.last) ||
          exampleOfRole(doc, run.first) ||
          kinBefore(doc, run.first))) ||
      (run.words === 2 && speakingFirst.has(doc.tokens[run.first]?.key ?? '')) ||
      (run.words === 1 && speech && !sentenceInitial(doc, run.first)) ||
      ledRegime(doc, run.last)
    if (!accepted) continue
    const index = existing ?? register(records, formIndex, knownPerson, doc, run)
    const record = records[index]
    if (!record) continue
    addForms(record, formIndex, index, doc, run)
    for (const cue of [title, appositive, placeAfter(doc, run.last, byFirst)]) applyCue(record, cue)
    aliasInParentheses(doc, run, record, formIndex, index)
  }

  const inName = new Uint8Array(doc.tokens.length)
  const mentions = findMentions(doc, runs, formIndex, sharedSurnames, records, byLast, inName)
  const people = records.map((record): Person => {
    const surfaces = [...record.surfaces].filter((surface) => surface !== record.name).sort()
    return {
      name: record.name,
      role: record.role,
      actor: resolveActor(record, records, formIndex, doc),
      mentions: record.mentions,
      aliases: surfaces,
    }
  })
  return { people, mentions, inName }
}

/** "antony j blinken" → "antony blinken": a middle initial does not make another person. */
export function withoutInitials(key: string): string {
  return key
    .split(' ')
    .filter((word) => word.length > 1)
    .join(' ')
}

/**
 * Whether a run names a thing rather than a person: it follows "the", "a" or "an" (over capitalised
 * words before it: "the National Zoo"), or a hyphen joins its last word to a capitalised one ("Greenland
 * Self-Government").
 */
function namesAThing(doc: Doc, run: Run): boolean {
  const { tokens } = doc
  if (hyphenJoins(doc, run.last + 1) && tokens[run.last + 2]?.capitalized) return true
  let before = run.first - 1
  while (before >= run.first - 3 && tokens[before]?.capitalized && adjacent(doc, before, before + 1)) before--
  const key = tokens[before]?.key
  return (key === 'the' || key === 'a' || key === 'an') && adjacent(doc, before, before + 1)
}

/** A single word right after a place's name ("Gaza Strip"): part of the place's name. */
function afterPlace(doc: Doc, run: Run, covered: Uint8Array): boolean {
  return covered[run.first - 1] === 1 && adjacent(doc, run.first - 1, run.first)
}

/** "the Maduro regime": a regime is named after the one who leads it. */
function ledRegime(doc: Doc, last: number): boolean {
  const next = doc.tokens[last + 1]
  return next?.key === 'regime' && !next.capitalized && doc.tokens[last - 1]?.key === 'the'
}

function register(
  records: Draft[],
  formIndex: Map<string, number>,
  known: KnownPerson | null,
  doc: Doc,
  run: Run,
): number {
  const surface = textOf(doc, run)
  records.push({
    name: known ? spelledAsWritten(known.name, surface.split(/\s+/u)) : surface,
    surfaces: new Set(),
    role: null,
    affiliation: null,
    known,
    mentions: 0,
  })
  const index = records.length - 1
  if (known) {
    for (const [key, person] of gazetteer().people) if (person.name === known.name) formIndex.set(key, index)
  }
  return index
}

/**
 * A known person's name as the article spells it, so the brief names people as its source does:
 * "Volodymyr Zelenskyy" and "Sergey Lavrov" where the text writes them so, or writes "Zelenskyy"
 * alone. Only spellings of the same words count (the same first letters: four of a given name, five of
 * a surname); another form keeps the usual name ("Xi" for "Xi Jinping", "Donald J. Trump").
 */
function spelledAsWritten(name: string, written: readonly string[]): string {
  const words = name.split(' ')
  const spelling = (a: string, b: string, letters: number) =>
    a === b || (a.length >= letters && fold(a).slice(0, letters) === fold(b).slice(0, letters))
  const last = words.length - 1
  if (
    written.length === words.length &&
    written.every((word, k) => spelling(word, words[k] ?? '', k === last ? 5 : 4))
  )
    return written.join(' ')
  const surname = written.length === 1 ? (written[0] ?? '') : ''
  return surname && spelling(surname, words[last] ?? '', 5)
    ? [...words.slice(0, -1), surname].join(' ')
    : name
}

function addForms(record: Draft, formIndex: Map<string, number>, index: number, doc: Doc, run: Run): void {
  const key = keyOfRun(doc, run)
  const surface = textOf(doc, run)
  record.surfaces.add(surface)
  formIndex.set(key, index)
  if (run.words >= 2 && !/\p{Lo}/u.test(surface)) {
    const surname = doc.tokens[run.last]?.key ?? ''
    if (!formIndex.has(surname)) formIndex.set(surname, index)
    // A fuller form of the name becomes the canonical one, unless a known full name is already used;
    // between two spellings of one name, the one with diacritics wins ("Vučić" over "Vucic").
    const words = record.name.split(' ').length
    if (
      !record.known &&
      (run.words > words || (run.words === words && diacritics(surface) > diacritics(record.name)))
    ) {
      record.name = surface
    }
  } else if (
    !record.known &&
    diacritics(surface) > diacritics(record.name) &&
    record.name.split(' ').length === 1
  ) {
    record.name = surface
  }
}

/**
 * "Ban" after "Ban Ki-moon", "Kim" after "Kim Jong-un": a lone word that opens exactly one full name
 * named before (family name first) is that person; with two such names it is neither.
 */
function byFirstWord(records: readonly Draft[], key: string): number | undefined {
  let found: number | undefined
  for (let index = 0; index < records.length; index++) {
    const name = records[index]?.name ?? ''
    if (!name.includes(' ') || firstKey(name) !== key) continue
    if (found !== undefined) return undefined
    found = index
  }
  return found
}

function firstKey(name: string): string {
  return keyOf(name.split(' ')[0] ?? '')
}

function diacritics(text: string): number {
  return text.normalize('NFD').replace(/[^\p{M}]/gu, '').length
}

function applyCue(record: Draft, cue: RoleCue | null): void {
  if (!cue) return
  if (record.role === null && cue.role !== null) record.role = cue.role
  if (record.affiliation === null && cue.affiliation !== null) record.affiliation = cue.affiliation
}

/** "Xi Jinping (习近平)": a name in parentheses right after a name is another form of it. */
function aliasInParentheses(
  doc: Doc,
  run: Run,
  record: Draft,
  formIndex: Map<string, number>,
  index: number,
): void {
  const { tokens } = doc
  if (tokens[run.last + 1]?.text !== '(') return
  let close = run.last + 2
  while (close < tokens.length && close < run.last + 7 && tokens[close]?.text !== ')') close++
  if (tokens[close]?.text !== ')' || close === run.last + 2) return
  const inner = { first: run.last + 2, last: close - 1, words: close - run.last - 2 }
  if (!tokens.slice(inner.first, close).every((token) => token.capitalized)) return
  addForms(record, formIndex, index, doc, inner)
}

function resolveActor(
  record: Draft,
  records: readonly Draft[],
  formIndex: Map<string, number>,
  doc: Doc,
): string | null {
  let current: Draft | undefined = record
  for (let depth = 0; current && depth < 4; depth++) {
    const affiliation: Affiliation = current.affiliation
    if (affiliation && 'actor' in affiliation) return affiliation.actor
    if (affiliation && 'personAt' in affiliation) {
      const next = formIndex.get(doc.tokens[affiliation.personAt]?.key ?? '')
      const nextRecord = next === undefined ? undefined : records[next]
      if (nextRecord && nextRecord !== current) {
        current = nextRecord
        continue
      }
      const known = gazetteer().people.get(doc.tokens[affiliation.personAt]?.key ?? '')
      if (known) return knownActor(known, doc.article.meta.published)
    }
    return current.known ? knownActor(current.known, doc.article.meta.published) : null
  }
  return record.known ? knownActor(record.known, doc.article.meta.published) : null
}

/**
 * Every run whose full form, surname or alias belongs to a known person, in one pass over the runs.
 * A surname two people share is the one whose full name came last before it ("Wilmot Collins
 * requested … Collins got a job"), else the first of them.
 */
function findMentions(
  doc: Doc,
  runs: readonly Run[],
  formIndex: Map<string, number>,
  sharedSurnames: ReadonlySet<string>,
  records: Draft[],
  byLast: ReturnType<typeof indexByLast>,
  inName: Uint8Array,
): PersonMention[] {
  const mentions: PersonMention[] = []
  const lastFullName = new Map<string, number>()
  for (const run of runs) {
    const key = keyOfRun(doc, run)
    const surname = doc.tokens[run.last]?.key ?? ''
    const person =
      (run.words === 1 && sharedSurnames.has(key) ? lastFullName.get(key) : undefined) ??
      formIndex.get(key) ??
      (run.words === 1 ? undefined : formIndex.get(keyOfRun(doc, { ...run, first: run.last })))
    if (person === undefined) continue
    if (run.words >= 2 && sharedSurnames.has(surname)) lastFullName.set(surname, person)
    const record = records[person]
    if (record) record.mentions++
    const title = titleBefore(doc, run.first, byLast)
    const titleFirst = title ? title.first : run.first
    for (let i = run.first; i <= run.last; i++) inName[i] = 1
    for (let i = titleFirst; i < run.first; i++) if (!inName[i]) inName[i] = 2
    mentions.push({ person, first: run.first, last: run.last, titleFirst })
  }
  return mentions
}
