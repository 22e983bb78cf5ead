import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import {
  loadSample,
  makeBrief,
  makeStyle,
  openPdf,
  outlineTitles,
  pageLines,
  pdfInfo,
  pdfText,
  run,
  writePdf,
} from './pdf-tools'

const sample = loadSample()

/** Content streams decompressed by qpdf, to look for the colours and transparency drawn. */
function contentOf(bytes: Uint8Array): string {
  const path = writePdf(bytes, 'qdf-source')
  const qdf = path.replace(/\.pdf$/, '.qdf.pdf')
  run('qpdf', ['--qdf', '--object-streams=disable', path, qdf])
  return readFileSync(qdf, 'latin1')
}

function fillOperator(hex: string): string {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255)
  return `${channels.join(' ')} scn`
}

describe('the template style', () => {
  it.each([
    { margins: { top: 72, right: 72, bottom: 72, left: 72 }, pageSize: 'letter' as const },
    { margins: { top: 96, right: 110, bottom: 90, left: 110 }, pageSize: 'letter' as const },
    { margins: { top: 60, right: 54, bottom: 60, left: 54 }, pageSize: 'a4' as const },
  ])('sets body text inside the margins $margins ($pageSize)', async ({ margins, pageSize }) => {
    const result = await renderBriefPdf(sample, makeStyle({ margins, pageSize }))
    const pages = await pageLines(result.bytes)
    const height = pageSize === 'a4' ? 841.89 : 792
    const width = pageSize === 'a4' ? 595.28 : 612
    for (const [index, lines] of pages.entries()) {
      const body = lines.filter((line) => line.top > margins.top && line.top < height - margins.bottom)
      expect(body.length, `page ${index + 1}`).toBeGreaterThan(5)
      const left = Math.min(...body.map((line) => line.x))
      expect(left, `page ${index + 1}`).toBeCloseTo(margins.left, 0)
      const situation = lines.find((line) => line.text === 'Situation')
      if (situation) expect(situation.x).toBeCloseTo(margins.left, 1)
    }
    // Nothing printed past the right margin except the full-bleed band (which holds no text).
    const path = writePdf(result.bytes, 'margins')
    const bbox = run('pdftotext', ['-bbox', path, '-'])
    const rights = [...bbox.matchAll(/xMax="([0-9.]+)"/g)].map((match) => Number(match[1]))
    expect(Math.max(...rights)).toBeLessThanOrEqual(width - margins.right + 0.5)
  })

  it.each([{ accentColor: '#aa3311' }, { accentColor: '#0b6e4f' }])(
    'draws with the accent colour $accentColor',
    async ({ accentColor }) => {
      const result = await renderBriefPdf(sample, makeStyle({ accentColor }))
      expect(contentOf(result.bytes)).toContain(fillOperator(accentColor))
      const other = await renderBriefPdf(sample, makeStyle({ accentColor: '#123456' }))
      expect(contentOf(other.bytes)).not.toContain(fillOperator(accentColor))
    },
  )

  it.each([
    {
      meta: 'Meta Institute',
      style: 'Style Institute',
      printed: 'META INSTITUTE',
      absent: 'STYLE INSTITUTE',
    },
  ])('prints the organization $printed in the band and footer', async ({ meta, style, printed, absent }) => {
    const brief = makeBrief({ meta: { organization: meta } })
    const result = await renderBriefPdf(brief, makeStyle({ organization: style }))
    const path = writePdf(result.bytes)
    const first = pdfText(path, 1)
    expect(first.match(new RegExp(printed, 'g'))).toHaveLength(2)
    expect(pdfText(path)).not.toContain(absent)
  })

  it('prints no organization for a brief that has none, even when its template names one', async () => {
    const brief = makeBrief({ meta: { organization: '' } })
    const result = await renderBriefPdf(brief, makeStyle({ organization: 'Style Institute' }))
    expect(pdfText(writePdf(result.bytes))).not.toContain('STYLE INSTITUTE')
  })

  it.each([
    { marking: 'UNCLASSIFIED', markingColor: '#007a33', expected: 2 },
    { marking: 'OFFICIAL-SENSITIVE', markingColor: '#aa0000', expected: 2 },
    { marking: '', markingColor: '#aa0000', expected: 0 },
  ])(
    'prints the marking "$marking" in its colour on every page',
    async ({ marking, markingColor, expected }) => {
      const brief = makeBrief({ meta: { marking } })
      const result = await renderBriefPdf(brief, makeStyle({ markingColor, marking: 'STYLE DEFAULT' }))
      const path = writePdf(result.bytes)
      for (let page = 1; page <= result.pages; page++) {
        const text = pdfText(path, page)
        expect(marking === '' ? 0 : (text.match(new RegExp(marking, 'g')) ?? []).length, `page ${page}`).toBe(
          expected,
        )
        expect(text).not.toContain('STYLE DEFAULT')
      }
      expect(contentOf(result.bytes).includes(fillOperator(markingColor))).toBe(expected > 0)
    },
  )

  it.each([
    { summaryBox: true, heading: 'KEY TAKEAWAYS', absent: /\nKey takeaways\n/ },
    { summaryBox: false, heading: 'Key takeaways', absent: /KEY TAKEAWAYS/ },
  ])('draws the summary as a box: $summaryBox', async ({ summaryBox, heading, absent }) => {
    const result = await renderBriefPdf(sample, makeStyle({ summaryBox }))
    const path = writePdf(result.bytes)
    const first = pdfText(path, 1)
    expect(first).toContain(heading)
    expect(first).not.toMatch(absent)
    expect(outlineTitles(path)[0]).toBe('Key takeaways')
    // The box's tint is drawn only when there is a box.
    expect(
      contentOf(result.bytes).includes('0.9490196078431372 0.9568627450980393 0.9686274509803922 scn'),
    ).toBe(summaryBox)
  })

  it.each([{ runningHeader: true }, { runningHeader: false }])(
    'prints a running header: $runningHeader',
    async ({ runningHeader }) => {
      const result = await renderBriefPdf(sample, makeStyle({ runningHeader }))
      const path = writePdf(result.bytes)
      for (let page = 2; page <= result.pages; page++) {
        expect(pdfText(path, page).includes('Power Lines: Energy Cooperation as a Test')).toBe(runningHeader)
      }
    },
  )

  it.each([
    { watermark: 'DRAFT', transparent: true },
    { watermark: '', transparent: false },
  ])('draws the watermark "$watermark" as shapes, not text', async ({ watermark, transparent }) => {
    const result = await renderBriefPdf(sample, makeStyle({ watermark }))
    const content = contentOf(result.bytes)
    expect(content.includes('/ca 0.07')).toBe(transparent)
    expect(pdfText(writePdf(result.bytes))).not.toContain('DRAFT')
  })
})

describe('metadata', () => {
  it('escapes & and < for XMP and keeps them in the info dictionary', async () => {
    const title = 'R&D <Strategy> & "Risk"'
    const author = 'Smith & Jones <Analysts>'
    const brief = makeBrief({ meta: { title, author, subtitle: 'Costs < benefits & more' } })
    const result = await renderBriefPdf(brief, makeStyle())
    const info = pdfInfo(writePdf(result.bytes))
    expect(info.get('Title')).toBe(title)
    expect(info.get('Author')).toBe(author)
    expect(info.get('Subject')).toBe('Costs < benefits & more')
    const pdf = await openPdf(result.bytes)
    const metadata = await pdf.getMetadata()
    await pdf.destroy()
    expect(metadata.metadata?.get('dc:title')).toBe(title)
    expect(metadata.metadata?.get('dc:creator')).toEqual([author])
    expect(metadata.metadata?.get('dc:description')).toBe('Costs < benefits & more')
    const xmp = metadata.metadata?.getRaw() ?? ''
    expect(xmp).toContain('R&amp;D &lt;Strategy&gt; &amp; "Risk"')
    expect(xmp).toContain('<xmp:CreatorTool>Briefwright</xmp:CreatorTool>')
  })
})

describe('characters no bundled font has', () => {
  it('leaves them out and names each in a warning', async () => {
    // Ethiopic and emoji: no bundled face has them (Chinese has a face of its own).
    const body = 'Delegates from ሰላ said ም 😀 to Зеленський and Lajčák.'
    const brief = makeBrief({
      sections: [{ id: 'chars', kind: 'custom', heading: 'Characters', body }],
      sources: [],
    })
    const result = await renderBriefPdf(brief, makeStyle())
    expect(result.warnings).toEqual([
      'No bundled font has "ሰ" (U+1230); it is left out of the PDF',
      'No bundled font has "ላ" (U+120B); it is left out of the PDF',
      'No bundled font has "ም" (U+121D); it is left out of the PDF',
      'No bundled font has "😀" (U+1F600); it is left out of the PDF',
    ])
    const text = pdfText(writePdf(result.bytes)).replace(/\s+/g, ' ')
    expect(text).toContain('Delegates from said to Зеленський and Lajčák.')
    expect(text).not.toMatch(/[ሰላም😀]/u)
  })

  it('reports the first 20 and counts the rest', async () => {
    const body = Array.from({ length: 30 }, (_, index) => String.fromCodePoint(0x1200 + index)).join(' ')
    const brief = makeBrief({
      sections: [{ id: 'chars', kind: 'custom', heading: 'Characters', body }],
      sources: [],
    })
    const result = await renderBriefPdf(brief, makeStyle())
    expect(result.warnings).toHaveLength(21)
    expect(result.warnings[0]).toBe('No bundled font has "ሀ" (U+1200); it is left out of the PDF')
    expect(result.warnings[20]).toBe('10 more characters no bundled font has were left out of the PDF')
  })
})
