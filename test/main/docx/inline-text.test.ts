import { describe, expect, it } from 'vitest'
import { renderBriefDocx } from '../../../main/docx/index'
import { renderBriefPdf } from '../../../main/pdf/index'
import { pdfText, writePdf } from '../pdf/pdf-tools'
import { makeBrief, makeStyle, readDocx } from './docx-tools'

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
