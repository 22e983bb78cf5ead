import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { createTemplateStore } from '../../../main/files/template-store'
import { renderBriefPdf } from '../../../main/pdf/index'
import { tool } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { HARBOUR_ARTICLE } from './harbour-article'

describe('the positions matrix in the PDF', () => {
  it('is printed as a table and tagged as one: a Table of rows, header cells and data cells', async () => {
    const article = articleFromText(HARBOUR_ARTICLE, 'story.txt')
    const template = await createTemplateStore({}).get('policy-brief')
    const brief = draftBrief({
      articles: [article],
      analyses: [analyzeArticle(article)],
      template,
      date: '2026-12-01',
    })
    const file = path.join(await tempDir('matrix-pdf'), 'brief.pdf')
    await writeFile(file, (await renderBriefPdf(brief, template.style)).bytes)
    const structure = tool('pdfinfo', ['-struct', file])
    const table = structure.slice(structure.indexOf('Table'))
    expect(structure).toContain('Table')
    expect(table.match(/^\s+TH\b/gm)).toHaveLength(4)
    // One row per actor besides the header row, four cells each.
    const rows = table.match(/^\s+TR\b/gm)?.length ?? 0
    expect(rows).toBeGreaterThanOrEqual(4)
    expect(table.match(/^\s+TD\b/gm)?.length).toBe((rows - 1) * 4)
    const text = tool('pdftotext', ['-layout', file, '-'])
    expect(text).toMatch(/Actor\s+Stance\s+Key words\s+Where/)
    expect(text).toMatch(/Peru\s+warns/)
  })
})
