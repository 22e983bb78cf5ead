import { describe, expect, it } from 'vitest'
import type { BriefInput } from '../../../main/brief/schema'
import { renderBriefPdf } from '../../../main/pdf/index'
import { jpegLogo, logoOf, makePng } from '../../helpers/images'
import {
  loadSample,
  makeBrief,
  makeStyle,
  openPdf,
  outlineTitles,
  pdfFonts,
  pdfInfo,
  pdfText,
  writePdf,
} from './pdf-tools'
import { fontOf, imageRows } from './trace-tools'

// Every field of the template style, read back from the PDF it produces.

const sample = loadSample()

async function render(style: Parameters<typeof makeStyle>[0], brief = sample) {
  const result = await renderBriefPdf(brief, makeStyle(style))
  return { ...result, path: writePdf(result.bytes, 'template-style') }
}

function pageTexts(path: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, index) => pdfText(path, index + 1, true))
}

describe('page size and marking', () => {
  it.each([
    { pageSize: 'letter' as const, expected: /612 x 792 pts \(letter\)/ },
    { pageSize: 'a4' as const, expected: /595\.2\d* x 841\.8\d* pts \(A4\)/ },
  ])('sets every page to $pageSize', async ({ pageSize, expected }) => {
    const { path, pages } = await render({ pageSize })
    expect(pdfInfo(path).get('Page size')).toMatch(expected)
    expect(pages).toBeGreaterThan(1)
  })

  it('prints the marking at the top and bottom of every page, also with a custom header and footer', async () => {
    const brief = makeBrief({ meta: { marking: 'OFFICIAL-SENSITIVE' } })
    const style = {
      header: { left: 'Left', center: '', right: '' },
      footer: { left: '', center: 'Mid', right: '' },
    }
    const { path, pages } = await render(style, brief)
    for (const [index, text] of pageTexts(path, pages).entries()) {
      expect(text.match(/OFFICIAL-SENSITIVE/g), `page ${index + 1}`).toHaveLength(2)
    }
  })
})

describe('the logo', () => {
  it.each([
    { name: 'an opaque PNG', logo: logoOf(makePng(300, 100)), width: 300 },
    { name: 'a JPEG', logo: logoOf(jpegLogo(), 'image/jpeg'), width: 240 },
    { name: 'a PNG with transparency', logo: logoOf(makePng(200, 80, '#aa3311', true)), width: 200 },
  ])('draws $name once, on page 1, as a Figure named after the organization', async ({ logo, width }) => {
    const { path, pages, bytes } = await render({ logo })
    const images = imageRows(path).filter((row) => row.type === 'image')
    expect(images).toEqual([expect.objectContaining({ page: 1, width })])
    expect(pages).toBeGreaterThan(1)
    const pdf = await openPdf(bytes)
    const tree = JSON.stringify(await (await pdf.getPage(1)).getStructTree())
    await pdf.destroy()
    expect(tree).toContain('"role":"Figure"')
    expect(tree).toContain('"alt":"Adriatic Policy Institute logo"')
  })

  it('draws no image without a logo', async () => {
    const { path } = await render({})
    expect(imageRows(path)).toEqual([])
  })
})

describe('header and footer slots', () => {
  it('fills the default slots as before: title and date from page 2, organization and page numbers below', async () => {
    const { path, pages } = await render({})
    const texts = pageTexts(path, pages)
    expect(texts[0]).not.toContain('14 March 2025\n')
    for (const [index, text] of texts.entries()) {
      expect(text).toMatch(new RegExp(`ADRIATIC POLICY INSTITUTE\\s+Page ${index + 1} of ${pages}`))
      if (index > 0) expect(text).toMatch(/Power Lines: Energy Cooperation.*\s{2,}14 March 2025/)
    }
  })

  it('substitutes every field in every slot, per page', async () => {
    const style = {
      header: { left: '[{organization}]', center: '<{marking}>', right: '{date}' },
      footer: { left: 'T: {title}', center: '{page}/{pages}', right: 'Unknown {field} kept' },
      firstPage: { header: true, footer: true },
    }
    const { path, pages } = await render(style, makeBrief({ meta: { title: 'Short title' } }))
    for (const [index, text] of pageTexts(path, pages).entries()) {
      const page = `page ${index + 1}`
      expect(text, page).toMatch(/\[Adriatic Policy Institute\]\s+<UNCLASSIFIED>\s+14 March 2025/)
      expect(text, page).toMatch(
        new RegExp(`T: Short title\\s+${index + 1}/${pages}\\s+Unknown \\{field\\} kept`),
      )
      expect(text, page).not.toContain('Page 1 of')
    }
  })

  it.each([
    { firstPage: { header: false, footer: true }, header: false, footer: true },
    { firstPage: { header: true, footer: true }, header: true, footer: true },
    { firstPage: { header: false, footer: false }, header: false, footer: false },
    { firstPage: { header: true, footer: false }, header: true, footer: false },
  ])('gives page 1 its own chrome: $firstPage', async ({ firstPage, header, footer }) => {
    const style = { firstPage, header: { left: 'HEAD {page}', center: '', right: '' } }
    const { path, pages } = await render(style)
    const texts = pageTexts(path, pages)
    expect(texts[0]?.includes('HEAD 1')).toBe(header)
    expect(texts[0]?.includes(`Page 1 of ${pages}`)).toBe(footer)
    // Every other page keeps both.
    for (const [index, text] of texts.entries()) {
      if (index === 0) continue
      expect(text).toContain(`HEAD ${index + 1}`)
      expect(text).toContain(`Page ${index + 1} of ${pages}`)
    }
  })

  it('prints no header when runningHeader is off, and no footer when its slots are empty', async () => {
    const style = { runningHeader: false, footer: { left: '', center: '', right: '' } }
    const { path, pages } = await render(style)
    for (const text of pageTexts(path, pages).slice(1)) {
      expect(text).not.toContain('14 March 2025')
      expect(text).not.toMatch(/Page \d+ of/)
    }
  })
})

describe('fonts', () => {
  it.each([
    {
      bodyFont: 'serif' as const,
      headingFont: 'sans' as const,
      body: 'SourceSerif4-Regular',
      heading: 'Inter-SemiBold',
    },
    {
      bodyFont: 'sans' as const,
      headingFont: 'sans' as const,
      body: 'Inter-Regular',
      heading: 'Inter-SemiBold',
    },
    {
      bodyFont: 'serif' as const,
      headingFont: 'serif' as const,
      body: 'SourceSerif4-Regular',
      heading: 'SourceSerif4-Bold',
    },
    {
      bodyFont: 'sans' as const,
      headingFont: 'serif' as const,
      body: 'Inter-Regular',
      heading: 'SourceSerif4-Bold',
    },
  ])('sets body text in $body and headings in $heading', async ({ bodyFont, headingFont, body, heading }) => {
    const { path, pages } = await render({ bodyFont, headingFont })
    expect(fontOf(path, pages, 'This brief is an')).toBe(body)
    expect(fontOf(path, pages, 'Situation')).toBe(heading)
    expect(fontOf(path, 1, 'Power Lines')).toBe(headingFont === 'serif' ? 'SourceSerif4-Bold' : 'Inter-Bold')
  })

  it('embeds no serif face at all when both families are sans', async () => {
    const { path } = await render({ bodyFont: 'sans', headingFont: 'sans' })
    const names = pdfFonts(path).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))
    expect(names).toContain('Inter-Regular')
    expect(names.filter((name) => name.startsWith('SourceSerif'))).toEqual([])
  })
})

describe('section numbering', () => {
  it.each([{ sectionNumbers: true }, { sectionNumbers: false }])(
    'numbers headings and outline entries: $sectionNumbers',
    async ({ sectionNumbers }) => {
      const { path } = await render({ sectionNumbers })
      const headings = [
        'Situation',
        'Positions of the main actors',
        'Implications',
        'Outlook',
        'Recommendations',
        'Sources',
      ]
      const expected = headings.map((heading, index) =>
        sectionNumbers ? `${index + 1}. ${heading}` : heading,
      )
      const outline = outlineTitles(path).filter((title) => !title.startsWith(' '))
      expect(outline).toEqual(['Key takeaways', ...expected])
      const text = pdfText(path)
      for (const heading of expected) expect(text).toContain(`${heading}\n`)
      // The summary box is not a numbered section.
      expect(text).not.toMatch(/\d\. Key takeaways/)
    },
  )
})

/** A brief whose sections have very different lengths, so that they start on different pages. */
function longBrief(): ReturnType<typeof makeBrief> {
  const paragraph = (words: number, seed: string) =>
    Array.from({ length: words }, (_, index) => `${seed}${index % 7 === 0 ? '.' : ''}`).join(' ')
  const sections: BriefInput['sections'] = [
    { id: 'summary', kind: 'summary', heading: 'Key takeaways', body: '- One\n- Two' },
    ...[40, 900, 120, 1500, 60, 30, 700].map((words, index) => ({
      id: `s${index}`,
      kind: 'custom' as const,
      heading: `Part ${String.fromCharCode(65 + index)} heading`,
      body: Array.from({ length: Math.ceil(words / 150) }, () =>
        paragraph(Math.min(words, 150), 'word'),
      ).join('\n\n'),
    })),
  ]
  return makeBrief({ sections })
}

describe('table of contents', () => {
  it.each([{ sectionNumbers: false }, { sectionNumbers: true }])(
    'lists every section with the page its heading is on (numbers: $sectionNumbers)',
    async ({ sectionNumbers }) => {
      const { path, pages } = await render({ tableOfContents: true, sectionNumbers }, longBrief())
      const texts = pageTexts(path, pages)
      const entries = [
        ...(texts[0] ?? '').matchAll(/^\s*((?:\d+\. )?Part [A-G] heading)\s{2,}(\d+)\s*$/gm),
      ].map((match) => ({ title: match[1] ?? '', page: Number(match[2]) }))
      expect(entries.map((entry) => entry.title)).toEqual(
        'ABCDEFG'
          .split('')
          .map((letter, index) => `${sectionNumbers ? `${index + 1}. ` : ''}Part ${letter} heading`),
      )
      expect(new Set(entries.map((entry) => entry.page)).size).toBeGreaterThanOrEqual(3)
      for (const entry of entries) {
        const where = texts.flatMap((text, index) =>
          text.split('\n').some((line) => line.trim() === entry.title) ? [index + 1] : [],
        )
        expect(where, entry.title).toEqual([entry.page])
      }
    },
  )

  it('links each entry to its section and leaves the contents out when off', async () => {
    const { bytes, path } = await render({ tableOfContents: true }, longBrief())
    const pdf = await openPdf(bytes)
    const annotations = await (await pdf.getPage(1)).getAnnotations()
    const destinations = (await pdf.getDestinations()) as Record<string, unknown>
    await pdf.destroy()
    const links = annotations.filter((annotation: { dest?: unknown }) => typeof annotation.dest === 'string')
    // The summary box opens the brief above the contents: the entries list the seven sections after it.
    expect(links.map((link: { dest?: unknown }) => link.dest)).toEqual(
      Array.from({ length: 7 }, (_, index) => `section-${index + 2}`),
    )
    expect(Object.keys(destinations).sort()).toEqual(
      Array.from({ length: 8 }, (_, index) => `section-${index + 1}`).sort(),
    )
    expect(pdfText(path, 1)).toContain('CONTENTS')
    const off = await render({ tableOfContents: false }, longBrief())
    expect(pdfText(off.path, 1)).not.toContain('CONTENTS')
  })
})

describe('a first-page preview', () => {
  it('draws page 1 only, counting every page in its footer', async () => {
    const full = await renderBriefPdf(sample, makeStyle({}))
    const first = await renderBriefPdf(sample, makeStyle({}), { firstPageOnly: true })
    const path = writePdf(first.bytes, 'first-page')
    expect(first.pages).toBe(1)
    expect(pdfInfo(path).get('Pages')).toBe('1')
    expect(pdfText(path)).toContain(`Page 1 of ${full.pages}`)
  })
})
