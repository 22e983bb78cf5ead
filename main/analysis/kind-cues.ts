import type { ActorKind } from './types'
import type { Doc } from './doc'
import type { GazetteerMatch } from './gazetteer'
import { FUNCTION_WORDS, ROLE_HEADS } from './lexicon'

// Names that no list holds, known as groups or organisations because the text says what kind they
// are: a class noun in apposition ("the U.S. group Sikhs for Justice") or a list after a plural class
// noun ("terrorist groups, including Islamic State, al-Nusra and others").

/** Class nouns and the kind of actor a name they introduce is. */
const KIND_NOUNS = new Map<string, ActorKind>([
  ['group', 'group'],
  ['groups', 'group'],
  ['militia', 'group'],
  ['militias', 'group'],
  ['faction', 'group'],
  ['factions', 'group'],
  ['movement', 'group'],
  ['movements', 'group'],
  ['organization', 'organization'],
  ['organizations', 'organization'],
  ['organisation', 'organization'],
  ['organisations', 'organization'],
  ['party', 'organization'],
  ['parties', 'organization'],
])
const LIST_OPENERS = new Set(['including', 'like'])
const NAME_LINKS = new Set(['of', 'for', 'on', 'the'])
const PARTICLES = new Set(['al', 'el', 'ad', 'as', 'an', 'ar', 'at', 'az'])

/**
 * Names the text gives a kind: after a singular class noun in lower case ("the group X"), and each name
 * listed after a plural one with "including", "such as" or "like". `covered` marks tokens already named.
 */
export function findKindCued(doc: Doc, covered: Uint8Array): GazetteerMatch[] {
  const found: GazetteerMatch[] = []
  const { tokens } = doc
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i]
    const kind = noun && !noun.capitalized ? KIND_NOUNS.get(noun.key) : undefined
    if (!kind || doc.inHeading[i]) continue
    if (!noun.key.endsWith('s')) {
      const last = nameEnd(doc, i + 1)
      if (last >= 0 && free(covered, i + 1, last)) found.push(match(doc, i + 1, last, kind))
      continue
    }
    let at = i + 1
    if (tokens[at]?.text === ',') at++
    if (tokens[at]?.key === 'such' && tokens[at + 1]?.key === 'as') at += 2
    else if (LIST_OPENERS.has(tokens[at]?.key ?? '')) at++
    else continue
    // "A, B(,) and C": each item a name, until an item that is not one ("and others").
    for (;;) {
      const last = nameEnd(doc, at)
      if (last < 0) break
      if (free(covered, at, last)) found.push(match(doc, at, last, kind))
      at = last + 1
      if (tokens[at]?.text === ',') at++
      if (tokens[at]?.key === 'and' || tokens[at]?.key === 'or') at++
      else if (tokens[at - 1]?.text !== ',') break
    }
  }
  return found
}

/** The last token of a name starting at `first`: capitalised words, "al-" particles, inner links. */
function nameEnd(doc: Doc, first: number): number {
  const { tokens } = doc
  let last = -1
  for (let i = first; i < tokens.length && i < first + 10; i++) {
    const token = tokens[i]
    if (!token || doc.blockOf[i] !== doc.blockOf[first]) break
    if (PARTICLES.has(token.key) && !token.capitalized && tokens[i + 1]?.text === '-') {
      i++
      continue
    }
    if (token.kind === 'word' && token.capitalized) {
      if (i === first && (FUNCTION_WORDS.has(token.key) || ROLE_HEADS.has(token.key))) return -1
      last = i
      continue
    }
    if (token.text === '-' && last === i - 1 && tokens[i + 1]?.capitalized) continue
    // "Friends of the Lakes": a link goes on only into more of the name.
    const next = tokens[i + 1]?.key === 'the' && token.key !== 'the' ? tokens[i + 2] : tokens[i + 1]
    if (last >= 0 && NAME_LINKS.has(token.key) && next?.capitalized) continue
    break
  }
  return last
}

function free(covered: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (covered[i] !== 0) return false
  return true
}

function match(doc: Doc, first: number, last: number, kind: ActorKind): GazetteerMatch {
  const actor = doc.text.slice(doc.tokens[first]?.start ?? 0, doc.tokens[last]?.end ?? 0)
  return { entry: { actor, kind, type: 'name' }, first, last }
}
