import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { repeatedPassages } from '../../../main/brief/repeats'
import type { Brief } from '../../../main/brief/schema'
import { TAKEAWAY_MAX_WORDS } from '../../../main/brief/shorten'
import { overlap, SAME_POINT_JACCARD, samePoint } from '../../../main/brief/takeaways'
import { createTemplateStore } from '../../../main/files/template-store'
import { renderBriefPdf } from '../../../main/pdf/index'
import { provenanceAt } from '../../../renderer/state/provenance'
import { repeatedArticle } from '../../../scripts/repeated-article'
import { seedArticle } from '../../helpers/cli'
import { HARBOUR_ARTICLE } from './harbour-article'

const store = createTemplateStore({})

async function draft(text: string, templateId = 'policy-brief') {
  const article = articleFromText(text, 'story.txt')
  const analysis = analyzeArticle(article)
  const template = await store.get(templateId)
  const brief = draftBrief({ articles: [article], analyses: [analysis], template, date: '2026-12-01' })
  return { brief, article, analysis, template }
}

function body(brief: Brief, kind: string): string {
  return brief.sections.find((section) => section.kind === kind)?.body ?? ''
}

function bullets(brief: Brief): string[] {
  return body(brief, 'summary')
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2))
}

describe('takeaways', () => {
  it('are three to five distinct sentences of at most 35 words, the first the bottom line', async () => {
    const { brief, analysis } = await draft(HARBOUR_ARTICLE)
    const list = bullets(brief)
    expect(list.length).toBeGreaterThanOrEqual(3)
    expect(list.length).toBeLessThanOrEqual(5)
    for (const bullet of list) {
      expect(bullet.split(/\s+/).length).toBeLessThanOrEqual(TAKEAWAY_MAX_WORDS)
      // One sentence: no full stop before the last one (decimal points and initials aside).
      expect(bullet.slice(0, -1)).not.toMatch(/[a-z]{2}[.!?]\s+\p{Lu}/u)
    }
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1)
        expect(overlap(list[i], list[j])).toBeLessThan(SAME_POINT_JACCARD)
    }
    // The bottom line is the article's best sentence, cut down: its lead clause is gone.
    const best = analysis.keySentences[0].text
    expect(best).toMatch(/^In a breakthrough after months of deadlock, /)
    expect(list[0]).toBe(
      'Chile and Peru agreed on Tuesday to reopen the Selm Strait to grain ships for 120 days, ending a blockade that had stranded 41 vessels.',
    )
  })

  it('point at the article span their words come from', async () => {
    const { brief, article } = await draft(HARBOUR_ARTICLE)
    const summary = brief.sections.find((section) => section.kind === 'summary')
    expect(summary?.provenance).toHaveLength(bullets(brief).length)
    summary?.provenance.forEach((span, index) => {
      const source = article.text.slice(span.start, span.end)
      const first = bullets(brief)[index].split(' ')[0]
      expect(source.toLowerCase().startsWith(first.toLowerCase()), `${first} / ${source}`).toBe(true)
    })
  })

  it('on the seed: no point twice, one from its background, a speaker’s claim kept as theirs', async () => {
    const { brief, analysis } = await draft(readFileSync(seedArticle, 'utf8'))
    const list = bullets(brief)
    expect(list).toHaveLength(5)
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1)
        expect(samePoint(list[i], list[j], analysis.people), `${list[i]} / ${list[j]}`).toBe(false)
    }
    // Zelensky touring European capitals is one point, made once.
    expect(list.filter((bullet) => bullet.includes('across European capitals'))).toHaveLength(1)
    // Only one bullet from the part headed as background.
    expect(list.filter((bullet) => bullet.startsWith('Witkoff, a successful real estate developer'))).toEqual(
      [],
    )
    // Zelensky's red line is his, as the article says.
    expect(list).toContain(
      'The Ukrainian president has repeatedly stated that territorial integrity and sovereignty remain non-negotiable principles for any resolution.',
    )
  })

  it('are two or three for a short article, never the same point twice', async () => {
    const short = HARBOUR_ARTICLE.split('\n\nBackground to the Blockade')[0]
    const { brief, article } = await draft(short)
    expect(article.text.split(/\s+/).length).toBeLessThan(400)
    const list = bullets(brief)
    expect(list.length).toBeGreaterThanOrEqual(2)
    expect(list.length).toBeLessThanOrEqual(3)
    expect(repeatedPassages([body(brief, 'summary')])).toEqual([])
  })
})

describe('paragraph sections', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
  const opener = (text: string) => text.split(/(?<=[.!?])\s+/)[0] ?? ''

  it('do not open on a sentence that leans on one they leave out', async () => {
    const { brief } = await draft(fixture('analysis-kyiv-ap.txt'))
    const background = body(brief, 'background')
    expect(background).not.toBe('')
    expect(opener(background)).not.toMatch(/^(?:he|she|they|it|this|these|that|those|his|her|its|their)\b/i)
    // The sentence is not lost to a guess: it follows the one it leans on, or is left out.
    expect(background.startsWith('He added that two workers had been injured.')).toBe(false)
  })

  it('keep a sentence that leans back only right after the one it follows in the article', async () => {
    const text = [
      'Fleets Return to the Selm Strait',
      '',
      'Fishing fleets from Maravia and Tervia returned to the Selm Strait on Monday for the first time since 2019.',
      '',
      'Harbour master Ilse Marek said the first boats left Kessa at dawn. She said forty boats had registered.',
      '',
      'The accord that reopened the strait could lower fish prices across the region, economists said.',
      '',
      'Minister Tomas Holm said the joint patrol would begin on Friday. He warned that smugglers could test it within weeks.',
      '',
      'The talks could resume in March, when the quotas are reviewed. It may take longer if the patrol fails.',
    ].join('\n')
    const { brief, analysis } = await draft(text)
    const order = new Map(analysis.sentences.map((sentence, index) => [sentence.text.trim(), index]))
    for (const section of brief.sections.filter((s) => !['sources', 'positions'].includes(s.kind))) {
      const lines = section.body.split('\n').map((line) => line.replace(/^(?:- |\d+\. )/, ''))
      const bulleted = section.body.startsWith('- ') || /^\d+\. /.test(section.body)
      for (const line of lines) {
        const sentences = line.split(/(?<=[.!?])\s+/).filter(Boolean)
        sentences.forEach((sentence, index) => {
          if (!/^(?:he|she|it|they|this|these)\b/i.test(sentence)) return
          // A bullet stands alone; in a paragraph, the sentence before it is the one it follows.
          expect(bulleted, `${section.heading}: ${sentence}`).toBe(false)
          const before = sentences[index - 1] ?? ''
          expect(order.get(sentence) ?? -9, `${section.heading}: ${sentence}`).toBe(
            (order.get(before) ?? -9) + 1,
          )
        })
      }
    }
  })

  it('start at the news, not at the story’s dateline', async () => {
    for (const templateId of ['policy-brief', 'intelligence-assessment', 'situation-report']) {
      const { brief, article } = await draft(fixture('analysis-kyiv-ap.txt'), templateId)
      const dateline = article.meta.dateline
      expect(dateline?.text).toBe('KYIV, Ukraine (AP)')
      const drafted = brief.sections.filter((section) => section.kind !== 'sources').map((s) => s.body)
      expect(drafted.join('\n')).not.toContain('KYIV, Ukraine (AP)')
      // The assessment's bottom line takes the lead sentence, which opens on the dateline.
      if (templateId === 'intelligence-assessment')
        expect(body(brief, 'bluf')).toMatch(/^A wave of Russian drones struck energy facilities/)
    }
  })

  it('leave a section empty rather than open it on a sentence that names nobody', async () => {
    const { brief } = await draft(fixture('seed-second-outlet.txt'))
    expect(opener(body(brief, 'outlook'))).not.toMatch(/^He added that /)
  })
})

describe('samePoint', () => {
  const zelensky = [
    { name: 'Volodymyr Zelensky', role: 'President', actor: 'Ukraine', mentions: 3, aliases: ['Zelensky'] },
  ]
  const touring =
    'The meeting comes at a critical juncture as President Volodymyr Zelensky conducts his own diplomatic tour across European capitals.'

  it('is a person named in both and the same three words said of them', () => {
    const campaign =
      'As Witkoff meets with Putin in Moscow, President Zelensky has been conducting an intensive diplomatic campaign across European capitals.'
    expect(overlap(touring, campaign)).toBeLessThan(SAME_POINT_JACCARD)
    expect(samePoint(touring, campaign, zelensky)).toBe(true)
    // Without knowing Zelensky for a person, the words alone do not make it the same point.
    expect(samePoint(touring, campaign, [])).toBe(false)
  })

  it('is not the same person doing something else, nor the same words said of someone else', () => {
    expect(
      samePoint(
        touring,
        'President Zelensky has repeatedly stated that territorial integrity remains non-negotiable.',
        zelensky,
      ),
    ).toBe(false)
    expect(
      samePoint(
        touring,
        'Foreign ministers have been travelling across European capitals since March.',
        zelensky,
      ),
    ).toBe(false)
  })

  it('does not take the words of a name for words said', () => {
    const people = [
      {
        name: 'Abelardo de la Espriella',
        role: null,
        actor: null,
        mentions: 2,
        aliases: ['De la Espriella'],
      },
    ]
    expect(
      samePoint(
        'Abelardo de la Espriella was inaugurated to a four-year presidential term.',
        'President Abelardo de la Espriella has vowed to revitalize relations with Washington.',
        people,
      ),
    ).toBe(false)
  })
})

describe('positions', () => {
  it('open with a matrix of actor, stance, key words and where, the stance read from the verb', async () => {
    const { brief } = await draft(HARBOUR_ARTICLE)
    const lines = body(brief, 'positions').split('\n')
    expect(lines[0]).toBe('| Actor | Stance | Key words | Where |')
    expect(lines[1]).toBe('| --- | --- | --- | --- |')
    const rows = new Map(
      lines
        .slice(2)
        .filter((line) => line.startsWith('| '))
        .map((line) => {
          const cells = line.slice(2, -2).split(' | ')
          return [cells[0], cells] as const
        }),
    )
    expect(rows.get('Chile')?.[1]).toBe('welcomes')
    expect(rows.get('Peru')?.[1]).toBe('warns')
    expect(rows.get('United Nations')?.[1]).toBe('conditions')
    for (const cells of rows.values()) {
      expect(cells[2]).toMatch(/^“.+”$/)
      expect(cells[2].split(/\s+/).length).toBeLessThan(8 + 1)
      expect(cells[3]).toMatch(/^¶ \d+$/)
    }
  })

  it('print no quotation and no passage of eight words twice anywhere in the brief', async () => {
    for (const templateId of [
      'policy-brief',
      'situation-report',
      'intelligence-assessment',
      'decision-memo',
    ]) {
      const { brief } = await draft(HARBOUR_ARTICLE, templateId)
      expect(repeatedPassages(brief.sections.map((section) => section.body)), templateId).toEqual([])
    }
  })

  it('state each stance in the frame around the quotation, not in its words', async () => {
    const { brief, analysis } = await draft(HARBOUR_ARTICLE)
    const stances = body(brief, 'positions')
      .split('\n')
      .filter((line) => line.startsWith('**Stance:**'))
    expect(stances.length).toBeGreaterThan(0)
    for (const stance of stances) {
      for (const quote of analysis.quotes) {
        expect(repeatedPassages([stance, quote.text], 5), stance).toEqual([])
      }
    }
  })
})

describe('stance lines', () => {
  it('leave out a frame that only says who spoke, where or when', async () => {
    const { brief } = await draft(
      [
        'Ministers Meet On Port Deal',
        'President Ilona Varga said in her nightly address: “The port will stay open to every ship.”',
        '“We will not sign this deal,” Foreign Minister Tomas Lind told reporters.',
        'Deputy Minister Ana Ruiz disputed the port’s figures, warning that “the debt will fall on our children.”',
      ].join('\n\n'),
    )
    const stances = body(brief, 'positions')
      .split('\n')
      .filter((line) => line.startsWith('**Stance:**'))
    expect(stances.some((line) => line.includes('nightly address') || line.includes('told reporters'))).toBe(
      false,
    )
    expect(stances.some((line) => line.includes('disputed the port’s figures'))).toBe(true)
  })
})

describe('a dated lead', () => {
  it('is the bottom line, without its dateline, however long', async () => {
    const { brief } = await draft(
      [
        'Harbor Brigade Finishes Winter Exercise',
        'FORT KESSEL — Soldiers of the 12th Harbor Brigade finished a three-week winter exercise on Friday, the first held at the new training area north of the port.',
        'The brigade will return to the training area in the spring for a larger exercise with allied units.',
        'Officers said the exercise tested every vehicle the brigade has, and every crew kept them running.',
      ].join('\n\n'),
    )
    expect(bullets(brief)[0]).toMatch(
      /^Soldiers of the 12th Harbor Brigade finished a three-week winter exercise/,
    )
  })
})

describe('fragments', () => {
  it('a fragment the sentence splitter left is never a drafted line', async () => {
    const { brief } = await draft(
      [
        'Ministers Meet On Port Deal',
        'OSLO — Ministers from five countries met on Monday to settle the port’s debts before the winter.',
        'Published. The ministers agreed to meet again in May to settle the remaining debts of the port.',
        'Updated. The port authority said the talks would resume after the holidays with new figures.',
        'Officials said the deal would need the approval of all five parliaments before it takes effect.',
      ].join('\n\n'),
      'situation-report',
    )
    const text = brief.sections.map((section) => section.body).join('\n')
    expect(text).not.toMatch(/\b(?:Published|Updated)\.(?=\s|$)/u)
  })
})

describe('the page budget', () => {
  it('holds the seed repeated ten times to the policy brief’s four pages, rendered', async () => {
    const seed = readFileSync(seedArticle, 'utf8')
    const { brief, template } = await draft(repeatedArticle(seed, 10))
    expect(template.pageBudget).toBe(4)
    const pdf = await renderBriefPdf(brief, template.style)
    expect(pdf.pages).toBeLessThanOrEqual(4)
    expect(repeatedPassages(brief.sections.map((section) => section.body))).toEqual([])
    // Cut to fit, not emptied: takeaways, a matrix and some quotations stay.
    expect(bullets(brief).length).toBeGreaterThanOrEqual(3)
    expect(body(brief, 'positions')).toMatch(/^\| Actor/)
    expect(body(brief, 'positions')).toMatch(/\n> “/)
  }, 30_000)

  it('keeps the two-page situation report of the seed to two pages', async () => {
    const seed = readFileSync(seedArticle, 'utf8')
    const { brief, template } = await draft(seed, 'situation-report')
    expect(template.pageBudget).toBe(2)
    expect((await renderBriefPdf(brief, template.style)).pages).toBeLessThanOrEqual(2)
  }, 30_000)
})

describe('provenance of what the drafter wrote', () => {
  it('lets "Show in article" find every takeaway and every stance line in the article', async () => {
    const { brief, article } = await draft(HARBOUR_ARTICLE)
    const textOf = (sourceId: string) => (sourceId === article.id ? article.text : null)
    const lines = brief.sections.flatMap((section) =>
      section.body
        .split('\n')
        .map((line, index, all) => ({
          section,
          line,
          at: all.slice(0, index).join('\n').length + (index > 0 ? 1 : 0),
        }))
        .filter(
          ({ line }) => line.startsWith('- ') || (line.startsWith('**Stance:**') && line.includes(': ', 12)),
        ),
    )
    expect(lines.length).toBeGreaterThan(4)
    for (const { section, line, at } of lines) {
      const found = provenanceAt(section.body, at + line.length - 2, section.provenance, textOf)
      expect(found, line).not.toBeNull()
      expect(found?.end).toBeLessThanOrEqual(article.text.length)
    }
  })
})

describe('outlook and implications', () => {
  it('put what is planned or due in Outlook, and what may follow in Implications', async () => {
    const { brief } = await draft(HARBOUR_ARTICLE)
    const outlook = body(brief, 'outlook')
    expect(outlook).toContain('will vote on the agreement next week')
    expect(outlook).toContain('scheduled to meet again in Ostrel on 3 October')
    const implications = body(brief, 'implications')
    expect(implications).toContain('could lower food prices')
    expect(implications).not.toContain('next week')
  })
})
