import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { create as createFont } from 'fontkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { FACE_FILES, FACE_KEYS, loadShaping, measure, parsedFont } from '../../../../main/pdf/engine/fonts'

const seed = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/seed-article.txt'), 'utf8')

beforeAll(() => loadShaping())

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
      const bytes = readFileSync(createRequire(import.meta.url).resolve(FACE_FILES[face]))
      const post = (createFont(bytes) as unknown as { post: { italicAngle: number; isFixedPitch: number } })
        .post
      return [post.italicAngle, Boolean(post.isFixedPitch), post.italicAngle]
    })
    expect(fields).toEqual(reference)
    // The italic faces lean: the fields are read, not defaulted.
    expect(fields.filter(([angle]) => angle !== 0)).toHaveLength(3)
  })

  it('loads the WebAssembly shaper once per process', () => {
    expect(loadShaping()).toBe(loadShaping())
  })
})
