import { beforeAll, describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import type { PdfResult } from '../../../main/pdf/index'
import {
  linkStructure,
  loadSample,
  makeStyle,
  openPdf,
  outlineTitles,
  pdfFonts,
  pdfInfo,
  pdfText,
  runStatus,
  structRoles,
  writePdf,
} from './pdf-tools'

const STANDARD_14 =
  /^(?:[A-Z]{6}\+)?(Courier|Helvetica|Times|Symbol|ZapfDingbats)(?:-Bold|-Oblique|-BoldOblique|-Roman|-Italic|-BoldItalic)?$/

const sample = loadSample()
let letter: PdfResult
let letterPath: string

beforeAll(async () => {
  letter = await renderBriefPdf(sample, makeStyle({ pageSize: 'letter', watermark: 'DRAFT' }))
  letterPath = writePdf(letter.bytes, 'sample-letter')
})

describe('the sample brief, read back with the real tools', () => {
  it.each([
    { what: 'the title', text: 'Power Lines: Energy Cooperation as a' },
    { what: 'Slovak diacritics', text: 'Lajčák' },
    { what: 'Serbian diacritics', text: 'Vučić' },
    { what: 'Cyrillic', text: 'Зеленський' },
    { what: 'Greek', text: 'Αλεξανδρούπολη' },
    { what: 'Greek with accents', text: 'ενεργειακή ασφάλεια για όλους' },
    { what: 'the organization band', text: 'ADRIATIC POLICY INSTITUTE' },
    { what: 'the date and author line', text: '14 March 2025 · Ana Petrović & Jonas Weber' },
    { what: 'the summary box heading', text: 'KEY TAKEAWAYS' },
    { what: 'bold text', text: 'moving from talks to tenders' },
    { what: 'a table cell', text: 'Modest downward pressure as loop flows fall' },
    {
      what: 'the quote attribution, with its dash',
      text: '— Elena Marković, regional energy analyst (fictional)',
    },
    { what: 'a source title', text: 'EU envoy Lajčák hosts energy talks as Vučić signals limits.' },
    {
      what: 'a source URL',
      text: 'https://www.example.org/news/2025/03/12/lajcak-energy-talks-belgrade-pristina-annex',
    },
    { what: 'a retrieval date', text: 'Retrieved 13 March 2025.' },
    { what: 'a link with another scheme, as text', text: 'such as this one, are printed' },
  ])('prints $what', ({ text }) => {
    expect(pdfText(letterPath).replace(/\s+/g, ' ')).toContain(text)
  })

  it('keeps the DRAFT watermark out of the extracted text', () => {
    expect(pdfText(letterPath)).not.toMatch(/DRAFT|\bDR\b|\bAF\b/)
  })

  it('embeds every font as a subset and uses none of the standard 14', () => {
    const fonts = pdfFonts(letterPath)
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'Inter-Bold',
      'Inter-Regular',
      'Inter-SemiBold',
      'SourceSerif4-Bold',
      'SourceSerif4-BoldIt',
      'SourceSerif4-It',
      'SourceSerif4-Regular',
    ])
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true })
      expect(font.name).toMatch(/^[A-Z]{6}\+/)
      expect(font.name).not.toMatch(STANDARD_14)
    }
  })

  it('has at least three pages, as many as it reports', () => {
    expect(letter.pages).toBeGreaterThanOrEqual(3)
    expect(pdfInfo(letterPath).get('Pages')).toBe(String(letter.pages))
  })

  it('prints the marking at the top and bottom of every page and "Page X of Y" on each', () => {
    for (let page = 1; page <= letter.pages; page++) {
      const text = pdfText(letterPath, page)
      expect(text.match(/UNCLASSIFIED/g), `page ${page}`).toHaveLength(2)
      expect(text, `page ${page}`).toContain(`Page ${page} of ${letter.pages}`)
    }
  })

  it('prints the running header from page 2 only', () => {
    const header = 'Power Lines: Energy Cooperation as a Test of the Belgrade–Pristina Dialogue'
    expect(pdfText(letterPath, 1)).not.toContain(header)
    for (let page = 2; page <= letter.pages; page++) expect(pdfText(letterPath, page)).toContain(header)
  })

  it('has an outline entry for every section heading, and for sub-headings beneath them', () => {
    expect(outlineTitles(letterPath)).toEqual([
      'Key takeaways',
      'Situation',
      '  What happened this week',
      'Positions of the main actors',
      'Implications',
      'Outlook',
      'Recommendations',
      'Sources',
    ])
  })

  it('lands each outline entry on its heading, not on the page corner', async () => {
    const pdf = await openPdf(letter.bytes)
    const outline = await pdf.getOutline()
    for (const item of outline) {
      const dest = item.dest
      expect(Array.isArray(dest), item.title).toBe(true)
      if (!Array.isArray(dest)) continue
      const [ref, kind, left, top] = dest as unknown[]
      expect(kind).toEqual({ name: 'XYZ' })
      expect(left).toBe(0)
      const pageIndex = await pdf.getPageIndex(ref as Parameters<typeof pdf.getPageIndex>[0])
      const page = await pdf.getPage(pageIndex + 1)
      const text = await page.getTextContent()
      const heading = text.items.find(
        (entry) => 'str' in entry && entry.str.trim() === item.title.toUpperCase().trim(),
      )
      const match = heading ?? text.items.find((entry) => 'str' in entry && entry.str.trim() === item.title)
      expect(match, item.title).toBeDefined()
      if (match && 'transform' in match) {
        const baseline = Number(match.transform[5])
        expect(Number(top)).toBeGreaterThan(baseline)
        expect(Number(top) - baseline).toBeLessThan(40)
      }
    }
    await pdf.destroy()
  })

  it('reports document information, tagging and the title in the window', () => {
    const info = pdfInfo(letterPath)
    expect(info.get('Tagged')).toBe('yes')
    expect(info.get('Title')).toBe(sample.meta.title)
    expect(info.get('Author')).toBe('Ana Petrović & Jonas Weber')
    expect(info.get('Subject')).toBe(sample.meta.subtitle)
    expect(info.get('Creator')).toBe('Briefwright')
    expect(info.get('CreationDate')).toMatch(/Mar 14 00:00:00 2025 UTC/)
  })

  it('passes qpdf --check', () => {
    const { status, output } = runStatus('qpdf', ['--check', letterPath])
    expect(output).toContain('No syntax or stream encoding errors')
    expect(status).toBe(0)
  })

  it('has a structure tree with headings, paragraphs, lists, a quote, a table and links', async () => {
    const roles = await structRoles(letter.bytes)
    expect(roles.get('H1')).toBe(1)
    expect(roles.get('H2')).toBe(sample.sections.length)
    expect(roles.get('H3')).toBe(1)
    expect(roles.get('BlockQuote')).toBe(1)
    expect(roles.get('Table')).toBe(1)
    expect(roles.get('TH')).toBe(3)
    expect(roles.get('TD')).toBe(15)
    expect(roles.get('Link')).toBe(5)
    for (const role of ['P', 'L', 'LI', 'Lbl', 'LBody', 'TR', 'Sect', 'Document']) {
      expect(roles.get(role) ?? 0, role).toBeGreaterThan(0)
    }
    expect(roles.get('LI')).toBe(roles.get('Lbl'))
  })

  it('makes http(s) links clickable, and nothing else', async () => {
    const pdf = await openPdf(letter.bytes)
    const urls: string[] = []
    for (let page = 1; page <= pdf.numPages; page++) {
      for (const annotation of await (await pdf.getPage(page)).getAnnotations()) {
        if (annotation.subtype === 'Link' && typeof annotation.url === 'string') urls.push(annotation.url)
      }
    }
    await pdf.destroy()
    expect(urls).toEqual([
      'https://www.energy-community.org/',
      'https://www.eeas.europa.eu/',
      'https://www.energy-community.org/implementation.html',
      'https://www.example.org/news/2025/03/12/lajcak-energy-talks-belgrade-pristina-annex',
      'https://www.example.com/world/ukraine-winter-imports?ref=briefwright&lang=en',
    ])
  })

  it('puts each link annotation in the structure tree, inside a Link element with its text', async () => {
    for (const { page, links, annotations } of await linkStructure(letter.bytes)) {
      expect(links.flatMap((link) => link.objects).sort(), `page ${page}`).toEqual(annotations.slice().sort())
      for (const link of links) expect(link.content, `page ${page}`).toBeGreaterThan(0)
    }
  })

  it('renders without warnings', () => {
    expect(letter.warnings).toEqual([])
  })
})

describe('page sizes and determinism', () => {
  it.each([
    { pageSize: 'letter' as const, size: '612 x 792 pts (letter)' },
    { pageSize: 'a4' as const, size: '595.28 x 841.89 pts (A4)' },
  ])('renders $pageSize pages as $size', async ({ pageSize, size }) => {
    const result = await renderBriefPdf(sample, makeStyle({ pageSize }))
    const path = writePdf(result.bytes, `size-${pageSize}`)
    const info = pdfInfo(path)
    expect(info.get('Page size')).toBe(size)
    const pages = run1to(result.pages)
    for (const page of pages) {
      const perPage = runPageSize(path, page)
      expect(perPage, `page ${page}`).toBe(size.replace(/ \(.*\)$/, ''))
    }
  })

  it('gives byte-identical output for the same brief, and different bytes for another date', async () => {
    const style = makeStyle()
    const first = await renderBriefPdf(sample, style)
    const second = await renderBriefPdf(sample, style)
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true)
    const later = await renderBriefPdf(sample, style, { creationDate: new Date('2030-01-02T03:04:05Z') })
    expect(Buffer.from(first.bytes).equals(Buffer.from(later.bytes))).toBe(false)
    expect(pdfInfo(writePdf(later.bytes)).get('CreationDate')).toMatch(/Jan {1,2}2 03:04:05 2030 UTC/)
  })
})

function run1to(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index + 1)
}

function runPageSize(path: string, page: number): string {
  const { output } = runStatus('pdfinfo', ['-f', String(page), '-l', String(page), path])
  const match = new RegExp(`Page\\s+${page} size:\\s+([0-9.]+ x [0-9.]+ pts)`).exec(output)
  return match?.[1] ?? output
}
