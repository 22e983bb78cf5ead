import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Article } from '../../../main/article/types'
import type { Analysis } from '../../../main/analysis/types'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

function expectInRange(article: Article, analysis: Analysis): void {
  const length = article.text.length
  const spans = [
    ...analysis.sentences,
    ...analysis.quotes,
    ...analysis.keySentences,
    ...analysis.quotes.flatMap((quote) => (quote.attribution ? [quote.attribution] : [])),
  ]
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(0)
    expect(span.start).toBeLessThanOrEqual(span.end)
    expect(span.end).toBeLessThanOrEqual(length)
  }
  for (const sentence of analysis.sentences)
    expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  for (const quote of analysis.quotes) expect(quote.speaker).not.toBe('')
}

/** Words and marks that exercise the quote, name and gazetteer paths far more often than random text. */
const newsy = fc
  .array(
    fc.constantFrom(
      '"',
      '“',
      '”',
      '‘',
      '’',
      "'",
      ',',
      '.',
      '?',
      ':',
      '—',
      '(',
      ')',
      '\n',
      '\n\n',
      'said',
      'told',
      'he',
      'she',
      'they',
      'the',
      'a',
      'official',
      'spokesman',
      'President',
      'Mr.',
      'U.S.',
      'Russia',
      'Russian',
      'Moscow',
      'Kremlin',
      'NATO',
      'Putin',
      '’s',
      'Vučić',
      'Vucic',
      '习近平',
      'Jane',
      'Doe',
      'of',
      'Institute',
      'for',
      'War',
      'in',
      'Kyiv',
      'By',
      'KYIV,',
      'Ukraine',
      '(AP)',
      'Photo:',
      'Copyright',
      'administration',
      'according',
      'to',
      'and',
      'We',
      'will',
      'win',
    ),
    { maxLength: 120 },
  )
  .map((words) => words.join(' '))

describe('analyzeArticle on any input', () => {
  it('never throws and keeps every span inside the text (arbitrary strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const article = articleFromText(text, 'fuzz', { retrievedAt: 'x' })
        expectInRange(article, analyzeArticle(article))
      }),
      { seed: 424242, numRuns: 150 },
    )
  })

  it('never throws and keeps every span inside the text (news-like word soup)', () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const article = articleFromText(text, 'fuzz', { retrievedAt: 'x' })
        expectInRange(article, analyzeArticle(article))
      }),
      { seed: 20250304, numRuns: 300 },
    )
  })

  it('finds no quote in text without quotation marks', () => {
    fc.assert(
      fc.property(
        newsy.map((text) => text.replace(/["“”‘’']/gu, '')),
        (text) => {
          expect(analyzeArticle(articleFromText(text, 'fuzz', { retrievedAt: 'x' })).quotes).toEqual([])
        },
      ),
      { seed: 7, numRuns: 200 },
    )
  })
})
