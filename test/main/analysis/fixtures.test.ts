import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

const root = path.resolve(import.meta.dirname, '..', '..', '..')

function analyze(name: string) {
  const text = readFileSync(path.resolve(root, 'test', 'fixtures', name), 'utf8')
  const article = articleFromText(text, name, { retrievedAt: '2025-01-01T00:00:00.000Z' })
  return { article, analysis: analyzeArticle(article) }
}

type ExpectedQuote = { starts: string; speaker: string; actor: string | null; contains?: string }

const cases: {
  fixture: string
  quotes: ExpectedQuote[]
  people: { name: string; actor: string | null; aliases?: string[] }[]
  actors: string[]
  notActors?: string[]
}[] = [
  {
    fixture: 'analysis-kyiv-ap.txt',
    quotes: [
      { starts: 'The enemy is once again', speaker: 'Herman Halushchenko', actor: null },
      // the next sentence of the same paragraph keeps its speaker
      { starts: 'But our engineers are already', speaker: 'Herman Halushchenko', actor: null },
      { starts: 'The Shahed drones came in waves', speaker: 'Yuriy Ihnat', actor: null },
      { starts: 'Our mobile fire groups', speaker: 'Yuriy Ihnat', actor: null },
      // straight quotes split around "he wrote": one quote, "he" resolved to the mayor
      {
        starts: 'Every kilowatt counts right now',
        speaker: 'Oleksandr Tkachenko',
        actor: 'Ukraine',
        contains: 'right now, so please be patient',
      },
      { starts: 'Russia wants to negotiate', speaker: 'Olena Prokopenko', actor: 'German Marshall Fund' },
      // a quote that runs over two paragraphs, attributed after its end
      {
        starts: 'The pattern is familiar',
        speaker: 'Olena Prokopenko',
        actor: 'German Marshall Fund',
        contains: 'intensify.\n\nIt is a way',
      },
      { starts: 'a massive strike with long-range', speaker: 'Igor Konashenkov', actor: 'Russia' },
    ],
    people: [
      { name: 'Herman Halushchenko', actor: null, aliases: ['Halushchenko'] },
      { name: 'Yuriy Ihnat', actor: null },
      { name: 'Oleksandr Tkachenko', actor: 'Ukraine' },
      { name: 'Olena Prokopenko', actor: 'German Marshall Fund' },
      { name: 'Igor Konashenkov', actor: 'Russia' },
    ],
    actors: ['Ukraine', 'Russia', 'Russian Defense Ministry', 'German Marshall Fund'],
    notActors: ['Germany'],
  },
  {
    fixture: 'analysis-beijing-serbia.txt',
    quotes: [
      // "praising what he called": he is the sentence's subject, Xi, not the last name before it
      { starts: 'ironclad friendship', speaker: 'Xi Jinping', actor: 'China' },
      // a speaker written in Chinese characters
      { starts: 'China and Serbia are true friends', speaker: 'Xi Jinping', actor: 'China' },
      { starts: 'We will continue to support Serbia', speaker: 'Xi Jinping', actor: 'China' },
      { starts: 'never forget', speaker: 'Aleksandar Vučić', actor: 'Serbia' },
      // curly quotes split around "Vucic said" (spelled without diacritics)
      {
        starts: 'Our friendship is not directed',
        speaker: 'Aleksandar Vučić',
        actor: 'Serbia',
        contains: 'against anyone, and it will not change',
      },
      { starts: 'These are not loans', speaker: 'Siniša Mali', actor: 'Serbia' },
      { starts: 'a new chapter', speaker: 'Mao Ning', actor: 'China' },
      { starts: 'China firmly supports', speaker: 'Mao Ning', actor: 'China' },
      {
        starts: 'Belgrade cannot sit on two chairs',
        speaker: 'Dragana Kovačević',
        actor: 'European Policy Centre',
      },
      {
        starts: 'takes note',
        speaker: 'A spokesperson for the European Commission',
        actor: 'European Union',
      },
    ],
    people: [
      { name: 'Xi Jinping', actor: 'China', aliases: ['习近平'] },
      { name: 'Aleksandar Vučić', actor: 'Serbia', aliases: ['Vucic', 'Vučić'] },
      { name: 'Siniša Mali', actor: 'Serbia', aliases: ['Mali'] },
      { name: 'Mao Ning', actor: 'China', aliases: ['毛宁'] },
      // diacritics merged for someone no gazetteer knows
      { name: 'Dragana Kovačević', actor: 'European Policy Centre', aliases: ['Kovacevic'] },
    ],
    actors: [
      'China',
      'Chinese Foreign Ministry',
      'Serbia',
      'European Union',
      'European Commission',
      'Russia',
      'Kosovo',
      'European Policy Centre',
    ],
    // "Siniša Mali" is a person; the country Mali is not in the article
    notActors: ['Mali'],
  },
  {
    fixture: 'analysis-press-statement.txt',
    quotes: [],
    people: [],
    actors: [
      'Sudan',
      'Sudanese Armed Forces',
      'Norway',
      'United Kingdom',
      'United States',
      'Rapid Support Forces',
      'Chad',
      'United Nations',
      'African Union',
      'Intergovernmental Authority on Development',
    ],
  },
  {
    fixture: 'analysis-scare-quotes.txt',
    quotes: [
      { starts: 'Russian law', speaker: 'critics', actor: null },
      { starts: 'transparency', speaker: 'the government', actor: null },
      { starts: 'best practice', speaker: 'The ruling party', actor: null },
      { starts: 'a copy of the Kremlin', speaker: 'The opposition', actor: null },
      { starts: 'This law is about transparency', speaker: 'Irakli Kobakhidze', actor: null },
      { starts: 'Anyone who has nothing to hide', speaker: 'Irakli Kobakhidze', actor: null },
    ],
    people: [{ name: 'Irakli Kobakhidze', actor: null }],
    actors: ['Georgia', 'Russia', 'European Union'],
  },
  {
    // Ranks are titles ("Spc.", "Sgt. 1st Class", "Petty Officer 2nd Class"); "she said" is the subject
    // of the sentence before, not the last name in it; the clause before a colon speaks by its subject.
    fixture: 'military-news.txt',
    quotes: [
      { starts: 'The cold tested every vehicle', speaker: 'Miriam Ostrova', actor: null },
      { starts: 'That is what readiness looks like', speaker: 'Miriam Ostrova', actor: null },
      { starts: 'We replaced more batteries', speaker: 'Daniel Reyes', actor: null },
      { starts: 'They learned to pull a truck', speaker: 'Hana Kowal', actor: null },
      { starts: 'The ships could hear the brigade', speaker: 'Tomas Lindqvist', actor: null },
      { starts: 'We made mistakes early', speaker: 'Anton Vey', actor: null },
    ],
    people: [
      { name: 'Miriam Ostrova', actor: null },
      { name: 'Daniel Reyes', actor: null },
      { name: 'Hana Kowal', actor: null },
      { name: 'Ilya Brandt', actor: null },
      { name: 'Tomas Lindqvist', actor: null },
      { name: 'Anton Vey', actor: null },
    ],
    actors: ['Harbor Brigade'],
  },
]

describe.each(cases)('$fixture', ({ fixture, quotes, people, actors, notActors }) => {
  const { article, analysis } = analyze(fixture)

  it('finds exactly the expected quotes, in order, with speaker and actor', () => {
    // Quotes are compared by how their text starts; a wrong start shows the first 40 characters found.
    const found = analysis.quotes.map(({ text, speaker, actor }, index) => {
      const starts = quotes[index]?.starts
      return {
        starts: starts !== undefined && text.startsWith(starts) ? starts : text.slice(0, 40),
        speaker,
        actor,
      }
    })
    expect(found).toEqual(quotes.map(({ starts, speaker, actor }) => ({ starts, speaker, actor })))
    quotes.forEach((expected, index) => {
      if (expected.contains) expect(analysis.quotes[index]?.text).toContain(expected.contains)
    })
  })

  it('gives quote offsets that start and end on the quoted words', () => {
    for (const quote of analysis.quotes) {
      const slice = article.text.slice(quote.start, quote.end)
      expect(slice.startsWith(quote.text.slice(0, 20))).toBe(true)
      expect(slice.endsWith(quote.text.slice(-10))).toBe(true)
      if (quote.attribution)
        expect(article.text.slice(quote.attribution.start, quote.attribution.end)).not.toBe('')
    }
  })

  it('finds the people with their actors, spellings merged', () => {
    expect(analysis.people.map((person) => person.name)).toEqual(people.map((person) => person.name))
    for (const expected of people) {
      const person = analysis.people.find((candidate) => candidate.name === expected.name)
      expect(person?.actor).toBe(expected.actor)
      if (expected.aliases) expect(person?.aliases).toEqual(expected.aliases)
    }
  })

  it('finds the actors', () => {
    const names = analysis.actors.map((actor) => actor.name)
    expect([...names].sort()).toEqual([...actors].sort())
    for (const name of notActors ?? []) expect(names).not.toContain(name)
  })
})
