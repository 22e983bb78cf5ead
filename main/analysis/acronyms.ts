import type { Doc } from './doc'
import type { GazetteerMatch } from './gazetteer'
import { adjacent } from './doc'
import { matchAt } from './gazetteer'
import { FUNCTION_WORDS, NAME_CONNECTORS, ORGANIZATION_HEADS, ROLE_HEADS } from './lexicon'

// Organisations the text defines itself, whatever their names end with: a name and its acronym in
// parentheses ("the Multilateral Sanctions Monitoring Team (MSMT)"), and the sides of a country's
// politics that the text names by the country's adjective ("the Syrian opposition").

/** Heads of names of armed or political groups rather than institutions. */
const GROUP_WORDS = new Set('forces front brigade brigades battalion movement militia army party'.split(' '))
/** Lower-case nouns that, after a country's adjective, name a side rather than the state. */
const SIDES = new Set('opposition rebels insurgents militants'.split(' '))
const MAX_NAME_TOKENS = 10

/**
 * "Voice of America (VOA)", "Historic Pact (PH)": capitalised words joined by connectors, then an
 * all-capital word alone in parentheses. The name is an organisation (or the gazetteer's actor when it
 * already knows the name), and every later use of the acronym is a mention of it.
 */
export function findAcronymNames(doc: Doc): GazetteerMatch[] {
  const { tokens } = doc
  const found: GazetteerMatch[] = []
  const byAcronym = new Map<string, GazetteerMatch['entry']>()
  for (let i = 2; i + 2 < tokens.length; i++) {
    const open = tokens[i - 1]
    const word = tokens[i]
    if (open?.text !== '(' || tokens[i + 1]?.text !== ')' || !word || !isAcronym(word.text)) continue
    const first = nameStart(doc, i - 2)
    if (first < 0) continue
    const known = matchAt(tokens, first)
    const surface = doc.text.slice(tokens[first]?.start ?? 0, tokens[i - 2]?.end ?? 0)
    const entry: GazetteerMatch['entry'] =
      known && known.last === i - 2 && known.entry.actor !== null
        ? known.entry
        : {
            actor: surface,
            kind: GROUP_WORDS.has(tokens[i - 2]?.key ?? '') ? 'group' : 'organization',
            type: 'name',
          }
    found.push({ entry, first, last: i - 2 })
    byAcronym.set(word.text, entry)
  }
  if (byAcronym.size === 0) return found
  // Later (and earlier) uses of each acronym, outside its own parentheses.
  for (let i = 0; i < tokens.length; i++) {
    const entry = byAcronym.get(tokens[i]?.text ?? '')
    if (entry && tokens[i - 1]?.text !== '(') found.push({ entry, first: i, last: i })
  }
  return found.sort((a, b) => a.first - b.first)
}

/** Two to eight capital letters (a lower-case letter inside is allowed: "DoD"), nothing else. */
function isAcronym(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{Ll}]{0,6}\p{Lu}$/u.test(text) && !/\p{Ll}{2}/u.test(text)
}

/** The first token of the capitalised name that ends at `last`, or -1 when there are not two capitals. */
function nameStart(doc: Doc, last: number): number {
  const { tokens } = doc
  let first = -1
  let capitals = 0
  for (let i = last; i >= 0 && i > last - MAX_NAME_TOKENS; i--) {
    const token = tokens[i]
    if (!token || (i < last && !adjacent(doc, i, i + 1))) break
    if (token.kind === 'word' && token.capitalized) {
      if (ROLE_HEADS.has(token.key) || (FUNCTION_WORDS.has(token.key) && token.key !== 'for')) break
      capitals++
      first = i
      continue
    }
    if (token.kind === 'possessive' && tokens[i - 1]?.key === 'people') continue
    // "Institute for the Study of War (ISW)": "the" only after an organisation noun and a connector,
    // so "Delia Marsh of the Green Horizon (GH)" names the party alone.
    if (
      token.key === 'the' &&
      NAME_CONNECTORS.has(tokens[i - 1]?.key ?? '') &&
      ORGANIZATION_HEADS.has(tokens[i - 2]?.key ?? '')
    )
      continue
    if (!NAME_CONNECTORS.has(token.key) || token.key === 'the') break
  }
  return capitals >= 2 ? first : -1
}

/** "the Syrian opposition", "Houthi rebels": a country's adjective and a side's noun are a group. */
export function findSides(doc: Doc): GazetteerMatch[] {
  const { tokens } = doc
  const found: GazetteerMatch[] = []
  for (let i = 0; i + 1 < tokens.length; i++) {
    const noun = tokens[i + 1]
    if (!noun || noun.capitalized || !SIDES.has(noun.key) || !adjacent(doc, i, i + 1)) continue
    const match = matchAt(tokens, i)
    if (match?.last !== i || match.entry.type !== 'demonym') continue
    const surface = doc.text.slice(tokens[i]?.start ?? 0, noun.end)
    found.push({ entry: { actor: surface, kind: 'group', type: 'name' }, first: i, last: i + 1 })
  }
  return found
}
