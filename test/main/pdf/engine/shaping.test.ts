import { readFileSync } from 'node:fs'
import path from 'node:path'
import { create as createFont } from 'fontkit'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  FACE_FILES,
  FACE_KEYS,
  hasGlyph,
  loadShaping,
  measure,
  parsedFont,
} from '../../../../main/pdf/engine/fonts'
import type { FaceKey, ParsedFont } from '../../../../main/pdf/engine/fonts'
import { facePath } from '../../../../main/pdf/engine/faces'

const seed = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/seed-article.txt'), 'utf8')

beforeAll(() => loadShaping())

/** A face's file, parsed by fontkit alone. */
function fontkitFont(face: FaceKey): ParsedFont {
  const font = createFont(readFileSync(facePath(face)))
  if (!('postscriptName' in font)) throw new Error(`${face} is a font collection`)
  return font as unknown as ParsedFont
}

describe('text shaping (HarfBuzz)', () => {
  it('applies kerning: "AV" is narrower than "A" and "V" set apart', () => {
    for (const face of ['serif', 'sans'] as const) {
      expect(measure(face, 100, 'AV')).toBeLessThan(measure(face, 100, 'A') + measure(face, 100, 'V') - 1)
    }
  })

  it('forms ligatures: "fi" takes one glyph and reads back as f, i', () => {
    const run = parsedFont('serif').layout('fine')
    expect(run.glyphs.length).toBe(3)
    expect(Reflect.get(run.glyphs[0] as object, 'codePoints')).toEqual([0x66, 0x69])
  })

  it('gives every character of a long unbroken run to exactly one glyph, ligatures included', () => {
    const text = 'officeflowfinanceAV-'.repeat(400)
    const run = parsedFont('serif').layout(text)
    const codePoints = run.glyphs.flatMap((glyph) => Reflect.get(glyph as object, 'codePoints') as number[])
    expect(run.glyphs.length).toBeLessThan(text.length)
    expect(String.fromCodePoint(...codePoints)).toBe(text)
  })

  it('gives the same advance widths as fontkit for every word of the seed article, in every face', () => {
    const words = [...new Set(seed.split(/\s+/).filter(Boolean))]
    let compared = 0
    for (const face of FACE_KEYS) {
      const font = parsedFont(face)
      for (const word of words) {
        // Passing features sends the call to fontkit's own shaper with its default features.
        const reference = font.layout(word, ['kern', 'liga']).advanceWidth
        const shaped = measure(face, font.unitsPerEm, word)
        expect(Math.round(shaped)).toBe(Math.round(reference))
        compared += 1
      }
    }
    expect(compared).toBeGreaterThan(FACE_KEYS.length * 500)
  })

  it("gives pdfkit the post table's italic angle and pitch as fontkit reads them, in every face", () => {
    const fields = FACE_KEYS.map((face) => {
      const font = parsedFont(face)
      const post = Reflect.get(font, 'post') as { italicAngle: number; isFixedPitch: boolean }
      return [post.italicAngle, Boolean(post.isFixedPitch), Reflect.get(font, 'italicAngle')]
    })
    const reference = FACE_KEYS.map((face) => {
      const { post } = fontkitFont(face) as unknown as { post: { italicAngle: number; isFixedPitch: number } }
      return [post.italicAngle, Boolean(post.isFixedPitch), post.italicAngle]
    })
    expect(fields).toEqual(reference)
    // The italic faces lean: the fields are read, not defaulted.
    expect(fields.filter(([angle]) => angle !== 0)).toHaveLength(3)
  })

  it("gives pdfkit each face's PostScript name as fontkit reads it", () => {
    const keys = Object.keys(FACE_FILES) as FaceKey[]
    const names = keys.map((face) => Reflect.get(parsedFont(face), 'postscriptName'))
    const reference = keys.map((face) => fontkitFont(face).postscriptName)
    expect(names).toEqual(reference)
    expect(new Set(names).size).toBe(keys.length)
  })

  it("says which characters a face has as fontkit's character map does", () => {
    for (const face of [...FACE_KEYS, 'arabic', 'hebrew', 'devanagari', 'thai'] as const) {
      const reference = fontkitFont(face)
      const differ: number[] = []
      let has = 0
      for (let codePoint = 0; codePoint < 0x3000; codePoint += 1) {
        const expected = reference.hasGlyphForCodePoint(codePoint)
        if (hasGlyph(face, codePoint) !== expected) differ.push(codePoint)
        if (expected) has += 1
      }
      expect(differ, face).toEqual([])
      expect(has, face).toBeGreaterThan(90)
    }
  })

  it('loads the WebAssembly shaper once per process', () => {
    expect(loadShaping()).toBe(loadShaping())
  })
})
