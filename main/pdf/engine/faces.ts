import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create as createFont } from 'fontkit'
import type * as HarfBuzzModule from 'harfbuzzjs'

/** The faces the renderer draws with: Source Serif 4 for body text, Inter for headings and chrome. */
export type FaceKey =
  | 'serif'
  | 'serif-italic'
  | 'serif-bold'
  | 'serif-bold-italic'
  | 'sans'
  | 'sans-italic'
  | 'sans-semibold'
  | 'sans-bold'

export type GlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }

/** A shaped run of glyphs, as fontkit's `layout` returns it. */
export type GlyphRun = { glyphs: unknown[]; positions: GlyphPosition[]; advanceWidth: number }

/** The part of a fontkit font the renderer relies on. */
export type ParsedFont = {
  postscriptName: string
  unitsPerEm: number
  ascent: number
  descent: number
  hasGlyphForCodePoint(codePoint: number): boolean
  getGlyph(glyphId: number, codePoints?: number[]): unknown
  layout(text: string, features?: unknown): GlyphRun
}

/** A face's vertical metrics in ems. */
export type FaceMetrics = { ascent: number; descent: number }

/** The font file of each face, as a package path. */
export const FACE_FILES: Record<FaceKey, string> = {
  serif: 'source-serif/TTF/SourceSerif4-Regular.ttf',
  'serif-italic': 'source-serif/TTF/SourceSerif4-It.ttf',
  'serif-bold': 'source-serif/TTF/SourceSerif4-Bold.ttf',
  'serif-bold-italic': 'source-serif/TTF/SourceSerif4-BoldIt.ttf',
  sans: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  'sans-italic': '@expo-google-fonts/inter/400Regular_Italic/Inter_400Regular_Italic.ttf',
  'sans-semibold': '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
  'sans-bold': '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
}

/** Every face, in the order a missing glyph is looked for after the preferred face and its twin. */
export const FACE_KEYS: readonly FaceKey[] = [
  'serif',
  'serif-italic',
  'serif-bold',
  'serif-bold-italic',
  'sans',
  'sans-italic',
  'sans-semibold',
  'sans-bold',
]

/** The part of a fontkit glyph the renderer touches: pdfkit reads `codePoints` for ToUnicode. */
export type FontkitGlyph = { codePoints: number[] }

export type HarfBuzz = typeof HarfBuzzModule

export type LoadedFace = {
  font: ParsedFont
  bytes: Uint8Array
  /** The face as HarfBuzz sees it (shaperOf): HarfBuzz shapes, fontkit gives pdfkit glyphs. */
  shaper: InstanceType<HarfBuzz['Font']> | null
  /** Each mapped glyph's preferred code point, from HarfBuzz's reading of the character map. */
  preferred: Map<number, number> | null
  /** The glyphs handed to pdfkit, by glyph id, each with the characters it extracts as. */
  drawn: Map<number, FontkitGlyph>
  /** The font as handed to pdfkit (made on first use): `layout` answers from `runs`. */
  shared: ParsedFont | null
  metrics: FaceMetrics
  unitsPerEm: number
  runs: Map<string, GlyphRun>
  glyphs: Map<number, boolean>
}

// Parsed once per process: parsing Source Serif takes ~12 ms, a warm render far less.
const loaded = new Map<FaceKey, LoadedFace>()

function isParsedFont(value: unknown): value is ParsedFont {
  if (typeof value !== 'object' || value === null) return false
  const font = value as Record<string, unknown>
  return (
    typeof font.layout === 'function' &&
    typeof font.hasGlyphForCodePoint === 'function' &&
    typeof font.getGlyph === 'function' &&
    typeof font.unitsPerEm === 'number'
  )
}

/** A face, parsed by fontkit on first use and kept for the process. */
export function loadFace(key: FaceKey): LoadedFace {
  const cached = loaded.get(key)
  if (cached) return cached
  const path = createRequire(import.meta.url).resolve(FACE_FILES[key])
  const bytes = readFileSync(path)
  const font: unknown = createFont(bytes)
  if (!isParsedFont(font)) throw new Error(`${FACE_FILES[key]} is not a single font`)
  const face: LoadedFace = {
    font,
    bytes,
    shaper: null,
    preferred: null,
    drawn: new Map(),
    shared: null,
    metrics: { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm },
    unitsPerEm: font.unitsPerEm,
    runs: new Map(),
    glyphs: new Map(),
  }
  loaded.set(key, face)
  return face
}
