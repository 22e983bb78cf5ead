import type { Doc } from './doc'
import { adjacent } from './doc'
import { gazetteer, matchAt } from './gazetteer'
import { FUNCTION_WORDS, HONORIFICS, NOT_NAME_WORDS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon'

// Name-shaped runs of tokens, the raw material of the people pass.

/** A name-like run of tokens; `covered` when it is a lone gazetteer name that may be a surname ("Mali"). */
export type Run = { first: number; last: number; words: number; covered?: boolean }

const MAX_NAME_WORDS = 4
/** "I’ve", "I’d", "We’re": contractions start sentences, never names. */
const CONTRACTION = /^(?:i|we|you|they|he|she|it)['’]|['’](?:ve|ll|re|m|d)$/u
/** Lower-case particles inside a name ('Ursula von der Leyen', 'Osama bin Laden'). */
export const PARTICLES = new Set(
  'de du des la le del der den van von ter ten al el bin ibn da dos das di'.split(' '),
)

/** Capitalised name-like runs: words, initials, particles and hyphens, outside gazetteer names. */
/** Lower-case words after a hyphen that make a descriptor, not a given name ("-turned-", "-based"). */
const DESCRIPTOR_PARTS = new Set(
  'turned based born led backed owned linked run elect style era old year born-and-raised'.split(' '),
)

export function nameRuns(doc: Doc, covered: Uint8Array): Run[] {
  const { tokens } = doc
  const runs: Run[] = []
  const isNameWord = (i: number): boolean => {
    const token = tokens[i]
    if (!token || token.kind !== 'word' || !token.capitalized || covered[i]) return false
    if (NOT_NAME_WORDS.has(token.key) || HONORIFICS.has(token.key) || CONTRACTION.test(token.key))
      return false
    if (ROLE_HEADS.has(token.key) || ROLE_MODIFIERS.has(token.key)) return false
    return (
      !/^\p{N}/u.test(token.text) && !(token.upper && token.text.length > 1 && !/\p{Lo}/u.test(token.text))
    )
  }
  const known = gazetteer().people
  // A single capitalised token that the gazetteer names as a country ("Mali", "Jordan").
  const isLoneName = (i: number): boolean =>
    tokens[i]?.kind === 'word' &&
    tokens[i]?.capitalized === true &&
    covered[i - 1] !== 1 &&
    covered[i + 1] !== 1
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] === 1 && isLoneName(i) && !tokens[i - 1]?.capitalized) {
      runs.push({ first: i, last: i, words: 1, covered: true })
      continue
    }
    // "Journalist-turned-politician Kari Lake": a descriptor written with hyphens is no part of a name.
    let compoundEnd = i
    let descriptor = false
    while (tokens[compoundEnd + 1]?.text === '-' && attachedWord(doc, compoundEnd + 1)) {
      compoundEnd += 2
      if (DESCRIPTOR_PARTS.has(tokens[compoundEnd]?.key ?? '')) descriptor = true
    }
    if (descriptor) {
      i = compoundEnd
      continue
    }
    if (!isNameWord(i)) continue
    let last = i
    let words = 1
    let j = i + 1
    while (j < tokens.length && adjacentOrInitial(doc, j - 1, j)) {
      const token = tokens[j]
      if (isNameWord(j)) {
        last = j
        words++
      } else if (token?.text === '.' && /^\p{Lu}$/u.test(tokens[j - 1]?.text ?? '')) {
        // the period of an initial ("John F. Kennedy")
      } else if (last === j - 1 && nicknameAt(doc, j) && isNameWord(j + 3)) {
        // "Michael “Erik” Kurilla": a nickname in quotation marks inside the name
        j += 3
        continue
      } else if (token?.text === '-' && last === j - 1 && attachedWord(doc, j)) {
        // "Ban Ki-moon", "Kim Jong-un": a hyphenated given name whose second part is in lower case
        last = j + 1
        j += 2
        continue
      } else if (!(token?.text === '-' || (token && PARTICLES.has(token.key)))) break
      j++
    }
    // "Siniša Mali": a country's name can end a name that starts with a word that is not a known name.
    const next = last + 1
    const after = tokens[next + 1]
    if (
      covered[next] === 1 &&
      adjacent(doc, last, next) &&
      !known.has(tokens[last]?.key ?? '') &&
      isLoneName(next) &&
      matchAt(tokens, next)?.entry.type === 'name'
    ) {
      if (!(after?.capitalized && adjacent(doc, next, next + 1))) {
        last = next
        words++
      }
    }
    if (words <= MAX_NAME_WORDS) runs.push({ first: i, last, words })
    i = last
  }
  return runs
}

/** Whether the token at `hyphen` is a hyphen written tight between two words ("Ki-moon", "Self-Government"). */
export function hyphenJoins(doc: Doc, hyphen: number): boolean {
  const before = doc.tokens[hyphen - 1]
  const dash = doc.tokens[hyphen]
  const after = doc.tokens[hyphen + 1]
  return (
    dash?.text === '-' &&
    before !== undefined &&
    after?.kind === 'word' &&
    before.end === dash.start &&
    dash.end === after.start
  )
}

/** A lower-case word written right after the hyphen at `hyphen`, with the word before it attached too. */
function attachedWord(doc: Doc, hyphen: number): boolean {
  return hyphenJoins(doc, hyphen) && doc.tokens[hyphen + 1]?.capitalized === false
}

/** A capitalised word in quotation marks at `open`, written tight inside them, a space after. */
function nicknameAt(doc: Doc, open: number): boolean {
  const [mark, word, close] = [doc.tokens[open], doc.tokens[open + 1], doc.tokens[open + 2]]
  return (
    (mark?.text === '“' || mark?.text === '"') &&
    word?.kind === 'word' &&
    word.capitalized &&
    (close?.text === '”' || close?.text === '"') &&
    mark.end === word.start &&
    word.end === close.start &&
    adjacent(doc, open + 2, open + 3)
  )
}

function adjacentOrInitial(doc: Doc, a: number, b: number): boolean {
  if (adjacent(doc, a, b)) return true
  // "F. Kennedy": the space after an initial's period
  return (
    doc.tokens[a]?.text === '.' &&
    doc.blockOf[a] === doc.blockOf[b] &&
    /^ $/u.test(doc.text.slice(doc.tokens[a]?.end ?? 0, doc.tokens[b]?.start ?? 0))
  )
}

/** "Osama bin Laden", "Abelardo de la Espriella": a lower-case particle inside a run marks a person's name. */
export function hasInnerParticle(doc: Doc, run: Run): boolean {
  for (let i = run.first + 1; i < run.last; i++) {
    const token = doc.tokens[i]
    if (token && !token.capitalized && PARTICLES.has(token.key)) return true
  }
  return false
}

/**
 * Whether a word opens a sentence (or a quotation), where any word is capitalised. A word after a
 * quotation closed on a comma goes on the sentence ("“Really bad,” Patrick said").
 */
export function sentenceInitial(doc: Doc, index: number): boolean {
  const before = doc.tokens[index - 1]
  if (!before || doc.blockOf[index - 1] !== doc.blockOf[index]) return true
  if (/^["”’]$/u.test(before.text) && doc.tokens[index - 2]?.text === ',') return false
  return /^[.!?:;"“”‘’—]$/u.test(before.text)
}

export function keyOfRun(doc: Doc, run: Run): string {
  const keys: string[] = []
  for (let i = run.first; i <= run.last; i++) {
    const token = doc.tokens[i]
    if (token && token.kind === 'word' && !FUNCTION_WORDS.has(token.key)) keys.push(token.key)
  }
  return keys.join(' ')
}

export function textOf(doc: Doc, run: Run): string {
  return doc.text.slice(doc.tokens[run.first]?.start ?? 0, doc.tokens[run.last]?.end ?? 0)
}
