import type { Article } from '../article/types'
import type { Person } from './types'
import { gazetteer, keyOf, knownActor } from './gazetteer'
import { PRESS_ROLES, ROLE_HEADS } from './lexicon'
import { withoutInitials } from './people'
import { tokenize } from './tokens'

/**
 * The signatory of a statement: a byline that gives a name and an office ("Antony J. Blinken, Secretary
 * of State") names the person whose statement the article is, with the role as the byline writes it.
 * A reporter's byline ("By Jane Doe, Staff Writer") holds no office and names no one here.
 */
export function bylineSignatory(article: Article, people: readonly Person[]): Person | null {
  const byline = article.meta.byline
  const comma = byline?.indexOf(',') ?? -1
  if (!byline || comma < 0) return null
  const name = byline.slice(0, comma).trim()
  const role = byline.slice(comma + 1).trim()
  const words = tokenize(name).filter((token) => token.kind === 'word')
  if (words.length < 2 || words.length > 5 || !words.every((token) => token.capitalized)) return null
  const roleWords = tokenize(role)
  if (!roleWords.some((token) => ROLE_HEADS.has(token.key))) return null
  if (roleWords.some((token) => PRESS_ROLES.has(token.key))) return null
  const key = keyOf(name)
  const known = gazetteer().people.get(key) ?? gazetteer().people.get(withoutInitials(key)) ?? null
  const canonical = known?.name ?? name
  if (people.some((person) => person.name === canonical)) return null
  const actor = known ? knownActor(known, article.meta.published) : null
  return { name: canonical, role, actor, mentions: 0, aliases: canonical === name ? [] : [name] }
}
