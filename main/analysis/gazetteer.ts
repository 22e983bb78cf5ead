import type { ActorKind } from './types'
import type { Token } from './tokens'
import { tokenize } from './tokens'
import bodyData from './data/bodies.json' with { type: 'json' }
import institutionData from './data/institutions.json' with { type: 'json' }
import outletData from './data/outlets.json' with { type: 'json' }
import countryData from './data/countries.json' with { type: 'json' }
import countryUsage from './data/country-usage.json' with { type: 'json' }
import knownPeopleData from './data/known-people.json' with { type: 'json' }

/**
 * How a name refers to its actor; capitals are only the actor when they are not a place, and outlets
 * only when someone speaks to them.
 */
export type AliasType = 'name' | 'demonym' | 'capital' | 'body' | 'outlet' | 'none'

export type GazetteerEntry = {
  actor: string | null
  kind: ActorKind
  type: AliasType
  /** The institution a body's name names ("U.S. Department of State"); `actor` is what it belongs to. */
  institution?: string
}

/** Institutions of a country or body, and metonyms that stand for one (data/institutions.json). */
export const INSTITUTIONS: readonly { name: string; parent: string; aliases: readonly string[] }[] =
  institutionData.institutions
export const METONYMS: readonly { name: string; parent: string }[] = institutionData.metonyms
/** Bodies people speak for: intergovernmental bodies, NGOs, think tanks, armed groups (data/bodies.json). */
export const ORGANIZATIONS: readonly {
  name: string
  aliases: readonly string[]
  kind: 'organization' | 'group'
}[] = bodyData.organizations.map(({ name, aliases, kind }) => ({
  name,
  aliases,
  kind: kind === 'group' ? 'group' : 'organization',
}))
/** Capitalised phrases that contain a gazetteer name but are places, eras or media, not actors. */
export const NON_ACTOR_PHRASES: readonly string[] = bodyData.nonActorPhrases
/** News outlets (data/outlets.json). */
export const OUTLETS: readonly { name: string; aliases: readonly string[] }[] = outletData.outlets

/**
 * Countries with every name, demonym and capital the analysis knows them by: the generated package data
 * (data/countries.json) and what news English adds to it (data/country-usage.json).
 */
export const COUNTRIES: readonly {
  name: string
  aliases: string[]
  demonyms: string[]
  capitals: string[]
}[] = countryData.countries.map((country) => {
  const extra = (table: Record<string, string[] | undefined>): string[] => table[country.name] ?? []
  return {
    name: country.name,
    aliases: [...country.aliases, ...extra(countryUsage.aliases)],
    demonyms: [...country.demonyms, ...extra(countryUsage.demonyms)],
    capitals: [...country.capitals, ...extra(countryUsage.capitals)],
  }
})

/** A post at an international body, from one date up to (not including) another; `to` null: still held. */
export type Office = { actor: string; from: string; to: string | null }

/** Someone the article may take for granted (data/known-people.json): no role, only a country and dated posts. */
export type KnownPerson = {
  name: string
  forms: readonly string[]
  country: string
  offices?: readonly Office[]
}

export const KNOWN_PEOPLE: readonly KnownPerson[] = knownPeopleData.people
/** The day the known people's posts were last checked: an open post is only known to hold until then. */
export const KNOWN_PEOPLE_CHECKED: string = knownPeopleData.checked

/**
 * Whom a known person speaks for in an article published on `published` (yyyy-mm-dd…): the body of a
 * post they held that day, else their country. An undated article, or one after the list was last
 * checked, never gets a post from the list.
 */
export function knownActor(person: KnownPerson, published: string | null): string {
  const day = /^\d{4}-\d{2}-\d{2}/u.exec(published ?? '')?.[0]
  if (!day) return person.country
  const office = person.offices?.find((post) => post.from <= day && day < (post.to ?? KNOWN_PEOPLE_CHECKED))
  return office?.actor ?? person.country
}

type Pattern = { capitalized: boolean[]; upper: boolean[] }
type Node = { next: Map<string, Node>; entry?: GazetteerEntry; patterns?: Pattern[] }

export type Gazetteer = {
  root: Node
  /** Known people by the key of each form that refers to them alone. */
  people: Map<string, KnownPerson>
  /** Kind of every actor the gazetteer names. */
  kinds: Map<string, ActorKind>
}

let cached: Gazetteer | null = null

/** The gazetteer, built once from the data files on first use. */
export function gazetteer(): Gazetteer {
  if (cached) return cached
  const root: Node = { next: new Map() }
  for (const { name, aliases, demonyms, capitals } of COUNTRIES) {
    const entry = (type: AliasType): GazetteerEntry => ({ actor: name, kind: 'country', type })
    for (const alias of [name, ...aliases]) insert(root, alias, entry('name'))
    for (const demonym of demonyms) insert(root, demonym, entry('demonym'))
    for (const capital of capitals) insert(root, capital, entry('capital'))
  }
  insert(root, 'Brussels', { actor: 'European Union', kind: 'organization', type: 'capital' })
  for (const { name, aliases, kind } of ORGANIZATIONS) {
    const entry: GazetteerEntry = { actor: name, kind, type: 'name' }
    for (const alias of [name, ...aliases]) insert(root, alias, entry)
  }
  const kinds = new Map<string, ActorKind>()
  for (const { name } of COUNTRIES) kinds.set(name, 'country')
  for (const { name, kind } of ORGANIZATIONS) kinds.set(name, kind)
  for (const { name, parent, aliases } of INSTITUTIONS) {
    const entry: GazetteerEntry = {
      actor: parent,
      kind: kinds.get(parent) ?? 'organization',
      type: 'body',
      institution: name,
    }
    for (const alias of [name, ...aliases]) insert(root, alias, entry)
    kinds.set(name, 'organization')
  }
  for (const { name, parent } of METONYMS) {
    insert(root, name, { actor: parent, kind: kinds.get(parent) ?? 'organization', type: 'body' })
  }
  for (const { name, aliases } of OUTLETS) {
    const entry: GazetteerEntry = { actor: name, kind: 'organization', type: 'outlet' }
    for (const alias of [name, ...aliases]) insert(root, alias, entry)
    kinds.set(name, 'organization')
  }
  for (const phrase of NON_ACTOR_PHRASES) insert(root, phrase, { actor: null, kind: 'group', type: 'none' })

  const people = new Map<string, KnownPerson>()
  for (const person of KNOWN_PEOPLE) {
    for (const form of [person.name, ...person.forms]) people.set(keyOf(form), person)
  }
  cached = { root, people, kinds }
  return cached
}

/** The key of a name: its token keys joined by spaces ("Vučić" → "vucic"). */
export function keyOf(name: string): string {
  return nameTokens(name)
    .map((token) => token.key)
    .join(' ')
}

/** A word of a gazetteer name, as a pattern: its key, and the capitals it must be written with. */
export type NameToken = { key: string; capitalized: boolean; upper: boolean }

// Most names are plain ASCII words ("United States"): split directly, they give what tokenize()
// gives (a test checks every name), at a fraction of its cost in a fresh process.
const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/

/** The words of a name; an all-capitals word counts as such only with two letters or more. */
export function nameTokens(name: string): NameToken[] {
  if (PLAIN_NAME.test(name)) {
    return name.split(' ').map((word) => ({
      key: word.toLowerCase(),
      capitalized: word.charAt(0) !== word.charAt(0).toLowerCase(),
      upper: word.length > 1 && word === word.toUpperCase(),
    }))
  }
  return tokenize(name).map((token) => ({
    key: token.key,
    capitalized: token.capitalized,
    upper: token.upper && token.text.replace(/[^\p{L}]/gu, '').length > 1,
  }))
}

function insert(root: Node, alias: string, entry: GazetteerEntry): void {
  const tokens = nameTokens(alias)
  let node = root
  for (const token of tokens) {
    let next = node.next.get(token.key)
    if (!next) {
      next = { next: new Map() }
      node.next.set(token.key, next)
    }
    node = next
  }
  // The first entry for a key wins, so a country's own name beats another line's alias.
  node.entry ??= entry
  node.patterns ??= []
  node.patterns.push({
    capitalized: tokens.map((token) => token.capitalized),
    upper: tokens.map((token) => token.upper),
  })
}

export type GazetteerMatch = { entry: GazetteerEntry; first: number; last: number }

/**
 * The longest gazetteer name starting at token `index`, written with the capitals the name has
 * ("US" but not "us", "WHO" but not "who", "Turkey" but not "turkey").
 */
export function matchAt(tokens: readonly Token[], index: number): GazetteerMatch | null {
  let node: Node | undefined = gazetteer().root
  let best: GazetteerMatch | null = null
  for (let i = index; i < tokens.length && i < index + 8; i++) {
    const token = tokens[i]
    if (!token) break
    node = node.next.get(token.key)
    if (!node) break
    if (node.entry && node.patterns?.some((pattern) => fits(pattern, tokens, index))) {
      best = { entry: node.entry, first: index, last: i }
    }
  }
  return best
}

function fits(pattern: Pattern, tokens: readonly Token[], index: number): boolean {
  for (let k = 0; k < pattern.capitalized.length; k++) {
    const token = tokens[index + k]
    if (!token) return false
    if (pattern.capitalized[k] && !token.capitalized) return false
    if (pattern.upper[k] && !token.upper) return false
  }
  return true
}
