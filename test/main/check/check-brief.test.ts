import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { RULE_IDS, checkBrief, hasErrors } from '../../../main/check/index'
import { createTemplateStore } from '../../../main/files/template-store'
import { layoutBrief } from '../../../main/pdf/index'
import { seedArticle } from '../../helpers/cli'
import { plantedBrief, plantedTemplate } from './planted'

describe('checkBrief', () => {
  it('finds exactly one of each rule in a brief with one planted instance of each', async () => {
    const brief = plantedBrief()
    const template = plantedTemplate()
    const pages = await layoutBrief(brief, template.style)
    const result = checkBrief(brief, template, { pages })
    expect(result.findings.map((finding) => finding.rule).sort()).toEqual([...RULE_IDS].sort())
    expect(result.pages).toBe(pages.pages)
    expect(result.words).toBeGreaterThan(100)
    expect(hasErrors(result.findings)).toBe(true)
  })

  it('gives no error on a clean draft of the seed article, with its real layout', async () => {
    const template = await createTemplateStore({}).get('policy-brief')
    const article = articleFromText(readFileSync(seedArticle, 'utf8'), 'seed.txt')
    const brief = draftBrief({
      articles: [article],
      analyses: [analyzeArticle(article)],
      template,
      date: '2026-01-01',
    })
    const pages = await layoutBrief(brief, template.style)
    const result = checkBrief(brief, template, { pages })
    expect(result.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    expect(result.findings.map((finding) => finding.rule)).not.toContain('quote-not-in-source')
    expect(result.findings.map((finding) => finding.rule)).not.toContain('unattributed-quote')
    expect(result.pages).toBeGreaterThan(0)
  })

  it('lists findings in section order, then by place', () => {
    const result = checkBrief(plantedBrief(), plantedTemplate())
    const order = plantedBrief().sections.map((section) => section.id)
    const keys = result.findings.map((finding) => [order.indexOf(finding.section), finding.start])
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)))
  })
})

describe('layoutBrief', () => {
  it('says which pages each printed section spans, as the PDF prints them', async () => {
    const brief = plantedBrief()
    const { pages, sections } = await layoutBrief(brief, plantedTemplate().style)
    expect(pages).toBeGreaterThanOrEqual(2)
    // The empty section is not printed; the others are, in the brief's order.
    expect(sections.map((entry) => entry.id)).toEqual(
      brief.sections.filter((section) => section.body.trim() !== '').map((section) => section.id),
    )
    expect(sections[0]?.firstPage).toBe(1)
    expect(sections.at(-1)?.lastPage).toBe(pages)
    for (const entry of sections) expect(entry.lastPage).toBeGreaterThanOrEqual(entry.firstPage)
  })
})
