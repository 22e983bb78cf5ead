import { describe, expect, it } from 'vitest'
import type { BriefInput } from '../../../main/brief/schema'
import { renderBriefPdf } from '../../../main/pdf/index'
import { makeBrief, makeStyle, outlineTitles, pdfText, writePdf } from './pdf-tools'

/*
 * The brief's section list is what the PDF prints: in its order, a summary box drawn where the
 * summary stands, sections with nothing to print left out.
 */

type Sections = BriefInput['sections']

const SECTIONS: Sections = [
  { id: 'background', kind: 'background', heading: 'Background', body: 'Background text here.' },
  { id: 'implications', kind: 'implications', heading: 'Implications', body: 'Implications text.' },
  { id: 'summary', kind: 'summary', heading: 'Key takeaways', body: '- First takeaway\n- Second takeaway' },
  { id: 'outlook', kind: 'outlook', heading: 'Outlook', body: 'Outlook text.' },
]

/** The lines of the text that are one of the headings, in the order printed (box headings are upper-case). */
function headingOrder(text: string, headings: readonly string[]): string[] {
  const byLine = new Map(
    headings.flatMap((heading) => [
      [heading, heading],
      [heading.toUpperCase(), heading],
    ]),
  )
  return text.split('\n').flatMap((line) => {
    const heading = byLine.get(line.trim().replace(/^\d+\. /, ''))
    return heading ? [heading] : []
  })
}

async function render(
  sections: Sections,
  style: Parameters<typeof makeStyle>[0] = {},
  sources?: BriefInput['sources'],
) {
  const brief = makeBrief({ sections, ...(sources ? { sources } : {}) })
  const result = await renderBriefPdf(brief, makeStyle(style))
  const path = writePdf(result.bytes, 'order')
  return { path, text: pdfText(path), outline: outlineTitles(path), result }
}

describe('section order', () => {
  it.each([
    { summaryBox: true, tableOfContents: false, sectionNumbers: false },
    { summaryBox: false, tableOfContents: false, sectionNumbers: false },
    { summaryBox: true, tableOfContents: true, sectionNumbers: true },
    { summaryBox: false, tableOfContents: true, sectionNumbers: false },
  ])('prints, outlines and lists the sections in the brief’s order (%o)', async (style) => {
    const headings = SECTIONS.map((section) => section.heading)
    for (const order of [SECTIONS, [...SECTIONS].reverse()]) {
      const expected = order.map((section) => section.heading)
      const { text, outline } = await render(order, style)
      const printed = headingOrder(text, headings)
      // The contents, when on, list every section once before the body prints them again.
      const body = style.tableOfContents ? printed.slice(printed.length - expected.length) : printed
      expect(body).toEqual(expected)
      expect(
        outline.filter((title) => !title.startsWith(' ')).map((title) => title.replace(/^\d+\. /, '')),
      ).toEqual(expected)
      if (style.tableOfContents) {
        const contents = printed.slice(0, printed.length - expected.length)
        expect(contents).toEqual(
          expected.filter(
            (heading, index) => !(index === 0 && style.summaryBox && heading === 'Key takeaways'),
          ),
        )
      }
    }
  })

  it('draws the summary as a box where it stands, not first', async () => {
    const { text } = await render(SECTIONS, { summaryBox: true })
    const box = text.indexOf('KEY TAKEAWAYS')
    expect(box).toBeGreaterThan(text.indexOf('Implications text.'))
    expect(box).toBeLessThan(text.indexOf('Outlook text.'))
  })
})

describe('empty sections', () => {
  it.each([
    { name: 'an empty body', body: '' },
    { name: 'whitespace only', body: '  \n\n\t  \n' },
    { name: 'Markdown that prints nothing', body: '[ref]: https://example.org\n\n' },
  ])('leaves out a section with $name, heading and all', async ({ body }) => {
    const sections: Sections = [
      ...SECTIONS.slice(0, 2),
      { id: 'options', kind: 'custom', heading: 'Options to weigh', body },
      ...SECTIONS.slice(2),
    ]
    for (const summaryBox of [true, false]) {
      const { text, outline } = await render(sections, { summaryBox, tableOfContents: true })
      expect(text).not.toMatch(/Options to weigh/i)
      expect(outline).not.toContain('Options to weigh')
      expect(headingOrder(text, ['Background', 'Outlook']).slice(-2)).toEqual(['Background', 'Outlook'])
    }
  })

  it('leaves out a heading with nothing under it, and a section that holds only such headings', async () => {
    const sections: Sections = [
      { id: 'background', kind: 'background', heading: 'Background', body: 'Written.\n\n### Next steps' },
      { id: 'plans', kind: 'custom', heading: 'Plans to come', body: '### First plan\n\n#### Detail' },
      SECTIONS[3]!,
    ]
    const { text, outline, result } = await render(sections)
    expect(text).toContain('Written.')
    for (const bare of ['Next steps', 'Plans to come', 'First plan', 'Detail']) {
      expect(text).not.toContain(bare)
      expect(outline.map((title) => title.trim())).not.toContain(bare)
    }
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'Section "Background": a heading with nothing under it was left out of the PDF',
        'Section "Plans to come": a heading with nothing under it was left out of the PDF',
      ]),
    )
  })

  it('leaves out an empty summary box too', async () => {
    const sections: Sections = [{ ...SECTIONS[2]!, body: ' ' }, SECTIONS[0]!]
    const { text } = await render(sections, { summaryBox: true })
    expect(text).not.toMatch(/key takeaways/i)
    expect(text).toContain('Background text here.')
  })

  it('prints Sources with the source list only when there are sources', async () => {
    const sources: Sections = [SECTIONS[0]!, { id: 'sources', kind: 'sources', heading: 'Sources', body: '' }]
    const listed = await render(sources)
    expect(listed.text).toMatch(/Sources\n/)
    expect(listed.text).toContain(makeBrief({}).sources[0]?.title ?? 'no source in the sample')

    const none = await render(sources, {}, [])
    expect(none.text).not.toMatch(/Sources/)
    expect(none.text).not.toMatch(/No sources/)

    const written = await render(
      [SECTIONS[0]!, { id: 'sources', kind: 'sources', heading: 'Sources', body: 'Interviews in Kyiv.' }],
      {},
      [],
    )
    expect(written.text).toMatch(/Sources\s+Interviews in Kyiv\./)
    expect(written.text).not.toMatch(/No sources/)
  })
})
