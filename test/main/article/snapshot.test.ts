import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../../main/analysis/index'
import { articleFromSnapshot } from '../../../main/article/snapshot'
import type { ArticleSnapshot } from '../../../main/article/snapshot'
import { articleFromText } from '../../../main/article/text'
import { draftBrief } from '../../../main/brief/draft'
import { createTemplateStore } from '../../../main/files/template-store'

const fixtures = path.resolve(import.meta.dirname, '..', '..', 'fixtures')
const articles = readdirSync(fixtures).filter((name) => name.endsWith('.txt'))

const snapshot = (text: string, id = 'article-0000abcd'): ArticleSnapshot => ({
  id,
  text,
  title: 'Talks resume',
  outlet: 'Wire',
  byline: null,
  date: '2026-03-04',
  url: null,
  retrievedAt: '2026-03-04T10:00:00.000Z',
})

// A brief keeps each source's text; a reopened brief drafts from it as from the article itself.
describe('articleFromSnapshot', () => {
  const template = createTemplateStore({}).get('policy-brief')

  it.each(articles)('gives back %s as read: text, blocks and the Positions drafted from it', async (name) => {
    const read = articleFromText(readFileSync(path.join(fixtures, name), 'utf8'), name)
    const brief = draftBrief({
      articles: [read],
      analyses: [analyzeArticle(read)],
      template: await template,
      date: '2026-01-01',
    })
    const [source] = brief.sources
    if (!source?.text) throw new Error(`${name}: the brief keeps no text of its source`)
    const again = articleFromSnapshot({ ...source, text: source.text })
    if (!again) throw new Error(`${name}: not made again`)
    expect(again.id).toBe(read.id)
    expect(again.text).toBe(read.text)
    expect(again.blocks).toEqual(read.blocks)
    const redrafted = draftBrief({
      articles: [again],
      analyses: [analyzeArticle(again)],
      template: await template,
      date: '2026-01-01',
    })
    expect(redrafted.sections).toEqual(brief.sections)
  })

  it('keeps a line the reader would drop, splitting the text where the readers joined it', () => {
    const text =
      'Advertisement\n\nThe minister said talks would resume on Monday.\n\n- First point\n- Second point'
    const again = articleFromSnapshot(snapshot(text))
    expect(again?.text).toBe(text)
    expect(again?.blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list'])
  })

  it('takes the details from the brief', () => {
    const again = articleFromSnapshot(snapshot('The minister said talks would resume on Monday.'))
    expect(again?.meta).toMatchObject({
      title: 'Talks resume',
      outlet: 'Wire',
      published: '2026-03-04',
      retrievedAt: '2026-03-04T10:00:00.000Z',
    })
  })

  it('gives nothing for a text no reader gives back, whose offsets would move', () => {
    expect(articleFromSnapshot(snapshot('The minister said  talks would resume.'))).toBeNull()
  })
})
