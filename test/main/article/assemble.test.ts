import { describe, expect, it } from 'vitest'
import { assembleArticle, fitArticle, normalizeDate } from '../../../main/article/assemble'

// What every markup reader shares: heading levels, dates, and the api's size bounds.

const context = { origin: 'test', retrievedAt: '2025-11-28T00:00:00.000Z' }

describe('assembleArticle', () => {
  it('renumbers heading levels so the top section level is 2, keeping their order', () => {
    const article = assembleArticle(
      {
        meta: { title: 'T' },
        blocks: [
          { kind: 'heading', text: 'A', level: 3 },
          { kind: 'heading', text: 'B', level: 5 },
          { kind: 'paragraph', text: '  spaced \u00a0 out\u200b  ' },
          { kind: 'list', text: ' one \n  two ' },
          { kind: 'heading', text: 'C', level: 3 },
        ],
      },
      context,
    )
    expect(article.blocks.map((b) => [b.text, b.level])).toEqual([
      ['A', 2],
      ['B', 3],
      ['spaced out', undefined],
      ['one\ntwo', undefined],
      ['C', 2],
    ])
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text)
  })
})

describe('normalizeDate', () => {
  it.each([
    { input: '2025-11-27T23:30:00-05:00', expected: '2025-11-27' },
    { input: '2025-11-27', expected: '2025-11-27' },
    { input: 'November 27, 2025', expected: '2025-11-27' },
    { input: 'last Thursday', expected: 'last Thursday' },
    { input: '  ', expected: null },
    { input: null, expected: null },
  ])('$input → $expected', ({ input, expected }) => {
    expect(normalizeDate(input)).toBe(expected)
  })
})

describe('fitArticle', () => {
  it('cuts text at a block boundary past 5,000,000 characters and long meta lines', () => {
    const paragraph = 'x'.repeat(999_998)
    const article = assembleArticle(
      {
        meta: { title: 'T'.repeat(1500), published: 'p'.repeat(150) },
        blocks: Array.from({ length: 6 }, () => ({ kind: 'paragraph' as const, text: paragraph })),
      },
      context,
    )
    expect(article.text.length).toBeGreaterThan(5_000_000)
    const fitted = fitArticle(article)
    expect(fitted.blocks).toHaveLength(5)
    // Five paragraphs and four blank-line separators.
    expect(fitted.text).toHaveLength(5 * 999_998 + 4 * 2)
    expect(fitted.meta.title).toHaveLength(1000)
    expect(fitted.meta.published).toHaveLength(100)
    expect(fitted.warnings.join(' ')).toMatch(/cut after 5 blocks/)
  })
})
