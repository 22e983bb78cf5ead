import type { Actor, ActorKind } from './types'
import type { Doc } from './doc'
import type { AliasType, GazetteerMatch } from './gazetteer'
import { adjacent } from './doc'
import { matchAt } from './gazetteer'
import { FUNCTION_WORDS, NAME_CONNECTORS, ORGANIZATION_HEADS, ROLE_HEADS } from './lexicon'

/** One place where the article names an actor. Token indexes are inclusive. */
export type ActorMention = {
  actor: string
  kind: ActorKind
  type: AliasType
  first: number
  last: number
  surface: string
  /** The institution the words name, listed as an actor of its own besides `actor` (its parent). */
  institution: string | null
}

/** Words before a capital that make it a place ("talks in Moscow") rather than a speaker ("Moscow said"). */
const LOCATIVE = new Set(
  (
    'in to from at near across outside inside around toward towards into through via between visit visits ' +
    'visited visiting reached left throughout within of over the'
  ).split(' '),
)
/** Heads of organisation names that, after a country's name, make the name that country's body. */
const STATE_HEADS = new Set(
  'ministry department office army forces navy guard service agency parliament government embassy council committee'.split(
    ' ',
  ),
)
/** Heads of names of armed or political groups rather than institutions. */
const GROUP_HEADS = new Set('forces front brigade brigades battalion movement militia army'.split(' '))

/** Longest non-overlapping gazetteer matches, in token order (including non-actor phrases). */
export function findGazetteerMatches(doc: Doc): GazetteerMatch[] {
  const matches: GazetteerMatch[] = []
  for (let i = 0; i < doc.tokens.length; i++) {
    const token = doc.tokens[i]
    if (!token || token.kind !== 'word' || !token.capitalized) continue
    const match = matchAt(doc.tokens, i)
    if (!match) continue
    let contiguous = true
    for (let k = match.first; k < match.last; k++) contiguous &&= adjacent(doc, k, k + 1)
    if (!contiguous) continue
    matches.push(match)
    i = match.last
  }
  return matches
}

/**
 * Actor mentions from gazetteer matches: drops non-actor phrases, matches inside a person's name and
 * capitals used as places, keeping "Moscow said" and "engage with Moscow".
 */
export function actorMentions(
  doc: Doc,
  matches: readonly GazetteerMatch[],
  inName: Uint8Array,
): ActorMention[] {
  const mentions: ActorMention[] = []
  for (const match of matches) {
    const { entry } = match
    if (entry.actor === null || inName[match.first] === 1) continue
    if (entry.type === 'capital' && isPlace(doc, match.first) && !inDateline(doc, match)) continue
    if (entry.type === 'outlet' && !spokenTo(doc, match.first)) continue
    mentions.push({
      actor: entry.actor,
      kind: entry.kind,
      type: entry.type,
      first: match.first,
      last: match.last,
      surface: doc.text.slice(doc.tokens[match.first]?.start ?? 0, doc.tokens[match.last]?.end ?? 0),
      institution: entry.institution ?? null,
    })
  }
  return mentions
}

/** Words before an outlet's name that make it the one spoken to: "told VOA", "an interview with Reuters". */
const ADDRESSED = new Set('told tells telling interview interviews interviewed'.split(' '))

/** "told VOA", "in an interview with the BBC", "an exclusive interview on the Voice of America". */
function spokenTo(doc: Doc, first: number): boolean {
  let i = first - 1
  if (doc.tokens[i]?.key === 'the') i--
  if (['with', 'on', 'to'].includes(doc.tokens[i]?.key ?? '')) i--
  return ADDRESSED.has(doc.tokens[i]?.key ?? '') && doc.blockOf[i] === doc.blockOf[first]
}

/**
 * "NAIROBI —": a capital in the story's dateline places the story in its country, which the story is
 * then about (a capital that is a mere place inside the story is not counted).
 */
function inDateline(doc: Doc, match: GazetteerMatch): boolean {
  const dateline = doc.article.meta.dateline
  const start = doc.tokens[match.first]?.start ?? -1
  return dateline !== undefined && start >= dateline.start && start < dateline.end
}

function isPlace(doc: Doc, first: number): boolean {
  // The place of a dateline ("KYIV, Ukraine (AP) —") opens its paragraph in capitals.
  const token = doc.tokens[first]
  if (token?.upper && doc.blockOf[first - 1] !== doc.blockOf[first]) return true
  // Walk back over a list of places ("in Berlin, Paris, London, and Brussels") to what governs it.
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) {
    const token = doc.tokens[i]
    if (!token || doc.blockOf[i] !== doc.blockOf[first]) return false
    if (token.text === ',' || token.key === 'and' || token.key === 'or' || token.capitalized) continue
    return LOCATIVE.has(token.key)
  }
  return false
}

/**
 * Organisations the gazetteer does not know, by the shape of their names: capitalised words joined by
 * "of", "for", "on"… around an organisation noun ("Institute for the Study of War", "European Policy
 * Centre"). A country's name before a state noun ("Russian Defense Ministry") makes the whole name that
 * country's body. Returned as matches that replace the gazetteer matches inside them.
 */
export function findOrganizations(doc: Doc, covered: Uint8Array): GazetteerMatch[] {
  const found: GazetteerMatch[] = []
  const { tokens } = doc
  const startsName = (i: number): boolean => {
    const token = tokens[i]
    if (!token || token.kind !== 'word' || !token.capitalized || doc.inHeading[i]) return false
    return covered[i] !== 2 && !FUNCTION_WORDS.has(token.key) && !ROLE_HEADS.has(token.key)
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!startsName(i)) continue
    const last = organizationEnd(doc, i, covered)
    if (last < 0) continue
    const run = tokens.slice(i, last + 1)
    const head = run.findLast((word) => ORGANIZATION_HEADS.has(word.key))?.key ?? ''
    const countryAt = run.findIndex((_, k) => covered[i + k] === 1)
    if (run.every((word, k) => covered[i + k] !== 0 || !word.capitalized)) {
      i = last
      continue
    }
    const surface = doc.text.slice(run[0]?.start ?? 0, run.at(-1)?.end ?? 0)
    const country = countryAt >= 0 ? matchAt(tokens, i + countryAt)?.entry.actor : null
    if (country && STATE_HEADS.has(head)) {
      const entry = { actor: country, kind: 'country', type: 'body', institution: surface } as const
      found.push({ entry, first: i, last })
    } else {
      const kind = GROUP_HEADS.has(head) ? 'group' : 'organization'
      found.push({ entry: { actor: surface, kind, type: 'name' }, first: i, last })
    }
    i = last
  }
  return found
}

/**
 * The last token of an organisation name starting at `first`, or -1: capitalised words up to an
 * organisation noun, then "of/on/for (the) Capitalised…" complements; a role word or a lower-case
 * word ends it ("Council on Foreign Relations President…" stops before "President").
 */
function organizationEnd(doc: Doc, first: number, covered: Uint8Array): number {
  const { tokens } = doc
  let end = -1
  let capitals = 0
  let complement = false
  for (let j = first; j < tokens.length && j < first + 12; j++) {
    const token = tokens[j]
    if (!token || (j > first && !adjacent(doc, j - 1, j))) break
    if (token.kind === 'word' && token.capitalized && !ROLE_HEADS.has(token.key) && covered[j] !== 2) {
      capitals++
      if (ORGANIZATION_HEADS.has(token.key)) {
        end = j
        complement = false
      } else if (end >= 0) {
        if (!complement) break
        end = j
      }
      continue
    }
    // "Tigray People’s Liberation Front": a people's name is part of the organisation's name.
    if (token.kind === 'possessive' && tokens[j - 1]?.key === 'people') continue
    // "African Union and the Intergovernmental Authority": "and" after a complete name starts another.
    if (!NAME_CONNECTORS.has(token.key) || (token.key === 'and' && end === j - 1)) break
    // "Tomas Lind of the Northern Pact": "of" before any organisation noun joins a person to the
    // organisation, not two parts of its name (names with "of" have it after their noun: "Bank of …").
    if (token.key === 'of' && end < 0) return -1
    if (end >= 0) complement = true
  }
  return end >= 0 && capitals >= 2 ? end : -1
}

/** Merges organisation runs into the gazetteer matches; a run replaces the matches inside it. */
export function mergeMatches(
  gazetteer: readonly GazetteerMatch[],
  organizations: readonly GazetteerMatch[],
): GazetteerMatch[] {
  const merged: GazetteerMatch[] = [...organizations]
  let o = 0
  for (const match of gazetteer) {
    while (o < organizations.length && (organizations[o]?.last ?? 0) < match.first) o++
    const run = organizations[o]
    if (run && run.first <= match.last && match.first <= run.last) continue
    merged.push(match)
  }
  return merged.sort((a, b) => a.first - b.first)
}

/**
 * One actor per canonical name, most mentioned first (ties by first appearance). An institution's
 * mention counts for the institution and for the country or body it belongs to.
 */
export function collectActors(mentions: readonly ActorMention[]): Actor[] {
  const byName = new Map<string, { actor: Actor; first: number; aliases: Set<string> }>()
  const count = (name: string, kind: ActorKind, mention: ActorMention): void => {
    let slot = byName.get(name)
    if (!slot) {
      slot = { actor: { name, kind, mentions: 0, aliases: [] }, first: mention.first, aliases: new Set() }
      byName.set(name, slot)
    }
    slot.actor.mentions++
    if (mention.surface !== name) slot.aliases.add(mention.surface)
  }
  for (const mention of mentions) {
    count(mention.actor, mention.kind, mention)
    if (mention.institution !== null) count(mention.institution, 'organization', mention)
  }
  return [...byName.values()]
    .sort((a, b) => b.actor.mentions - a.actor.mentions || a.first - b.first)
    .map(({ actor, aliases }) => ({ ...actor, aliases: [...aliases].sort() }))
}
