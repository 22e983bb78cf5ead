import { describe, expect, it } from 'vitest'
import { analyzeArticle } from '../../../main/analysis/index'
import { WARM_UP_ARTICLE, WARM_UP_BRIEF, warmUp } from '../../../main/api/warm-up'
import { articleFromText } from '../../../main/article/text'
import { renderBriefPdf } from '../../../main/pdf/index'
import { TemplateStyleSchema } from '../../../main/templates/schema'

describe("the pipeline worker's warm-up", () => {
  it('reads, analyzes and renders what a first job would: a quotation, a list, a table and a quote', async () => {
    const analysis = analyzeArticle(articleFromText(WARM_UP_ARTICLE, 'warm-up.txt'))
    expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Anna Berg'])
    const pdf = await renderBriefPdf(WARM_UP_BRIEF, TemplateStyleSchema.parse({}))
    expect(pdf.pages).toBe(1)
    expect(pdf.warnings).toEqual([])
    await expect(warmUp()).resolves.toBeUndefined()
  })
})
