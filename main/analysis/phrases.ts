import type { Doc, TokenSpan } from './doc'
import { CLAUSE_OPENERS, PHRASE_BREAKERS, SOURCE_HEADS, SPEECH_VERBS } from './lexicon'

// Noun phrases around speech verbs: the words that name a source, and where those words stop.

const DETERMINERS = new Set('a an the his her their its one another two three several some many'.split(' '))
const AUXILIARIES = new Set(
  'has have had was were is are will would also only repeatedly again then later previously publicly privately later earlier once even further'.split(
    ' ',
  ),
)
const NP_PREPOSITIONS = new Set('of at for from with in to'.split(' '))
const PRONOUN_OBJECTS = new Set('it this that which what'.split(' '))
const FAMILIAR = new Set('familiar close knowledgeable'.split(' '))

/** The noun phrase that starts at token `first` ("a senior fellow at the Council on Foreign Relations"). */
export function phraseForward(doc: Doc, first: number, limit: number): TokenSpan | null {
  const { tokens } = doc
  let last = -1
  let seenHead = false
  for (let i = first; i < limit && i < first + 16; i++) {
    const token = tokens[i]
    if (!token || doc.blockOf[i] !== doc.blockOf[first]) break
    if (token.kind === 'punct') {
      if (token.text === '-' && last === i - 1) continue
      break
    }
    const lower = token.kind === 'word' && !token.capitalized
    if (i > first && lower && (PHRASE_BREAKERS.has(token.key) || SPEECH_VERBS.has(token.key))) break
    if (seenHead && lower && !SOURCE_HEADS.has(token.key)) {
      // After the head noun only a named affiliation continues the phrase: "a fellow at the Council…".
      if (FAMILIAR.has(token.key)) return { first, last: extendToPunctuation(doc, i, limit) }
      if (!NP_PREPOSITIONS.has(token.key)) break
      const after = tokens[i + 1]?.key === 'the' ? i + 2 : i + 1
      if (!tokens[after]?.capitalized) break
      last = capitalisedRun(doc, after, limit)
      i = last
      continue
    }
    if (lower && SOURCE_HEADS.has(token.key)) seenHead = true
    last = i
  }
  return last >= first ? { first, last } : null
}

function extendToPunctuation(doc: Doc, from: number, limit: number): number {
  let last = from
  for (let i = from; i < limit && i < from + 6; i++) {
    const token = doc.tokens[i]
    if (
      !token ||
      token.kind === 'punct' ||
      (i > from && PHRASE_BREAKERS.has(token.key) && token.key !== 'with')
    )
      break
    last = i
  }
  return last
}

const RUN_CONNECTORS = new Set('and of on for the'.split(' '))

/** A name run after a preposition, with connectors, possessives and a trailing lower-case noun or two. */
function capitalisedRun(doc: Doc, from: number, limit: number): number {
  const { tokens } = doc
  let last = from
  let trailing = 0
  for (let i = from; i < limit && i < from + 14; i++) {
    const token = tokens[i]
    if (!token || doc.blockOf[i] !== doc.blockOf[from]) break
    if (trailing === 0 && (token.capitalized || token.kind === 'possessive')) {
      last = i
      continue
    }
    if (trailing === 0 && RUN_CONNECTORS.has(token.key)) continue
    const lowerNoun = token.kind === 'word' && !token.capitalized && !PHRASE_BREAKERS.has(token.key)
    if (lowerNoun && !SPEECH_VERBS.has(token.key) && !NP_PREPOSITIONS.has(token.key) && trailing < 2) {
      trailing++
      last = i
      continue
    }
    break
  }
  return last
}

/** The noun phrase that ends at token `last` ("China’s foreign ministry" before "expressed"). */
export function phraseBackward(doc: Doc, last: number, floor: number): TokenSpan | null {
  const { tokens } = doc
  let end = last
  while (end >= floor && AUXILIARIES.has(tokens[end]?.key ?? '')) end--
  while (end >= floor && /ly$/u.test(tokens[end]?.key ?? '') && !tokens[end]?.capitalized) end--
  let first = -1
  for (let i = end; i >= floor && i > end - 12; i--) {
    const token = tokens[i]
    if (!token || doc.blockOf[i] !== doc.blockOf[end]) break
    if (token.kind === 'punct' && token.text !== '-') break
    // "While Ukrainians would welcome …": a clause opener is no part of the subject after it.
    if (token.capitalized && CLAUSE_OPENERS.has(token.key)) break
    if (!token.capitalized && token.kind === 'word') {
      // "The May 2025 report says": a source noun that is also a verb heads the phrase right before the verb.
      const noun = i === end && SOURCE_HEADS.has(token.key)
      if (i === end && token.key === 'it') return { first: i, last: i } // "what it calls": the subject
      if ((SPEECH_VERBS.has(token.key) && !noun) || PRONOUN_OBJECTS.has(token.key)) break
      if (DETERMINERS.has(token.key)) {
        first = i
        break
      }
      if (
        PHRASE_BREAKERS.has(token.key) ||
        (NP_PREPOSITIONS.has(token.key) && !tokens[i + 1]?.capitalized && tokens[i + 1]?.key !== 'the')
      )
        break
    }
    first = i
  }
  if (first < 0 || first > end) return null
  // "A spokesperson for the European Commission said": the phrase is the source, not its employer.
  const link = tokens[first - 1]
  const head = tokens[first - 2]
  if (
    link &&
    head &&
    first - 2 >= floor &&
    NP_PREPOSITIONS.has(link.key) &&
    SOURCE_HEADS.has(head.key) &&
    !head.capitalized
  ) {
    const outer = phraseBackward(doc, first - 2, floor)
    if (outer) return { first: outer.first, last: end }
  }
  // "Article 3 of the new bilateral treaty calls for": the numbered part of a document is the source.
  const part = tokens[first - 3]
  if (link?.key === 'of' && head?.kind === 'word' && /^\p{N}/u.test(head.text) && part?.capitalized) {
    if (first - 3 >= floor && doc.blockOf[first - 3] === doc.blockOf[first])
      return { first: first - 3, last: end }
  }
  return { first, last: end }
}
