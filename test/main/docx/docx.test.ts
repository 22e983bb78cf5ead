import { describe, expect, it } from 'vitest'
import type { BriefInput } from '../../../main/brief/schema'
import { makeBrief, makeStyle, paragraphs, partsNamed, render, styled } from './docx-tools'

/*
 * The Word export read back: the zip's XML for styles, tables, headers and footers; mammoth's HTML
 * for what a reader of the document sees (headings, lists, quotes).
 */

type Sections = BriefInput['sections']

const SECTIONS: Sections = [
  { id: 'summary', kind: 'summary', heading: 'Key takeaways', body: '- First takeaway\n- Second takeaway' },
  { id: 'background', kind: 'background', heading: 'Background', body: 'Background text here.' },
  { id: 'empty', kind: 'custom', heading: 'Nothing yet', body: '   \n' },
  { id: 'heading-only', kind: 'custom', heading: 'Only a heading', body: '### Waiting for text' },
  { id: 'implications', kind: 'implications', heading: 'Implications', body: 'Implications text.' },
]

const PRINTED = ['Key takeaways', 'Background', 'Implications']

describe('the Word export', () => {
  it.each([
    { summaryBox: true, sectionNumbers: false },
    { summaryBox: false, sectionNumbers: false },
    { summaryBox: true, sectionNumbers: true },
  ])(
    'prints the brief’s sections as Heading 1 in the brief’s order, empty ones left out (%o)',
    async (options) => {
      for (const order of [SECTIONS, [...SECTIONS].reverse()]) {
        const docx = await render(makeBrief(order), makeStyle(options))
        const expected = order
          .map((section) => section.heading)
          .filter((heading) => PRINTED.includes(heading))
          .map((heading, index, all) => {
            if (!options.sectionNumbers || (options.summaryBox && heading === 'Key takeaways')) return heading
            const numbered = all.filter((other) => !(options.summaryBox && other === 'Key takeaways'))
            return `${numbered.indexOf(heading) + 1}. ${heading}`
          })
        expect(styled(docx.document, 'Heading1')).toEqual(expected)
        expect(docx.html).not.toContain('Waiting for text')
      }
    },
  )

  it('sets the title in the Title style, with the subtitle, date, author and organization', async () => {
    const brief = makeBrief(SECTIONS, {
      title: 'Ports & tariffs',
      subtitle: 'What changed this week',
      author: 'R. Analyst',
      organization: 'Bar Test Org',
    })
    const { document } = await render(brief)
    expect(styled(document, 'Title')).toEqual(['Ports & tariffs'])
    expect(styled(document, 'Subtitle')).toEqual(['What changed this week'])
    expect(styled(document, 'Byline')).toEqual(['4 March 2026  ·  R. Analyst'])
    expect(styled(document, 'Organization')).toEqual(['BAR TEST ORG'])
  })

  it('shades the summary as the PDF’s summary box when the style has one, and only then', async () => {
    const boxed = await render(makeBrief(SECTIONS), makeStyle({ summaryBox: true, accentColor: '#336699' }))
    const plain = await render(makeBrief(SECTIONS), makeStyle({ summaryBox: false, accentColor: '#336699' }))
    // The box: one table holding the summary's heading, with the accent rule at its left.
    const box = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(boxed.document)?.[0] ?? ''
    expect(styled(box, 'Heading1')).toEqual(['Key takeaways'])
    expect(box).toMatch(/<w:left w:val="single"[^>]*w:color="336699"/)
    expect(plain.document).not.toContain('<w:tbl>')
  })

  it('turns a Markdown table into a Word table with a repeated header row', async () => {
    const body = '| Actor | Stance |\n| --- | :-: |\n| **Ukraine** | conditions |\n| NATO | welcomes |'
    const { document, html } = await render(
      makeBrief([{ id: 'positions', kind: 'positions', heading: 'Positions', body }]),
      makeStyle({ summaryBox: false }),
    )
    const tables = document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []
    expect(tables).toHaveLength(1)
    const rows = (tables[0] ?? '').match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []
    expect(rows.map((row) => paragraphs(row).map((paragraph) => paragraph.text))).toEqual([
      ['Actor', 'Stance'],
      ['Ukraine', 'conditions'],
      ['NATO', 'welcomes'],
    ])
    expect(rows[0]).toContain('<w:tblHeader')
    expect(rows[1]).toMatch(/<w:jc w:val="center"\/>/)
    expect(html).toContain('<strong>Ukraine</strong>')
  })

  it('carries the marking in the header and footer of every page, and page X of Y in the footer', async () => {
    const brief = makeBrief(SECTIONS, { marking: 'OFFICIAL-SENSITIVE', organization: 'Bar Test Org' })
    const { parts, document } = await render(brief, makeStyle({ firstPage: { header: false, footer: true } }))
    const headers = partsNamed(parts, 'word/header')
    const footers = partsNamed(parts, 'word/footer')
    // Page 1 has headers and footers of its own (the masthead's page): both kinds carry the marking.
    expect(document).toContain('<w:titlePg/>')
    expect(headers).toHaveLength(2)
    expect(footers).toHaveLength(2)
    for (const part of [...headers, ...footers]) expect(part).toContain('OFFICIAL-SENSITIVE')
    const withSlots = footers.filter((footer) => footer.includes('NUMPAGES'))
    expect(withSlots).toHaveLength(2)
    for (const footer of withSlots) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/)
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/)
      expect(footer).toContain('Bar Test Org')
    }
    // The running header (title, date) is on the pages after the first only, as in the PDF.
    expect(headers.filter((header) => header.includes('A test brief'))).toHaveLength(1)
  })

  it('prints no marking when the brief has none', async () => {
    const { parts } = await render(makeBrief(SECTIONS, { marking: '' }), makeStyle({ marking: 'SECRET' }))
    for (const part of [...partsNamed(parts, 'word/header'), ...partsNamed(parts, 'word/footer')])
      expect(part).not.toContain('SECRET')
  })

  it('keeps Markdown headings, lists, emphasis, links and quotes with their attribution', async () => {
    const body = [
      '## Where things stand',
      'Talks are **paused** and _may resume_; see [the readout](https://example.org/readout) or [this](javascript:alert(1)).',
      '- first point\n- second point\n  1. nested one\n  2. nested two',
      '3. third\n4. fourth',
      '> We will not sign under pressure.\n> — Foreign Minister',
      '#### A minor heading',
      'Closing text.',
    ].join('\n\n')
    const { document, html, parts } = await render(
      makeBrief([{ id: 'background', kind: 'background', heading: 'Background', body }]),
      makeStyle({ summaryBox: false }),
    )
    expect(styled(document, 'Heading2')).toEqual(['Where things stand'])
    expect(styled(document, 'Heading3')).toEqual(['A minor heading'])
    expect(html).toContain('<h2>Where things stand</h2>')
    expect(html).toContain('<strong>paused</strong>')
    expect(html).toContain('<em>may resume</em>')
    expect(html).toContain('<a href="https://example.org/readout">the readout</a>')
    expect(html).not.toContain('javascript:')
    expect(html).toMatch(
      /<ul><li>first point<\/li><li>second point<ol><li>nested one<\/li><li>nested two<\/li><\/ol><\/li><\/ul>/,
    )
    expect(html).toMatch(/<ol><li>third<\/li><li>fourth<\/li><\/ol>/)
    expect(styled(document, 'Quote')).toEqual(['We will not sign under pressure.'])
    expect(styled(document, 'QuoteAttribution')).toEqual(['— Foreign Minister'])
    // A list that starts at 3 starts there in Word too.
    expect(parts.get('word/numbering.xml')).toMatch(/<w:start w:val="3"\/>/)
    expect(paragraphs(document).map((paragraph) => paragraph.text)).toContain('Closing text.')
  })

  it('lists the brief’s sources under Sources, numbered, with their links', async () => {
    const sources = [
      {
        id: 'a',
        title: 'Envoy meets president',
        outlet: 'Wire Service',
        byline: null,
        date: '2026-03-01',
        url: 'https://example.org/story',
        retrievedAt: null,
      },
    ]
    const brief = makeBrief([{ id: 'sources', kind: 'sources', heading: 'Sources', body: '' }], {}, sources)
    const { html, document } = await render(brief)
    expect(styled(document, 'Heading1')).toEqual(['Sources'])
    expect(html).toMatch(
      /<ol><li><strong>Envoy meets president\.<\/strong> <em>Wire Service<\/em>, 1 March 2026\./,
    )
    expect(html).toContain('<a href="https://example.org/story">https://example.org/story</a>')
  })

  it('takes its page size, margins, fonts and accent colour from the style', async () => {
    const style = makeStyle({
      pageSize: 'a4',
      accentColor: '#7a1f1f',
      headingFont: 'serif',
      bodyFont: 'sans',
    })
    const { document, parts } = await render(makeBrief(SECTIONS), style)
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    const styles = parts.get('word/styles.xml') ?? ''
    const heading1 = /<w:style [^>]*w:styleId="Heading1"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? ''
    expect(heading1).toContain('w:val="7A1F1F"')
    expect(heading1).toContain('Georgia')
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*Arial[\s\S]*<\/w:docDefaults>/)
  })

  it('flattens lists and quotes nested past the PDF’s caps instead of taking seconds over them', async () => {
    const nested = Array.from({ length: 900 }, (_, depth) => `${' '.repeat(depth * 2)}- level ${depth}`).join(
      '\n',
    )
    const body = `${'>'.repeat(3000)} deep quote\n\n${nested}`
    const { html } = await render(
      makeBrief([{ id: 'background', kind: 'background', heading: 'Background', body }]),
    )
    expect(html).toContain('deep quote')
    expect(html).toContain('level 899')
  })

  it('writes text with control characters as a valid document', async () => {
    const body = 'Before\u0001after \u000b and a tab\there.'
    const { html } = await render(
      makeBrief([{ id: 'background', kind: 'background', heading: 'Background', body }]),
    )
    expect(html).toContain('Beforeafter')
  })
})
