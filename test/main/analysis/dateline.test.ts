import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

function actorsOf(body: string): string[] {
  const article = articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' })
  return analyzeArticle(article).actors.map((actor) => actor.name)
}

describe('the dateline places the story', () => {
  const cases: { name: string; body: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a capital in a shouted dateline stands for its country',
      body: 'NAIROBI — Talks between the two rebel groups resumed on Monday, officials said.',
      present: ['Kenya'],
      absent: [],
    },
    {
      name: 'a dated dateline with its region',
      body: 'Ottawa, Ont., June 25, 2008 - Officials met again on Wednesday to discuss the trade rules.',
      present: ['Canada'],
      absent: [],
    },
    {
      name: 'a dateline place that is no capital adds no country',
      body: 'MOMBASA — Talks between the two rebel groups resumed on Monday, officials said.',
      present: [],
      absent: ['Kenya'],
    },
    {
      name: 'a capital used as a place in the story is still only a place',
      body: 'Talks between the two rebel groups resumed in Nairobi on Monday, officials said.',
      present: [],
      absent: ['Kenya'],
    },
  ]

  it.each(cases)('$name', ({ body, present, absent }) => {
    const actors = actorsOf(body)
    for (const name of present) expect(actors).toContain(name)
    for (const name of absent) expect(actors).not.toContain(name)
  })
})

describe('names the text gives a kind', () => {
  const cases: { name: string; body: string; present: string[]; absent: string[] }[] = [
    {
      name: 'a class noun in apposition',
      body: 'Officials met the Canadian group Friends of the Lakes, which calls itself a citizens’ movement.',
      present: ['Friends of the Lakes'],
      absent: [],
    },
    {
      name: 'a list after a plural class noun, with an "al-" particle',
      body: 'The truce will not apply to armed groups, including Islamic State, al-Rashid Brigade and others.',
      present: ['Islamic State', 'al-Rashid Brigade'],
      absent: ['others'],
    },
    {
      name: 'such as, with two names joined by "and"',
      body: 'Smaller parties such as Nova Alliance and Green Dawn left the talks.',
      present: ['Nova Alliance', 'Green Dawn'],
      absent: [],
    },
    {
      name: 'a class noun followed by a verb names nothing',
      body: 'The group said on Monday that it would not attend.',
      present: [],
      absent: ['said'],
    },
  ]

  it.each(cases)('$name', ({ body, present, absent }) => {
    const actors = actorsOf(body)
    for (const name of present) expect(actors).toContain(name)
    for (const name of absent) expect(actors).not.toContain(name)
  })
})
