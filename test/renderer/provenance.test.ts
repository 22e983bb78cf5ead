import { describe, expect, it } from 'vitest'
import { actorMentions, segmentBlock } from '../../renderer/state/article-segments'
import { provenanceAt, sentenceAt } from '../../renderer/state/provenance'
import { openedArticle } from './fixtures'

const { article, analysis } = openedArticle()
const textOf = (sourceId: string) => (sourceId === article.id ? article.text : null)

function spanOf(part: string) {
  const start = article.text.indexOf(part)
  return { sourceId: article.id, start, end: start + part.length }
}

describe('provenance of a drafted sentence', () => {
  const lead = spanOf(article.blocks[0].text)
  const last = spanOf(article.blocks[3].text)
  const body = `- ${article.blocks[0].text} Our own remark follows here today.\n- ${article.blocks[3].text.replace('March', '\\March')}`

  it.each([
    { name: 'the first sentence of a bullet', at: 10, expected: lead },
    { name: 'an escaped sentence on the next line', at: body.length - 5, expected: last },
    { name: 'an own sentence', at: body.indexOf('remark'), expected: null },
  ])('finds $name', ({ at, expected }) => {
    expect(provenanceAt(body, at, [lead, last], textOf)).toEqual(expected)
  })

  it('needs the article text to match', () => {
    expect(provenanceAt(body, 10, [{ ...lead, sourceId: 'other' }], textOf)).toBeNull()
  })

  it('cuts the sentence at the caret and drops Markdown marks', () => {
    expect(sentenceAt('> One thing. Two things here! Three.', 16)).toBe('Two things here!')
    expect(sentenceAt('1. **Bold** start. End', 4)).toBe('**Bold** start.')
  })
})

describe('article segments', () => {
  it('marks actors as whole words, longest names first', () => {
    const mentions = actorMentions(article.text, analysis)
    expect(mentions.map((mention) => article.text.slice(mention.start, mention.end))).toEqual([
      'Norland',
      'Sudria',
      'Norland',
      'Sudria',
    ])
  })

  it('cuts a block at quotes, mentions and the flashed span, and knows where a quote ends', () => {
    const block = article.blocks[1]
    const flash = spanOf('Anna Berg')
    const segments = segmentBlock(
      block,
      article.text,
      analysis.quotes,
      actorMentions(article.text, analysis),
      flash,
    )
    expect(segments.map((segment) => segment.text).join('')).toBe(block.text)
    const quoted = segments.filter((segment) => segment.speaker === 'Anna Berg')
    expect(quoted.map((segment) => segment.text).join('')).toBe('We want a ceasefire before the winter,')
    expect(quoted[quoted.length - 1].quoteEnd).toBe(true)
    expect(segments.find((segment) => segment.flash)?.text).toBe('Anna Berg')
    expect(segments.find((segment) => segment.actor === 'Norland')?.text).toBe('Norland')
  })
})
