import { describe, expect, it } from 'vitest'
import {
  COUNTRIES,
  INSTITUTIONS,
  KNOWN_PEOPLE,
  METONYMS,
  NON_ACTOR_PHRASES,
  ORGANIZATIONS,
  OUTLETS,
  nameTokens,
} from '../../../main/analysis/gazetteer'
import { tokenize } from '../../../main/analysis/tokens'

/** Every name the data files hold: each field of each line, each alias of a list. */
const names = [
  ...ORGANIZATIONS.flatMap(({ name, aliases }) => [name, ...aliases]),
  ...KNOWN_PEOPLE.flatMap(({ name, forms }) => [name, ...forms]),
  ...COUNTRIES.flatMap(({ name, aliases, demonyms, capitals }) => [
    name,
    ...aliases,
    ...demonyms,
    ...capitals,
  ]),
  ...[...INSTITUTIONS, ...OUTLETS].flatMap(({ name, aliases }) => [name, ...aliases]),
  ...METONYMS.map(({ name }) => name),
  ...NON_ACTOR_PHRASES,
].filter((name) => name !== '')

/** What the gazetteer's patterns are made of, by way of the article tokenizer. */
function viaTokenizer(name: string) {
  return tokenize(name).map((token) => ({
    key: token.key,
    capitalized: token.capitalized,
    upper: token.upper && token.text.replace(/[^\p{L}]/gu, '').length > 1,
  }))
}

describe('gazetteer names', () => {
  it('split as the article tokenizer splits them, for every name in the data files', () => {
    expect(names.length).toBeGreaterThan(1000)
    for (const name of names) expect(nameTokens(name), name).toEqual(viaTokenizer(name))
  })

  it.each(['NATO', 'U.S.', 'A', 'Xi', 'von der Leyen', 'Côte d’Ivoire', 'G7', 'Jean-Yves Le Drian'])(
    '%s splits as the tokenizer splits it',
    (name) => {
      expect(nameTokens(name)).toEqual(viaTokenizer(name))
    },
  )
})
