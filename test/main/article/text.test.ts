import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../main/article/types'
import { articleFromText, articleIdFor, buildArticle, NO_HEADLINE_WARNING } from '../../../main/article/text'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const seedPath = path.resolve(root, 'test', 'fixtures', 'seed-article.txt')
const fixture = (name: string): string => readFileSync(path.resolve(root, 'test', 'fixtures', name), 'utf8')
const read = (text: string): Article =>
  articleFromText(text, 'test.txt', { retrievedAt: '2025-01-01T00:00:00.000Z' })

function expectOffsetsHold(article: Article): void {
  for (const block of article.blocks) {
    expect(article.text.slice(block.start, block.end)).toBe(block.text)
  }
}

describe('articleFromText', () => {
  it('reads the seed: title, dek, the four headings and paragraphs', () => {
    const expected = JSON.parse(readFileSync(seedPath.replace(/\.txt$/u, '.expect.json'), 'utf8')) as {
      title: string
      subtitle: string
      headings: string[]
    }
    const article = read(readFileSync(seedPath, 'utf8'))
    expect(article.meta.title).toBe(expected.title)
    expect(article.meta.subtitle).toBe(expected.subtitle)
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(
      expected.headings,
    )
    expect(article.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(10)
    expect(article.warnings).toEqual([])
    expectOffsetsHold(article)
  })

  const cases: {
    name: string
    text: string
    title: string | null
    subtitle?: string | null
    kinds: string[]
    meta?: Partial<Article['meta']>
    warnings?: string[]
    firstParagraph?: string
  }[] = [
    {
      name: 'no headline: the first line is a paragraph',
      text: 'Officials said on Monday that the talks would resume next week in Geneva, after a pause of two months.\nThe delegations have not met since March.',
      title: null,
      kinds: ['paragraph', 'paragraph'],
      warnings: [NO_HEADLINE_WARNING],
    },
    {
      name: 'a dateline opens the text: no headline, dateline kept in the paragraph, agency as outlet',
      text: 'KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.\n\nFirefighters worked until dawn.',
      title: null,
      kinds: ['paragraph', 'paragraph'],
      meta: { outlet: 'AP' },
      warnings: [NO_HEADLINE_WARNING],
      firstParagraph: 'KYIV, Ukraine (AP) — Russian drones struck the capital overnight, officials said.',
    },
    {
      name: 'a question on its own line is a paragraph, not a heading',
      text: 'Talks Resume in Geneva\n\nThe delegations met for four hours.\n\nWhat happens next?\n\nBoth sides will report to their capitals.',
      title: 'Talks Resume in Geneva',
      subtitle: null,
      kinds: ['paragraph', 'paragraph', 'paragraph'],
    },
    {
      name: 'byline and date lines go to the metadata',
      text: 'Talks Resume in Geneva\nBy Jane Doe and John Roe\nMarch 4, 2025\n\nLONDON — The delegations met for four hours on Tuesday.\n\nBackground\n\nThe talks began in 2023.',
      title: 'Talks Resume in Geneva',
      kinds: ['paragraph', 'heading', 'paragraph'],
      meta: { byline: 'Jane Doe and John Roe', published: '2025-03-04' },
    },
    {
      name: 'boilerplate lines are removed and counted',
      text: [
        'Talks Resume in Geneva',
        'The delegations met for four hours on Tuesday, officials said.',
        'Delegates arrive at the Palais des Nations in Geneva, Switzerland. (AP Photo/Martial Trezzini)',
        'Photo: Reuters',
        'Both sides will report back to their capitals this week.',
        'This story originated in Geneva.',
        'Copyright 2025 The Associated Press. All rights reserved.',
        'Follow us on Facebook',
        'Sign up for our morning newsletter',
      ].join('\n'),
      title: 'Talks Resume in Geneva',
      kinds: ['paragraph', 'paragraph'],
      warnings: ['Removed 6 boilerplate lines'],
    },
    {
      name: 'bullets become one list block',
      text: 'What the Deal Says\n\nThe agreement has three parts:\n- a ceasefire along the front line\n- an exchange of prisoners\n- talks on a final settlement\n\nIt takes effect on Monday.',
      title: 'What the Deal Says',
      kinds: ['paragraph', 'list', 'paragraph'],
    },
    {
      name: 'hard-wrapped paragraphs are joined back',
      text: [
        'Ceasefire Holds for a Third Day',
        '',
        'The ceasefire along the front line held for a third day on Thursday, according to',
        'officials on both sides, although each accused the other of minor violations near',
        'the southern city of Zaporizhzhia and along the river.',
        '',
        'Monitors from the OSCE are expected to arrive next week.',
      ].join('\n'),
      title: 'Ceasefire Holds for a Third Day',
      kinds: ['paragraph', 'paragraph'],
      firstParagraph:
        'The ceasefire along the front line held for a third day on Thursday, according to officials on both sides, although each accused the other of minor violations near the southern city of Zaporizhzhia and along the river.',
    },
  ]

  it.each(cases)('$name', ({ text, title, subtitle, kinds, meta, warnings, firstParagraph }) => {
    const article = read(text)
    expect(article.meta.title).toBe(title)
    if (subtitle !== undefined) expect(article.meta.subtitle).toBe(subtitle)
    expect(article.blocks.map((block) => block.kind)).toEqual(kinds)
    if (meta) expect(article.meta).toMatchObject(meta)
    expect(article.warnings).toEqual(warnings ?? [])
    if (firstParagraph)
      expect(article.blocks.find((block) => block.kind === 'paragraph')?.text).toBe(firstParagraph)
    expectOffsetsHold(article)
  })

  it('reads the AP fixture: headline, dek, byline, date; caption and credits removed', () => {
    const article = read(fixture('analysis-kyiv-ap.txt'))
    expect(article.meta).toMatchObject({
      title: 'Ukraine says drone attack knocked out power to 200,000 homes',
      subtitle: 'Repair crews worked through the night as temperatures fell below freezing',
      byline: 'Hanna Arhirova and Samya Kullab',
      published: '2025-03-04',
      outlet: 'AP',
    })
    expect(article.warnings).toEqual(['Removed 3 boilerplate lines'])
    expect(article.text).not.toMatch(/AP Photo|Copyright|originated/u)
    expect(article.blocks.some((block) => block.kind === 'heading')).toBe(false)
  })

  it('gives a deterministic id from the text unless one is given', () => {
    const text = 'Talks Resume in Geneva\n\nThe delegations met for four hours.'
    const first = read(text)
    expect(first.id).toMatch(/^article-[0-9a-f]{8}$/u)
    expect(read(text).id).toBe(first.id)
    expect(read(`${text} Again.`).id).not.toBe(first.id)
    expect(articleFromText(text, 'x', { id: 'my-article' }).id).toBe('my-article')
  })

  it('keeps offsets exact for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const article = read(text)
        expectOffsetsHold(article)
        expect(article.id).toMatch(/^[a-z0-9-]{1,64}$/u)
      }),
      { seed: 20250301, numRuns: 200 },
    )
  })
})

describe('buildArticle', () => {
  it('joins blocks with a blank line, computes offsets and drops empty blocks', () => {
    const article = buildArticle({
      meta: { origin: 'page.html', title: 'A Title', retrievedAt: '2025-01-01T00:00:00.000Z' },
      blocks: [
        { kind: 'heading', text: '  Section   one ' },
        { kind: 'paragraph', text: 'First\nparagraph.' },
        { kind: 'paragraph', text: '   ' },
        { kind: 'list', text: ' one \n\n two ' },
      ],
    })
    expect(article.text).toBe('Section one\n\nFirst paragraph.\n\none\ntwo')
    expect(article.blocks).toEqual([
      { kind: 'heading', text: 'Section one', start: 0, end: 11, level: 2 },
      { kind: 'paragraph', text: 'First paragraph.', start: 13, end: 29 },
      { kind: 'list', text: 'one\ntwo', start: 31, end: 38 },
    ])
    expect(article.id).toBe(articleIdFor(article.text))
    expect(article.warnings).toEqual([])
  })

  it('warns when there is no headline and fills missing metadata with null', () => {
    const article = buildArticle({ meta: { origin: 'x' }, blocks: [{ kind: 'paragraph', text: 'Text.' }] })
    expect(article.warnings).toEqual([NO_HEADLINE_WARNING])
    expect(article.meta).toMatchObject({
      title: null,
      subtitle: null,
      byline: null,
      outlet: null,
      published: null,
      url: null,
    })
  })
})
