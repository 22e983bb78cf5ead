import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { toAnalyzeJson } from '../../../main/analysis/analyze-json'

type Expected = {
  title: string
  subtitle: string
  headings: string[]
  quotes: { text_starts: string; speaker: string; actor: string }[]
  actors: string[]
  people: string[]
}

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const fixtures = path.resolve(root, 'test', 'fixtures')
const expected = JSON.parse(readFileSync(path.join(fixtures, 'seed-article.expect.json'), 'utf8')) as Expected
const article = articleFromText(
  readFileSync(path.join(fixtures, 'seed-article.txt'), 'utf8'),
  'seed-article.txt',
  {
    retrievedAt: '2025-01-01T00:00:00.000Z',
  },
)
const analysis = analyzeArticle(article)
const json = toAnalyzeJson(article, analysis)

/** The actor each seed person stands for (the expectation file lists names only). */
const personActors: Record<string, string> = {
  'Steve Witkoff': 'United States',
  'Donald Trump': 'United States',
  'Vladimir Putin': 'Russia',
  'Volodymyr Zelensky': 'Ukraine',
  'Emmanuel Macron': 'France',
  'Olaf Scholz': 'Germany',
  'Jens Stoltenberg': 'NATO',
  'Dmitry Peskov': 'Russia',
}

describe('seed article', () => {
  it('has the exact title, subtitle and the four headings only', () => {
    expect(json.title).toBe(expected.title)
    expect(json.subtitle).toBe(expected.subtitle)
    expect(json.headings).toEqual(expected.headings)
  })

  it.each(expected.quotes)(
    'quote "$text_starts…" is by $speaker for $actor',
    ({ text_starts, speaker, actor }) => {
      const quote = json.quotes.find((candidate) => candidate.text.startsWith(text_starts))
      expect(quote).toMatchObject({ speaker, actor })
    },
  )

  it('finds all 12 quotes and no extra one, with offsets of the quoted words', () => {
    const matched = json.quotes.filter((quote) =>
      expected.quotes.some((e) => quote.text.startsWith(e.text_starts)),
    )
    expect(matched).toHaveLength(12)
    expect(json.quotes).toHaveLength(12)
    for (const quote of analysis.quotes) {
      expect(article.text.slice(quote.start, quote.end)).toBe(quote.text)
      if (quote.attribution) expect(quote.attribution.end).toBeLessThanOrEqual(article.text.length)
    }
  })

  it('finds the 11 actors, aliases merged', () => {
    const names = json.actors.map((actor) => actor.name)
    for (const name of expected.actors) expect(names).toContain(name)
    expect(json.actors.find((actor) => actor.name === 'United States')?.aliases).toEqual(
      expect.arrayContaining(['US', 'American', 'State Department']),
    )
    expect(json.actors.find((actor) => actor.name === 'Russia')?.aliases).toEqual(
      expect.arrayContaining(['Russian', 'Kremlin', 'Moscow']),
    )
    // South China Sea is a sea, not China; Berlin, Paris, London and Brussels are places visited.
    expect(json.actors.find((actor) => actor.name === 'China')?.mentions).toBe(2)
    expect(names).not.toContain('United Kingdom')
    expect(names).not.toContain('European Union')
  })

  it('finds exactly the 8 people, each with the actor they stand for', () => {
    expect(json.people.map((person) => person.name).sort()).toEqual([...expected.people].sort())
    for (const person of json.people) expect(person.actor).toBe(personActors[person.name])
    expect(json.people.find((person) => person.name === 'Jens Stoltenberg')?.role).toBe('Secretary-General')
  })

  it('puts the lead first among the key sentences', () => {
    expect(json.keySentences[0]).toMatch(/^In a significant diplomatic development, Steve Witkoff/u)
    for (const sentence of analysis.keySentences) {
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })
})
