import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { repeatedPassages, wordsOf } from '../../../main/brief/repeats'
import type { Brief } from '../../../main/brief/schema'
import { createTemplateStore } from '../../../main/files/template-store'
import { seedArticle, fixtures } from '../../helpers/cli'

const store = createTemplateStore({})
const seedText = readFileSync(seedArticle, 'utf8')
const expected = JSON.parse(readFileSync(`${fixtures}/seed-article.expect.json`, 'utf8')) as {
  title: string
  quotes: { text_starts: string; speaker: string; actor: string }[]
}

async function draft(text: string, templateId = 'policy-brief'): Promise<{ brief: Brief; text: string }> {
  const article = articleFromText(text, 'test.txt')
  const brief = draftBrief({
    articles: [article],
    analyses: [analyzeArticle(article)],
    template: await store.get(templateId),
    date: '2026-11-29',
  })
  return { brief, text: article.text }
}

function isSubsequence(needle: string[], haystack: string[]): boolean {
  let at = 0
  for (const word of haystack) if (word === needle[at]) at += 1
  return at === needle.length
}

function section(brief: Brief, kind: string) {
  const found = brief.sections.find((candidate) => candidate.kind === kind)
  if (!found) throw new Error(`no ${kind} section`)
  return found
}

describe('draftBrief on the seed article', () => {
  it('takes the title, subtitle, template and date', async () => {
    const { brief } = await draft(seedText)
    expect(brief.meta).toMatchObject({
      title: expected.title,
      templateId: 'policy-brief',
      date: '2026-11-29',
    })
    expect(brief.meta.subtitle).toMatch(/^Diplomatic Mission Signals/)
    expect(brief.sections.map((candidate) => candidate.heading)).toEqual([
      'Key takeaways',
      'Background',
      'Positions',
      'Implications',
      'Outlook',
      'Sources',
    ])
    expect(brief.sources).toHaveLength(1)
    expect(brief.sources[0].title).toBe(expected.title)
  })

  it('writes 3 to 5 takeaways, none of them a quotation', async () => {
    const { brief } = await draft(seedText)
    const bullets = section(brief, 'summary')
      .body.split('\n')
      .filter((line) => line.startsWith('- '))
    expect(bullets.length).toBeGreaterThanOrEqual(3)
    expect(bullets.length).toBeLessThanOrEqual(5)
    for (const bullet of bullets) expect(bullet).not.toMatch(/^- “/)
  })

  it('gives each speaking actor a matrix row and a subsection naming who speaks, each quotation once', async () => {
    const { brief } = await draft(seedText)
    const body = section(brief, 'positions').body
    const actors = [...new Set(expected.quotes.map((quote) => quote.actor))]
    const headings = body
      .split('\n')
      .filter((line) => line.startsWith('### '))
      .map((line) => line.slice(4))
    const rows = body
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| Actor') && !line.startsWith('| ---'))
      .map((line) => line.split(' | ')[0].slice(2))
    for (const actor of actors) {
      expect(headings).toContain(actor)
      expect(rows).toContain(actor)
      const subsection = body.slice(body.indexOf(`### ${actor}\n`)).split('\n### ')[0]
      for (const quote of expected.quotes.filter((candidate) => candidate.actor === actor)) {
        expect(subsection.split('\n').find((line) => line.startsWith('**Who speaks:**'))).toContain(
          quote.speaker,
        )
      }
    }
    // Every quotation is printed once at most: whole in the matrix or as a block quote, not both (a
    // matrix row may hold a cut of a few key words, shorter than a repeated passage).
    const matrix = body.split('\n\n')[0]
    for (const quote of expected.quotes) {
      const whole = matrix
        .split('\n')
        .map((row) => row.split(' | ')[2] ?? '')
        .some((cell) => cell.startsWith(`“${quote.text_starts}`) && !cell.endsWith('…”'))
      const printed = [whole, body.includes(`> “${quote.text_starts}`)]
      expect(printed.filter(Boolean).length, quote.text_starts).toBeLessThanOrEqual(1)
    }
    expect(repeatedPassages(brief.sections.map((candidate) => candidate.body))).toEqual([])
  })

  it('keeps provenance that points at the drafted text in the article', async () => {
    const { brief, text } = await draft(seedText)
    const withProvenance = brief.sections.filter((candidate) => candidate.provenance.length > 0)
    expect(withProvenance.map((candidate) => candidate.kind)).toEqual(
      expect.arrayContaining(['summary', 'background', 'positions', 'implications']),
    )
    for (const candidate of withProvenance) {
      const bullets = candidate.body.split('\n').filter((line) => line.startsWith('- '))
      candidate.provenance.forEach(({ sourceId, start, end }, index) => {
        expect(sourceId).toBe(brief.sources[0].id)
        const spanText = text.slice(start, end).replace(/\s+/g, ' ').trim()
        if (candidate.kind === 'summary') {
          // A takeaway is its sentence with stretches cut: its words, in order, all from its span.
          expect(isSubsequence(wordsOf(bullets[index]), wordsOf(spanText)), bullets[index]).toBe(true)
          expect(wordsOf(bullets[index])[0]).toBe(wordsOf(spanText)[0])
          return
        }
        const words = spanText.split(' ').slice(0, 4).join(' ')
        expect(candidate.body.replace(/\\/g, ''), `${candidate.kind} ${start}-${end}`).toContain(words)
      })
    }
  })

  it('repeats no sentence across sections', async () => {
    const { brief } = await draft(seedText)
    const spans = brief.sections
      .filter((candidate) => candidate.kind !== 'positions')
      .flatMap((candidate) => candidate.provenance.map((span) => span.start))
    expect(new Set(spans).size).toBe(spans.length)
  })

  it.each([
    {
      templateId: 'intelligence-assessment',
      kinds: ['bluf', 'judgments', 'background', 'positions', 'implications', 'indicators'],
    },
    { templateId: 'situation-report', kinds: ['situation', 'summary', 'positions', 'outlook'] },
  ])('drafts every section of $templateId from the article', async ({ templateId, kinds }) => {
    const { brief } = await draft(seedText, templateId)
    for (const kind of kinds) expect(section(brief, kind).provenance.length, kind).toBeGreaterThan(0)
    expect(brief.meta.marking).toBe(templateId === 'intelligence-assessment' ? 'UNCLASSIFIED' : '')
  })
})

describe('draftBrief where the article gives nothing', () => {
  it('leaves the sections it cannot draft empty: no guidance, no filler', async () => {
    const { brief } = await draft(seedText, 'decision-memo')
    for (const id of ['purpose', 'options', 'recommendation']) {
      const drafted = brief.sections.find((candidate) => candidate.id === id)
      expect(drafted?.body, id).toBe('')
      expect(drafted?.provenance).toEqual([])
    }
  })

  it('puts no template guidance in any body, with any built-in template', async () => {
    for (const listing of await store.list()) {
      const template = await store.get(listing.id)
      const { brief } = await draft(seedText, listing.id)
      for (const planned of template.sections) {
        const guidance = planned.guidance.trim()
        if (guidance === '') continue
        for (const drafted of brief.sections)
          expect(drafted.body, `${listing.id}: ${drafted.id}`).not.toContain(guidance.slice(0, 40))
      }
    }
  })

  it('writes no positions for a statement without quotation marks', async () => {
    const statement =
      'Ministry Statement on Grain Exports\n\nThe ministry announced on Tuesday that grain exports will resume next week. Officials said shipments would be inspected at three ports. The decision follows weeks of negotiations with neighbouring states.'
    const { brief } = await draft(statement)
    const positions = section(brief, 'positions')
    expect(positions.provenance).toEqual([])
    expect(positions.body).toBe('')
  })

  it('prints Markdown characters from the article as text', async () => {
    const hostile =
      'Markup Test Story\n\nThe group said *nothing* about [links](javascript:alert(1)) or <script>alert(1)</script> in the statement on Monday, officials confirmed.\n\n# Not a heading\n\nAnother paragraph follows with more detail about the talks in the capital this week.'
    const { brief } = await draft(hostile)
    const all = brief.sections.map((candidate) => candidate.body).join('\n')
    expect(all).not.toMatch(/(?<!\\)\[links\]\(javascript/)
    expect(all).not.toMatch(/(?<!\\)<script>/)
  })
})
