import { loadFace } from './faces'
import type { FaceKey, FaceMetrics, LoadedFace, ParsedFont, TextDirection } from './faces'
import { pdfkitFont, unusedNamedFont } from './pdfkit-font'
import { shape, shaperOf } from './shaping'

/*
 * The faces as the rest of the renderer sees them: measuring, coverage, metrics, outlines, and the
 * fonts handed to pdfkit. How they are parsed, shaped and adapted to pdfkit stays in this folder.
 */

export { FACE_FILES, FACE_KEYS } from './faces'
export type { FaceKey, FaceMetrics, LatinFaceKey, ParsedFont, ScriptFaceKey, TextDirection } from './faces'
export { loadShaping } from './shaping'

/** The font to register with pdfkit for a face (parsed on first use, then shared by every document). */
export function parsedFont(key: FaceKey): ParsedFont {
  const face = loadFace(key)
  face.shared ??= pdfkitFont(face)
  return face.shared
}

/** A face's ascent and descent (positive) in ems. */
export function faceMetrics(key: FaceKey): FaceMetrics {
  return loadFace(key).metrics
}

/**
 * The font for pdfkit's constructor, so it never loads Helvetica: Source Serif under a name of its
 * own. Nothing is drawn in it, so it is never embedded.
 */
export function constructorFont(): ParsedFont {
  return unusedNamedFont(parsedFont('serif'))
}

/** A glyph outline as an SVG path in font units (y up), and where it sits along the run, in ems. */
export type GlyphOutline = { svg: string; x: number; y: number }

function hasPath(glyph: unknown): glyph is { path: { toSVG(): string } } {
  if (typeof glyph !== 'object' || glyph === null) return false
  const path: unknown = Reflect.get(glyph, 'path')
  return typeof path === 'object' && path !== null && typeof Reflect.get(path, 'toSVG') === 'function'
}

/**
 * The outlines of text set in a face, in ems, for drawing text as shapes (the watermark), so
 * that it never mixes into extracted text. Characters the face lacks are skipped.
 */
export function textOutlines(
  key: FaceKey,
  text: string,
): { outlines: GlyphOutline[]; width: number; unitsPerEm: number } {
  const face = loadFace(key)
  const run = shape(face, text)
  const outlines: GlyphOutline[] = []
  let x = 0
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index]
    if (!position) return
    if (hasPath(glyph)) {
      outlines.push({
        svg: glyph.path.toSVG(),
        x: (x + position.xOffset) / face.unitsPerEm,
        y: position.yOffset / face.unitsPerEm,
      })
    }
    x += position.xAdvance
  })
  return { outlines, width: x / face.unitsPerEm, unitsPerEm: face.unitsPerEm }
}

/**
 * Whether a face has a glyph for a code point, by HarfBuzz's reading of its character map (fontkit
 * would decode the whole map first).
 */
export function hasGlyph(key: FaceKey, codePoint: number): boolean {
  const face = loadFace(key)
  let has = face.glyphs.get(codePoint)
  if (has === undefined) {
    has = shaperOf(face).nominalGlyph(codePoint) !== undefined
    face.glyphs.set(codePoint, has)
  }
  return has
}

function chunkWidth(face: LoadedFace, chunk: string): number {
  return shape(face, chunk).advanceWidth / face.unitsPerEm
}

/**
 * The width in points of `text` drawn in one `doc.text` call. It shapes the text in the same
 * space-ended chunks pdfkit does, so measured and drawn widths agree to the last kerning pair; a
 * run in a given direction is drawn, and so measured, in one piece (`DIRECTED_RUN`).
 */
export function measure(key: FaceKey, size: number, text: string, direction?: TextDirection): number {
  const face = loadFace(key)
  if (direction !== undefined) return (shape(face, text, direction).advanceWidth / face.unitsPerEm) * size
  let total = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 9) {
      total += chunkWidth(face, text.slice(start, i + 1))
      start = i + 1
    }
  }
  if (start < text.length) total += chunkWidth(face, text.slice(start))
  return total * size
}
