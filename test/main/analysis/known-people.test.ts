import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { KNOWN_PEOPLE, KNOWN_PEOPLE_CHECKED, gazetteer } from '../../../main/analysis/gazetteer'

function personIn(body: string, published: string | null, name: string) {
  const article = articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' })
  const dated = { ...article, meta: { ...article.meta, published } }
  return analyzeArticle(dated).people.find((person) => person.name === name)
}

describe('known people: no roles, and posts only within their dates', () => {
  const cases: { name: string; body: string; published: string | null; actor: string }[] = [
    {
      name: 'a post at an international body counts on a day within it',
      body: '“We stand together,” Stoltenberg said on Monday.',
      published: '2020-05-04',
      actor: 'NATO',
    },
    {
      name: 'after the post ended the person counts for their country',
      body: '“We stand together,” Stoltenberg said on Monday.',
      published: '2025-03-01',
      actor: 'Norway',
    },
    {
      name: 'an undated article never gets a post from the list',
      body: '“We stand together,” Stoltenberg said on Monday.',
      published: null,
      actor: 'Norway',
    },
    {
      name: 'a post still open when the list was checked is not assumed after that',
      body: '“We stand together,” Rutte said on Monday.',
      published: '2031-01-01',
      actor: 'Netherlands',
    },
    {
      name: 'what the article writes wins over the list',
      body: '“We stand together,” NATO Secretary General Jens Stoltenberg said on Monday.',
      published: '2026-01-01',
      actor: 'NATO',
    },
  ]

  it.each(cases)('$name', ({ body, published, actor }) => {
    const name = body.includes('Rutte') ? 'Mark Rutte' : 'Jens Stoltenberg'
    const person = personIn(body, published, name)
    expect(person?.actor).toBe(actor)
  })

  it('gives no role that the article does not write', () => {
    expect(
      personIn('“We stand together,” Stoltenberg said.', '2020-05-04', 'Jens Stoltenberg')?.role,
    ).toBeNull()
  })

  it('holds only actors the gazetteer knows, and posts with dates in order up to the check', () => {
    const { kinds } = gazetteer()
    for (const person of KNOWN_PEOPLE) {
      expect(kinds.get(person.country), person.name).toBe('country')
      for (const office of person.offices ?? []) {
        expect(kinds.has(office.actor), office.actor).toBe(true)
        expect(office.from <= KNOWN_PEOPLE_CHECKED, person.name).toBe(true)
        if (office.to !== null) expect(office.from < office.to, person.name).toBe(true)
      }
    }
  })
})

describe('the signatory of a statement', () => {
  function peopleOf(text: string) {
    return analyzeArticle(articleFromText(text, 'test', { retrievedAt: 'x' })).people
  }

  it('a byline with an office names its person, with the role as written', () => {
    const people = peopleOf(
      'Talks On The Northern Border\n\nIlona Varga, Minister of Foreign Affairs\n\nWe call on both sides to return to the table this week.',
    )
    expect(people).toContainEqual(
      expect.objectContaining({ name: 'Ilona Varga', role: 'Minister of Foreign Affairs' }),
    )
  })

  it('a reporter’s byline names no one', () => {
    const people = peopleOf(
      'Talks On The Northern Border\n\nBy Jane Doe, Staff Writer\n\nBoth sides returned to the table this week.',
    )
    expect(people.map((person) => person.name)).not.toContain('Jane Doe')
  })
})

describe('a known person is named as the article spells them', () => {
  const namesIn = (body: string) =>
    analyzeArticle(
      articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' }),
    ).people.map((person) => person.name)

  it.each([
    { body: 'President Volodymyr Zelenskyy spoke in Kyiv.', name: 'Volodymyr Zelenskyy' },
    { body: '“We will hold,” Zelenskyy said on Monday.', name: 'Volodymyr Zelenskyy' },
    { body: 'Foreign Minister Sergey Lavrov spoke in Moscow.', name: 'Sergey Lavrov' },
    { body: 'President Donald J. Trump spoke on Monday.', name: 'Donald Trump' },
    { body: '“We will hold,” Zelensky said on Monday.', name: 'Volodymyr Zelensky' },
  ])('$body → $name', ({ body, name }) => {
    expect(namesIn(body)).toEqual([name])
  })
})
