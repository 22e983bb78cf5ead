import { describe, expect, it } from 'vitest'
import { renderBriefDocx } from '../../../main/docx/index'
import { renderBriefPdf } from '../../../main/pdf/index'
import { pdfText, writePdf } from '../pdf/pdf-tools'
import { makeBrief, makeStyle, paragraphs, readDocx } from './docx-tools'

// The PDF and the Word document set section text by the same rules (main/templates/inline-text.ts):
// the entities marked leaves are decoded and characters that draw nothing are taken out.
describe('text the PDF and the Word document set alike', () => {
  const body = 'Talks resumed&mdash;at last&#8230; A soft\u00adhyphen and a zero\u200bwidth space.'
  const expected = 'Talks resumed—at last… A softhyphen and a zerowidth space.'

  it.each([
    ['Word', async () => (await readDocx(await renderBriefDocx(brief(), makeStyle()))).html],
    ['PDF', async () => pdfText(writePdf((await renderBriefPdf(brief(), makeStyle())).bytes, 'inline-text'))],
  ])('the %s document', async (_name, text) => {
    expect((await text()).replace(/\s+/g, ' ')).toContain(expected)
  })

  function brief() {
    return makeBrief([{ id: 'summary', kind: 'summary', heading: 'Summary', body }])
  }
})

/** The summary's text as each export prints it, one paragraph a line, runs of spaces as one. */
function printedBy(body: string, name: string): [string, () => Promise<string>][] {
  const brief = () => makeBrief([{ id: 'summary', kind: 'summary', heading: 'Summary', body }])
  const tidy = (text: string) => text.replace(/[ \t]+/g, ' ')
  return [
    [
      'Word',
      async () =>
        tidy(
          paragraphs((await readDocx(await renderBriefDocx(brief(), makeStyle()))).document)
            .map((paragraph) => paragraph.text)
            .join('\n'),
        ),
    ],
    ['PDF', async () => tidy(pdfText(writePdf((await renderBriefPdf(brief(), makeStyle())).bytes, name)))],
  ]
}

// Both walk marked's inline tokens with one walker (main/templates/inline-segments.ts): code keeps
// its characters as written, an image prints its alt text, a task box its state, an escape its sign.
describe('inline Markdown the PDF and the Word document print alike', () => {
  const body = [
    'Code `a &amp; <b>` here, and \\*not emphasis\\*.',
    '',
    '![Map of the region](map.png)',
    '',
    '- [x] Done',
    '- [ ] Open',
  ].join('\n')
  const expected = [
    'Code a &amp; <b> here, and *not emphasis*.',
    '[Image: Map of the region]',
    '[x] Done',
    '[ ] Open',
  ]

  it.each(printedBy(body, 'inline-segments'))('the %s document', async (_name, text) => {
    const printed = await text()
    for (const line of expected) expect(printed).toContain(line)
  })
})

// Whether a paragraph prints at all is decided from the same segments in both: a paragraph holding
// only an image without alt text still prints its stand-in, in Word as in the PDF.
describe('paragraphs the PDF and the Word document keep alike', () => {
  const body = ['Before the map.', '', '![](map.png)', '', 'After the map.'].join('\n')

  it.each(printedBy(body, 'alt-less'))('the %s document', async (_name, text) => {
    const printed = await text()
    const order = ['Before the map.', '[Image: untitled]', 'After the map.'].map((line) =>
      printed.indexOf(line),
    )
    expect(order.every((at) => at >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })
})
