import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle, toAnalyzeJson } from '../../../main/analysis/index'

describe('toAnalyzeJson', () => {
  it('has exactly the fields of `briefwright analyze --json`', () => {
    const article = articleFromText(
      'Envoy Meets Putin in Moscow\nA New Approach\n\nBackground\n\n“We are ready,” said Kremlin spokesman Dmitry Peskov.',
      'test',
      { retrievedAt: 'x' },
    )
    const json = toAnalyzeJson(article, analyzeArticle(article))
    expect(Object.keys(json)).toEqual([
      'title',
      'subtitle',
      'headings',
      'actors',
      'people',
      'quotes',
      'keySentences',
      'statements',
    ])
    expect(json.title).toBe('Envoy Meets Putin in Moscow')
    expect(json.subtitle).toBe('A New Approach')
    expect(json.headings).toEqual(['Background'])
    expect(json.actors).toEqual([{ name: 'Russia', kind: 'country', mentions: 1, aliases: ['Kremlin'] }])
    expect(json.people).toEqual([{ name: 'Dmitry Peskov', role: 'spokesman', actor: 'Russia', mentions: 1 }])
    expect(json.quotes).toEqual([
      { text: 'We are ready', speaker: 'Dmitry Peskov', actor: 'Russia', start: 13, end: 25 },
    ])
    expect(json.statements).toEqual([])
    expect(json.keySentences).toEqual(['“We are ready,” said Kremlin spokesman Dmitry Peskov.'])
  })
})
