import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { createTemplateStore } from '../../../main/files/template-store'
import { TAKEAWAY_MAX_WORDS } from '../../../main/brief/shorten'

const BRIEFING = readFileSync(new URL('../../fixtures/briefing-transcript.txt', import.meta.url), 'utf8')
const store = createTemplateStore({})

async function draft(templateId: string) {
  const article = articleFromText(BRIEFING, 'briefing.txt')
  const analysis = analyzeArticle(article)
  const template = await store.get(templateId)
  const brief = draftBrief({ articles: [article], analyses: [analysis], template, date: '2026-12-01' })
  return { brief, article, analysis }
}

const TEMPLATES = ['policy-brief', 'intelligence-assessment', 'situation-report', 'decision-memo']

describe('a brief drafted from a briefing transcript', () => {
  it.each(TEMPLATES)('%s: holds no question, host, label or small talk', async (templateId) => {
    const { brief } = await draft(templateId)
    const drafted = brief.sections.filter((section) => section.kind !== 'sources')
    const text = drafted.map((section) => section.body).join('\n')
    expect(text.length).toBeGreaterThan(200)
    expect(text).not.toMatch(/\b(?:MS VARGA|OPERATOR|QUESTION):/)
    expect(text).not.toMatch(/\?/)
    expect(text).not.toMatch(/can hear|next question|good afternoon|announcement at the top|hypotheticals/i)
    expect(text).not.toMatch(/Tomas Brandt|Ana Ruiz/)
  })

  it('names the speaker of each drafted line that is hers, and only of those', async () => {
    const { brief, article, analysis } = await draft('policy-brief')
    const takeaways = brief.sections.find((section) => section.kind === 'summary')
    expect(takeaways).toBeDefined()
    const lines = (takeaways?.body ?? '').split('\n')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    lines.forEach((line, index) => {
      const cited = takeaways?.provenance[index]
      expect(cited).toBeDefined()
      const inTurn = analysis.statements.some(
        (statement) => statement.label.start <= (cited?.start ?? -1) && (cited?.start ?? -1) < statement.end,
      )
      // Her words carry her name; the reporter's line above her turns does not.
      expect(line.startsWith('- Ilona Varga: ')).toBe(inTurn)
      const words = line.replace(/^- (?:Ilona Varga: )?/, '').slice(0, 30)
      expect(article.text.slice(cited?.start ?? 0, cited?.end ?? 0)).toContain(words.replace(/\\/g, ''))
    })
    expect(lines.some((line) => line.startsWith('- Ilona Varga: The Secretary will travel to Kessa'))).toBe(
      true,
    )
    // Her name counts against the takeaways' limit.
    for (const line of lines)
      expect(line.slice(2).split(/\s+/).length).toBeLessThanOrEqual(TAKEAWAY_MAX_WORDS)
  })

  it('names the speaker once where a paragraph goes on in her words', async () => {
    const { brief } = await draft('policy-brief')
    const background = brief.sections.find((section) => section.kind === 'background')?.body ?? ''
    expect(background.startsWith('Ilona Varga: ')).toBe(true)
    expect(background.match(/Ilona Varga: /g)).toHaveLength(1)
    expect(background.split(/(?<=\.) /).length).toBeGreaterThan(1)
  })

  it('takes a speaker’s own words of what they think or want as her position, and nowhere else', async () => {
    const { brief } = await draft('policy-brief')
    const positions = brief.sections.find((section) => section.kind === 'positions')?.body ?? ''
    expect(positions).toMatch(/^\| Ilona Varga \|/m)
    expect(positions).toContain('### Ilona Varga')
    const position = 'we believe the accord serves the interests of fishing communities'
    expect(positions).toContain(position)
    const elsewhere = brief.sections.filter((section) => section.kind !== 'positions')
    for (const section of elsewhere) expect(section.body, section.heading).not.toContain(position)
    // A questioner's words are no one's position.
    expect(positions).not.toMatch(/Is the Secretary confident|sanctions planned|Ruiz|Brandt/)
  })

  it('counts the speaker’s name against the takeaways’ limit', async () => {
    const body = [
      'Briefing on the Harbour Accord',
      '',
      'MS. OSTROVA: The harbour accord that the two governments signed in Kessa on Monday reopens the strait to the fishing fleets of both countries for the very first time since the long war there ended in 2019.',
      '',
      'Q Thanks. When does the patrol start?',
      '',
      'MS. OSTROVA: The joint patrol of six vessels starts on Friday, and it will be paid for by both governments in equal shares.',
    ].join('\n')
    const article = articleFromText(body, 'call.txt')
    const template = await store.get('policy-brief')
    const brief = draftBrief({
      articles: [article],
      analyses: [analyzeArticle(article)],
      template,
      date: '2026-12-01',
    })
    const lines = (brief.sections.find((section) => section.kind === 'summary')?.body ?? '').split('\n')
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).toMatch(/^- Ostrova: /)
      expect(line.slice(2).split(/\s+/).length).toBeLessThanOrEqual(TAKEAWAY_MAX_WORDS)
    }
  })
})
