import { describe, expect, it } from 'vitest'
import { constructorFont, loadShaping } from '../../../../main/pdf/engine/fonts'
import { createPdfDoc } from '../../../../main/pdf/engine/pdfkit-adapter'

describe('a pdfkit document as the renderer creates it', () => {
  it('writes named destinations in code-unit order, as a PDF name tree sorts its keys', async () => {
    await loadShaping()
    const doc = createPdfDoc({
      size: 'A4',
      margins: { top: 72, right: 72, bottom: 72, left: 72 },
      font: constructorFont(),
      info: {
        Title: 'Names',
        Creator: 'test',
        Producer: 'test',
        CreationDate: new Date(0),
        ModDate: new Date(0),
      },
    })
    const chunks: Uint8Array[] = []
    doc.on('data', (chunk: Uint8Array) => {
      chunks.push(chunk)
    })
    const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()))
    for (const name of ['b', 'B', 'a', 'section-10', 'section-2'])
      doc.addNamedDestination(name, 'XYZ', 0, 100, null)
    doc.end()
    await ended
    const text = Buffer.concat(chunks).toString('latin1')
    // Each key is written as "(key) [page /XYZ …]"; localeCompare would put "a" before "B".
    const keys = [...text.matchAll(/\(([\w-]+)\) \[\d+ 0 R \/XYZ/g)].map((match) => match[1])
    expect(keys).toEqual(['B', 'a', 'b', 'section-10', 'section-2'])
  })
})
