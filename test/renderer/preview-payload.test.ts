import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../main/analysis/index'
import { articleFromText } from '../../main/article/text'
import { draftBrief } from '../../main/brief/draft'
import { createTemplateStore } from '../../main/files/template-store'
import { renderBriefPdf } from '../../main/pdf/index'
import { withoutSourceTexts } from '../../renderer/state/usePdfPreview'
import { seedArticle } from '../helpers/cli'

describe('what the preview sends', () => {
  it('leaves out the sources’ text snapshots, and the PDF is the same bytes the export writes', async () => {
    const article = articleFromText(readFileSync(seedArticle, 'utf8'), 'seed-article.txt')
    const template = await createTemplateStore({}).get('policy-brief')
    const brief = draftBrief({ articles: [article], analyses: [analyzeArticle(article)], template })
    expect(brief.sources[0]?.text?.length).toBeGreaterThan(1000)
    const sent = withoutSourceTexts(brief)
    expect(sent.sources.map((source) => [source.text, source.sha256])).toEqual([[null, null]])
    const snapshot = brief.sources[0]?.text ?? ''
    expect(JSON.stringify(brief).length - JSON.stringify(sent).length).toBeGreaterThanOrEqual(snapshot.length)
    const exported = await renderBriefPdf(brief, template.style)
    const previewed = await renderBriefPdf(sent, template.style)
    expect(Buffer.from(previewed.bytes).equals(Buffer.from(exported.bytes))).toBe(true)
  })
})
