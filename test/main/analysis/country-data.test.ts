import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  COUNTRY_DATA_PATH,
  buildFromInstalledPackage,
  countryDataText,
} from '../../../scripts/build-country-data'
import { COUNTRIES, gazetteer, matchAt } from '../../../main/analysis/gazetteer'
import { tokenize } from '../../../main/analysis/tokens'
import usage from '../../../main/analysis/data/country-usage.json' with { type: 'json' }

/** The country a phrase opens with, as the gazetteer reads it, and how it names it. */
function countryOf(phrase: string): { actor: string | null; type: string } | null {
  const match = matchAt(tokenize(phrase), 0)
  return match ? { actor: match.entry.actor, type: match.entry.type } : null
}

describe('country data', () => {
  it('is what the script makes from the installed world-countries package', async () => {
    const made = await countryDataText(buildFromInstalledPackage())
    expect(readFileSync(COUNTRY_DATA_PATH, 'utf8')).toBe(made)
  })

  it('holds every UN member and the listed territories, once each', () => {
    const names = COUNTRIES.map((country) => country.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.length).toBe(193 + 1 + usage.territories.length)
  })

  it('names in the usage file are countries of the data', () => {
    const names = new Set(COUNTRIES.map((country) => country.name))
    const keys = [
      ...Object.values(usage.names),
      ...usage.territories,
      ...Object.keys(usage.aliases),
      ...Object.keys(usage.demonyms),
      ...Object.keys(usage.capitals),
    ]
    for (const key of keys) expect(names.has(key), key).toBe(true)
  })

  it.each([
    ['U.S. officials', { actor: 'United States', type: 'name' }],
    ['Americans', { actor: 'United States', type: 'demonym' }],
    ['Washington', { actor: 'United States', type: 'capital' }],
    ['Türkiye', { actor: 'Turkey', type: 'name' }],
    ['Turks', { actor: 'Turkey', type: 'demonym' }],
    ['Kenyans', { actor: 'Kenya', type: 'demonym' }],
    ['Nairobi', { actor: 'Kenya', type: 'capital' }],
    ['Congo', { actor: 'Democratic Republic of the Congo', type: 'name' }],
    ['Burma', { actor: 'Myanmar', type: 'name' }],
    ['People’s Republic of China', { actor: 'China', type: 'name' }],
    ['Republic of China', { actor: 'Taiwan', type: 'name' }],
    ['Republic of Korea', { actor: 'South Korea', type: 'name' }],
    ['Brussels', { actor: 'European Union', type: 'capital' }],
  ])('%s', (phrase, expected) => {
    expect(countryOf(phrase)).toEqual(expected)
  })

  it.each(['IN', 'TR', 'Island', 'Victoria', 'Emirates'])(
    '%s (an ISO code, a common word or place) names no country',
    (phrase) => {
      expect(countryOf(phrase)?.actor ?? null).toBeNull()
    },
  )

  it('every country is known as one', () => {
    const { kinds } = gazetteer()
    for (const { name } of COUNTRIES) expect(kinds.get(name), name).toBe('country')
  })
})
