import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { repeatedPassages } from '../../../main/brief/repeats'
import { createTemplateStore } from '../../../main/files/template-store'
import { HARBOUR_ARTICLE, HARBOUR_SECOND_OUTLET } from './harbour-article'

async function draftBoth() {
  const articles = [
    articleFromText(HARBOUR_ARTICLE, 'wire.txt'),
    articleFromText(HARBOUR_SECOND_OUTLET, 'trade.txt'),
  ]
  const brief = draftBrief({
    articles,
    analyses: articles.map((article) => analyzeArticle(article)),
    template: await createTemplateStore({}).get('policy-brief'),
    date: '2026-12-01',
  })
  const positions = brief.sections.find((section) => section.kind === 'positions')
  return { brief, articles, positions: positions?.body ?? '', provenance: positions?.provenance ?? [] }
}

describe('a brief drafted from two sources', () => {
  it('lists both sources, and its matrix says which printed each key quotation', async () => {
    const { brief, articles, positions } = await draftBoth()
    expect(brief.sources.map((source) => source.id)).toEqual(articles.map((article) => article.id))
    const lines = positions.split('\n')
    expect(lines[0]).toBe('| Actor | Stance | Key words | Where | Source |')
    const row = (actor: string) => lines.find((line) => line.startsWith(`| ${actor} |`))?.split(' | ')
    // Peru's warning is in both stories in the same words: one row, both sources.
    expect(row('Peru')?.[4]).toBe('1, 2 |')
    expect(row('Chile')?.[4]).toBe('1 |')
    expect(positions).toContain(
      '> “any ship that leaves the corridor will be treated as hostile, without exception.”\n>\n> — sources 1, 2',
    )
    expect(lines.filter((line) => line.startsWith('| Peru |'))).toHaveLength(1)
  })

  it('prints a quotation two outlets share once, pointing at both', async () => {
    const { brief, articles, positions, provenance } = await draftBoth()
    const warning = 'any ship that leaves the corridor will be treated as hostile'
    expect(positions.split(warning).length - 1).toBeLessThanOrEqual(1)
    expect(repeatedPassages(brief.sections.map((section) => section.body))).toEqual([])
    const places = provenance.filter((span) => {
      const article = articles.find((candidate) => candidate.id === span.sourceId)
      return article?.text.slice(span.start, span.end).includes(warning)
    })
    expect(new Set(places.map((span) => span.sourceId))).toEqual(
      new Set(articles.map((article) => article.id)),
    )
  })

  it('draws three to five takeaways from both, none making a point twice', async () => {
    const { brief, articles } = await draftBoth()
    const summary = brief.sections.find((section) => section.kind === 'summary')
    const bullets = summary?.body.split('\n').filter((line) => line.startsWith('- ')) ?? []
    expect(bullets.length).toBeGreaterThanOrEqual(3)
    expect(bullets.length).toBeLessThanOrEqual(5)
    expect(new Set(summary?.provenance.map((span) => span.sourceId))).toEqual(
      new Set(articles.map((article) => article.id)),
    )
  })
})
