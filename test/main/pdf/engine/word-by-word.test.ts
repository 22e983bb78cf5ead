import { describe, expect, it } from 'vitest'
import { constructorFont, loadShaping, parsedFont } from '../../../../main/pdf/engine/fonts'
import type { FaceKey } from '../../../../main/pdf/engine/fonts'
import { createPdfDoc, drawMeasuredText } from '../../../../main/pdf/engine/pdfkit-adapter'
import type { PdfDoc } from '../../../../main/pdf/engine/pdfkit-types'

// A run in its script's own direction is drawn with WORD_BY_WORD: the font lays out the chunks
// pdfkit would lay out one by one itself. The page it draws must be the one pdfkit draws alone.

const LINES: { face: FaceKey; text: string }[] = [
  // Source Serif kerns across a space ("A T"): pdfkit's chunks end at the space, so it never sees that pair.
  { face: 'serif', text: 'Talks resume in Geneva: A Tale of A Very Wide Year, officials said.' },
  { face: 'serif-bold', text: 'A\tTab before T' },
  { face: 'serif-italic', text: '“We are ready to talk,” the minister said.' },
  { face: 'sans-bold', text: 'AV Wa  two  spaces\tand a tab, office ﬁgures' },
  { face: 'sans', text: 'Ελληνικά, Українська, Lajčák ' },
]

async function draw(paint: (doc: PdfDoc, face: FaceKey, text: string, y: number) => void): Promise<Buffer> {
  await loadShaping()
  const doc = createPdfDoc({
    size: 'A4',
    margins: { top: 72, right: 72, bottom: 72, left: 72 },
    font: constructorFont(),
    info: {
      Title: 'Words',
      Creator: 'test',
      Producer: 'test',
      CreationDate: new Date(0),
      ModDate: new Date(0),
    },
  })
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  LINES.forEach(({ face, text }, index) => {
    doc.font(parsedFont(face), face).fontSize(11)
    paint(doc, face, text, 100 + index * 20)
  })
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

describe('a run drawn word by word through the font', () => {
  it('gives the bytes pdfkit gives laying the same run out word by word itself', async () => {
    const ours = await draw((doc, _face, text, y) =>
      drawMeasuredText(doc, { text, x: 72, width: 300, characterSpacing: 0 }, y),
    )
    const pdfkits = await draw((doc, _face, text, y) => {
      const plain: (
        text: string,
        x: number,
        y: number,
        options: Parameters<PdfDoc['text']>[3] & { textWidth: number; wordCount: number },
      ) => PdfDoc = doc.text.bind(doc)
      plain(text, 72, y, { lineBreak: false, baseline: 'alphabetic', textWidth: 300, wordCount: 1 })
    })
    expect(ours.equals(pdfkits)).toBe(true)
  })
})
