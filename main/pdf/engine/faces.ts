import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { create as createFont } from 'fontkit'
import type * as HarfBuzzModule from 'harfbuzzjs'

/** The faces the renderer sets text in: Source Serif 4 for body text, Inter for headings and chrome. */
export type LatinFaceKey =
  | 'serif'
  | 'serif-italic'
  | 'serif-bold'
  | 'serif-bold-italic'
  | 'sans'
  | 'sans-italic'
  | 'sans-semibold'
  | 'sans-bold'

/**
 * The faces of other scripts, in a regular and a bold weight (none has italics): Noto Sans SC for
 * Chinese, simplified and traditional, and Japanese kana; Noto Sans KR for Hangul; Noto Naskh
 * Arabic (Arabic, Persian, Urdu: its letters are whole glyphs, where Noto Sans Arabic draws a
 * skeleton and its dots apart, which no ToUnicode map can give back as letters); Noto Sans
 * Hebrew, Devanagari and Thai.
 */
export type ScriptFaceKey =
  | 'han'
  | 'han-bold'
  | 'hangul'
  | 'hangul-bold'
  | 'arabic'
  | 'arabic-bold'
  | 'hebrew'
  | 'hebrew-bold'
  | 'devanagari'
  | 'devanagari-bold'
  | 'thai'
  | 'thai-bold'

export type FaceKey = LatinFaceKey | ScriptFaceKey

export type GlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }

/** The direction a run is set in, as the Unicode bidi algorithm resolved it. */
export type TextDirection = 'ltr' | 'rtl'

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
  createSubset(): FontSubset
}

/**
 * fontkit's subset of a font, as pdfkit's EmbeddedFont uses it: `includeGlyph` gives a glyph its
 * number in the subset (.notdef is 0), `encode` writes the subset font file, `cff` is set for
 * CFF-flavoured fonts.
 */
export type FontSubset = {
  includeGlyph(glyph: number | { id: number }): number
  encode(): Uint8Array
  readonly cff?: unknown
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
  han: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'han-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  hangul: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  'hangul-bold': '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  arabic: '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Regular.ttf',
  'arabic-bold': '@embedpdf/fonts-arabic/fonts/NotoNaskhArabic-Bold.ttf',
  hebrew: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
  'hebrew-bold': '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  devanagari: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
  'devanagari-bold': '@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf',
  thai: '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf',
  'thai-bold': '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf',
}

/** The Latin faces, in the order a missing glyph is looked for after the preferred face, its twin and the script faces. */
export const FACE_KEYS: readonly LatinFaceKey[] = [
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

// Parsed once per process: parsing Source Serif takes ~12 ms, a warm render far less. A face is
// read only when a brief first needs it: the Chinese face alone is a 10 MB file.
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

/**
 * Where a face's file is. Looked up in the folders Node would search for its package rather than
 * resolved: a package's `exports` may list only its code (@embedpdf's font packages do).
 */
export function facePath(key: FaceKey): string {
  const file = FACE_FILES[key]
  const packageName = file
    .split('/')
    .slice(0, file.startsWith('@') ? 2 : 1)
    .join('/')
  const folders = createRequire(import.meta.url).resolve.paths(packageName) ?? []
  const found = folders.map((folder) => join(folder, file)).find((path) => existsSync(path))
  if (found === undefined) throw new Error(`The font file ${file} is not installed (npm ci installs it)`)
  return found
}

/** A face, parsed by fontkit on first use and kept for the process. */
export function loadFace(key: FaceKey): LoadedFace {
  const cached = loaded.get(key)
  if (cached) return cached
  const bytes = readFileSync(facePath(key))
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
