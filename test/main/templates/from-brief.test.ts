import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import type { Brief } from '../../../main/brief/schema'
import { createTemplateStore } from '../../../main/files/template-store'
import { templateFromBrief } from '../../../main/templates/from-brief'
import { seedArticle } from '../../helpers/cli'

const store = createTemplateStore({})
const article = articleFromText(readFileSync(seedArticle, 'utf8'), 'seed-article.txt')
const analysis = analyzeArticle(article)

async function drafted(templateId: string): Promise<Brief> {
  const template = await store.get(templateId)
  return draftBrief({ articles: [article], analyses: [analysis], template, date: '2026-11-29' })
}

describe('Save as template and the pinned summary', () => {
  it('keeps the base template’s pin while the brief opens with its summary', async () => {
    const base = await store.get('intelligence-assessment')
    expect(base.summaryFirst).toBe(true)
    expect(templateFromBrief(await drafted('intelligence-assessment'), base, 'Mine').summaryFirst).toBe(true)
  })

  it('drops it when the summary no longer opens the brief, and never adds one', async () => {
    const base = await store.get('intelligence-assessment')
    const brief = await drafted('intelligence-assessment')
    const reordered = { ...brief, sections: [...brief.sections.slice(1), brief.sections[0]] }
    expect(templateFromBrief(reordered, base, 'Mine').summaryFirst).toBeUndefined()
    const policy = await store.get('policy-brief')
    expect(policy.summaryFirst).toBeUndefined()
    expect(templateFromBrief(await drafted('policy-brief'), policy, 'Mine').summaryFirst).toBeUndefined()
  })

  it('keeps the base template’s page budget, and sets none without a base', async () => {
    const base = await store.get('situation-report')
    expect(base.pageBudget).toBe(2)
    expect(templateFromBrief(await drafted('situation-report'), base, 'Mine').pageBudget).toBe(2)
    expect(templateFromBrief(await drafted('situation-report'), null, 'Mine').pageBudget).toBeUndefined()
  })

  it('drafting with the saved template fills the same sections as its base', async () => {
    const base = await store.get('intelligence-assessment')
    const saved = templateFromBrief(await drafted('intelligence-assessment'), base, 'Mine')
    const fromSaved = draftBrief({
      articles: [article],
      analyses: [analysis],
      template: saved,
      date: '2026-11-29',
    })
    const direct = await drafted('intelligence-assessment')
    expect(fromSaved.sections.map((section) => section.body)).toEqual(
      direct.sections.map((section) => section.body),
    )
  })
})
