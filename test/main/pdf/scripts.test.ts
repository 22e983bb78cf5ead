import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadShaping, parsedFont } from '../../../main/pdf/engine/fonts'
import { renderBriefPdf } from '../../../main/pdf/index'
import type { PdfResult } from '../../../main/pdf/index'
import { breakLines } from '../../../main/pdf/line-break'
import type { TextStyle } from '../../../main/pdf/line-break'
import { makeBrief, makeStyle, openPdf, pdfFonts, pdfText, run, writePdf } from './pdf-tools'

/** One name a line: script, transliteration, the name in its own script. */
const names = readFileSync(join(import.meta.dirname, '../../fixtures/names-in-scripts.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [script = '', latin = '', native = ''] = line.split('\t')
    return { script, latin, native }
  })

// poppler marks each right-to-left run it gives back with U+202B … U+202C (embedding, pop).
const BIDI_MARKS = /[\u202a-\u202e]/g

async function pdfJsText(bytes: Uint8Array): Promise<string> {
  const doc = await openPdf(bytes)
  const pages: string[] = []
  for (let index = 1; index <= doc.numPages; index++) {
    const content = await (await doc.getPage(index)).getTextContent()
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    )
  }
  return pages.join('\n')
}

let result: PdfResult
let path: string

beforeAll(async () => {
  await loadShaping()
  const list = names
    .map(({ script, latin, native }) => `- ${script}: ${latin} (${native}) said so.`)
    .join('\n')
  const brief = makeBrief({
    sections: [
      {
        id: 'summary',
        kind: 'summary',
        heading: 'Names in bold',
        body: `**${names.map(({ native }) => native).join(', ')}**`,
      },
      { id: 'names', kind: 'custom', heading: 'Names', body: list },
    ],
  })
  result = await renderBriefPdf(brief, makeStyle())
  path = writePdf(result.bytes, 'names-in-scripts')
})

describe('names in other scripts, read back from the PDF', () => {
  it('prints them all: no character is reported missing', () => {
    expect(result.warnings).toEqual([])
  })

  it.each(names)('pdftotext gives back $script: $native', ({ latin, native }) => {
    const text = pdfText(path).replace(BIDI_MARKS, '')
    expect(text).toContain(native)
    expect(text).toContain(latin)
  })

  it.each(names)('pdf.js gives back $script: $native', async ({ native }) => {
    expect(await pdfJsText(result.bytes)).toContain(native)
  })

  it('embeds each script face as a subset with a ToUnicode map, regular and bold', () => {
    const fonts = pdfFonts(path)
    for (const family of [
      'NotoSansSC',
      'NotoSansKR',
      'NotoNaskhArabic',
      'NotoSansHebrew',
      'NotoSansDevanagari',
      'NotoSansThai',
    ]) {
      for (const weight of ['Regular', 'Bold']) {
        // Noto Naskh Arabic's regular face has no weight in its PostScript name.
        const row = fonts.find((font) =>
          new RegExp(`\\+${family}(-${weight})${weight === 'Regular' ? '?' : ''}$`).test(font.name),
        )
        expect(row, `${family}-${weight}`).toMatchObject({ embedded: true, subset: true, unicode: true })
      }
    }
  })

  it('stays small: the faces are subsets, not the 10 MB files', () => {
    expect(result.bytes.length).toBeLessThan(160_000)
  })

  it('renders the page as a PNG (pdftoppm) with ink in it', () => {
    const png = run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      path,
      path.replace(/\.pdf$/, ''),
    ])
    expect(png).toBe('')
    expect(readFileSync(path.replace(/\.pdf$/, '.png')).length).toBeGreaterThan(10_000)
  })
})

describe('Arabic shaping', () => {
  const glyphIds = (text: string): number[] =>
    parsedFont('arabic')
      .layout(text)
      .glyphs.map((glyph) => Number(Reflect.get(glyph as object, 'id')))

  it('joins letters: the glyphs of a word are not the isolated forms of its letters', () => {
    const word = 'ماجد'
    const isolated = Array.from(word, (letter) => glyphIds(letter)[0])
    const joined = glyphIds(word)
    // HarfBuzz gives a right-to-left word's glyphs from the left: the first letter is drawn last.
    expect(joined).toHaveLength(isolated.length)
    expect(joined.reverse()).not.toEqual(isolated)
    expect(joined.filter((id, index) => id !== isolated[index]).length).toBeGreaterThanOrEqual(3)
  })
})

describe('right-to-left runs in a left-to-right line (the Unicode bidi algorithm)', () => {
  const style: TextStyle = {
    faces: {
      regular: 'serif',
      italic: 'serif-italic',
      bold: 'serif-bold',
      boldItalic: 'serif-bold-italic',
      code: 'sans',
    },
    size: 10,
    color: '#000000',
    linkColor: '#000000',
    leading: 14,
  }
  const lineOf = (text: string) => {
    const lines = breakLines(
      [{ kind: 'text', text, style: { bold: false, italic: false, code: false, strike: false, link: null } }],
      style,
      1000,
      () => {
        throw new Error('no character should be missing')
      },
    )
    expect(lines).toHaveLength(1)
    return lines[0]?.fragments ?? []
  }

  it('draws an Arabic name between its parentheses, as one right-to-left run', () => {
    const fragments = lineOf('Majed al-Ansari (ماجد الأنصاري) said so.')
    const arabic = fragments.find((fragment) => fragment.text.includes('ماجد'))
    expect(arabic).toMatchObject({ text: 'ماجد الأنصاري', face: 'arabic', direction: 'rtl' })
    const before = fragments[fragments.indexOf(arabic!) - 1]
    const after = fragments[fragments.indexOf(arabic!) + 1]
    expect(before?.text.endsWith('(')).toBe(true)
    expect(after?.text.startsWith(')')).toBe(true)
    expect(before!.x + before!.width).toBeCloseTo(arabic!.x, 3)
    expect(arabic!.x + arabic!.width).toBeCloseTo(after!.x, 3)
  })

  it('orders an Arabic phrase with a number from the right, keeping reading order for drawing', () => {
    const fragments = lineOf('Quote: قال ٢٠٢٤ مستمرة')
    const texts = fragments.map((fragment) => fragment.text.trim())
    // Reading order is kept: what is drawn first is read first.
    expect(texts.indexOf('قال')).toBeLessThan(texts.indexOf('٢٠٢٤'))
    expect(texts.indexOf('٢٠٢٤')).toBeLessThan(texts.indexOf('مستمرة'))
    const x = (text: string) => fragments.find((fragment) => fragment.text.trim() === text)?.x ?? NaN
    // Placed from the right: the first word read is the rightmost, the number stays left to right.
    expect(x('قال')).toBeGreaterThan(x('٢٠٢٤'))
    expect(x('٢٠٢٤')).toBeGreaterThan(x('مستمرة'))
    expect(fragments.find((fragment) => fragment.text === '٢٠٢٤')?.direction).toBe('ltr')
  })

  it('leaves left-to-right text as it was: no direction, fragments from the left', () => {
    const fragments = lineOf('Kuan Bi-ling (管碧玲) said so.')
    expect(fragments.every((fragment) => fragment.direction === undefined)).toBe(true)
    expect(fragments.map((fragment) => fragment.x)).toEqual(
      [...fragments.map((fragment) => fragment.x)].sort((a, b) => a - b),
    )
    expect(fragments.find((fragment) => fragment.text.includes('管'))?.face).toBe('han')
  })
})
