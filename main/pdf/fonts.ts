import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { create as createFont } from 'fontkit'
import type * as HarfBuzzModule from 'harfbuzzjs'
import { preferredCodePoints } from './glyph-cache'

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

type GlyphPosition = { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }

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
type FontkitGlyph = { codePoints: number[] }

function isFontkitGlyph(value: unknown): value is FontkitGlyph {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'codePoints'))
}

type ShapedRun = { glyphs: unknown[]; positions: GlyphPosition[]; advanceWidth: number }

type HarfBuzz = typeof HarfBuzzModule

type LoadedFace = {
  font: ParsedFont
  bytes: Uint8Array
  /** The face as HarfBuzz sees it (shaperOf): HarfBuzz shapes, fontkit gives pdfkit glyphs. */
  shaper: InstanceType<HarfBuzz['Font']> | null
  /** Each mapped glyph's preferred code point, from HarfBuzz's reading of the character map. */
  preferred: Map<number, number> | null
  /** The glyphs handed to pdfkit, by glyph id, each with the characters it extracts as. */
  drawn: Map<number, FontkitGlyph>
  /** The font as handed to pdfkit: `layout` answers from `runs`. */
  shared: ParsedFont
  metrics: FaceMetrics
  unitsPerEm: number
  runs: Map<string, ShapedRun>
  glyphs: Map<number, boolean>
}

// Parsed once per process: parsing Source Serif takes ~12 ms, a warm render far less.
const loaded = new Map<FaceKey, LoadedFace>()

// HarfBuzz (WebAssembly) shapes text: in a fresh process it is several times faster than fontkit's
// JavaScript shaper, which decodes each face's GSUB/GPOS subtables object by object on first use.
let harfBuzz: HarfBuzz | null = null
let harfBuzzLoading: Promise<void> | null = null
let shapingBuffer: InstanceType<HarfBuzz['Buffer']> | null = null

/** Loads the shaper once per process; everything that measures or draws text needs it first. */
export function loadShaping(): Promise<void> {
  harfBuzzLoading ??= import('harfbuzzjs').then((module) => {
    harfBuzz = module
  })
  return harfBuzzLoading
}

function shaping(): HarfBuzz {
  if (!harfBuzz) throw new Error('text shaping is not loaded yet (await loadShaping() first)')
  return harfBuzz
}

/** Shaped chunks kept per face; shaping (GSUB/GPOS) is most of the cost of laying out text. */
const RUN_CACHE_LIMIT = 20_000
/** Longer chunks are rare and would hold on to a lot of memory. */
const CACHED_CHUNK_LENGTH = 128

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

function loadFace(key: FaceKey): LoadedFace {
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
    shared: font,
    metrics: { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm },
    unitsPerEm: font.unitsPerEm,
    runs: new Map(),
    glyphs: new Map(),
  }
  face.shared = sharedLayoutFont(face)
  loaded.set(key, face)
  return face
}

/** The face as HarfBuzz sees it, made when first needed. */
function shaperOf(face: LoadedFace): InstanceType<HarfBuzz['Font']> {
  const hb = shaping()
  face.shaper ??= new hb.Font(new hb.Face(new hb.Blob(face.bytes), 0))
  return face.shaper
}

/**
 * Shapes a chunk with HarfBuzz and returns fontkit glyphs (pdfkit embeds and maps those). A glyph
 * that no character maps to (a ligature, an alternate) gets its cluster's characters, so that text
 * extracted from the PDF reads as it was written.
 */
function shapeChunk(face: LoadedFace, chunk: string): ShapedRun {
  const hb = shaping()
  shapingBuffer ??= new hb.Buffer()
  const buffer = shapingBuffer
  buffer.clearContents()
  buffer.addText(chunk)
  buffer.guessSegmentProperties()
  hb.shape(shaperOf(face), buffer)
  const infos = buffer.getGlyphInfos()
  // Fresh objects holding just the four offsets: the cached run keeps them as they are.
  const positions: GlyphPosition[] = buffer.getGlyphPositions()
  // Each glyph's characters are worked out only for a chunk that draws a glyph for the first time.
  let codePoints: number[][] | null = null
  const glyphs = infos.map((info, index) => {
    const known = face.drawn.get(info.codepoint)
    if (known) return known
    codePoints ??= codePointsByGlyph(
      chunk,
      infos.map((glyph) => glyph.cluster),
    )
    return drawnGlyph(face, info.codepoint, codePoints[index] ?? [])
  })
  let advanceWidth = 0
  for (const position of positions) advanceWidth += position.xAdvance
  return { glyphs, positions, advanceWidth }
}

/**
 * The glyph pdfkit gets for a glyph id the face has not drawn before: fontkit's, carrying its
 * preferred code point when the character map has one, else the characters of the cluster it was
 * first shaped from (a ligature).
 */
function drawnGlyph(face: LoadedFace, glyphId: number, cluster: number[]): FontkitGlyph {
  // Asked for without characters: given some, fontkit decodes the Unicode category trie (about
  // 8 ms in a fresh process) to set `isMark`, which only its own shaper reads.
  const glyph = face.font.getGlyph(glyphId, [])
  if (!isFontkitGlyph(glyph))
    throw new Error(`glyph ${glyphId} of ${face.font.postscriptName} is not a fontkit glyph`)
  const shaper = shaperOf(face)
  face.preferred ??= preferredCodePoints(shaper.face.collectUnicodes(), (codePoint) =>
    shaper.nominalGlyph(codePoint),
  )
  const preferred = face.preferred.get(glyphId)
  glyph.codePoints = preferred === undefined ? cluster : [preferred]
  face.drawn.set(glyphId, glyph)
  return glyph
}

/**
 * Each glyph's characters: its cluster's (UTF-16 offsets, ending where the next cluster starts),
 * given to the first glyph of a cluster only. Sorting the cluster starts keeps long chunks linear.
 */
function codePointsByGlyph(chunk: string, clusters: number[]): number[][] {
  const starts = [...new Set(clusters)].sort((a, b) => a - b)
  const ends = new Map(starts.map((start, index) => [start, starts[index + 1] ?? chunk.length]))
  return clusters.map((start, index) =>
    index > 0 && clusters[index - 1] === start
      ? []
      : Array.from(chunk.slice(start, ends.get(start)), (char) => char.codePointAt(0) ?? 0),
  )
}

function shape(face: LoadedFace, chunk: string): ShapedRun {
  let run = face.runs.get(chunk)
  if (run === undefined) {
    run = shapeChunk(face, chunk)
    if (chunk.length <= CACHED_CHUNK_LENGTH) {
      if (face.runs.size >= RUN_CACHE_LIMIT) face.runs.clear()
      face.runs.set(chunk, run)
    }
  }
  return run
}

/**
 * The font pdfkit gets: the parsed font with `layout` answered from the per-process shaping cache.
 * pdfkit scales the positions of the run it gets in place, so it gets a copy.
 */
function sharedLayoutFont(face: LoadedFace): ParsedFont {
  const { font } = face
  const layout = (text: string, features?: unknown): GlyphRun => {
    if (features !== undefined) return font.layout(text, features)
    const run = shape(face, text)
    const positions = run.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
      xAdvance,
      yAdvance,
      xOffset,
      yOffset,
    }))
    return {
      glyphs: run.glyphs.slice(),
      positions,
      get advanceWidth() {
        let width = 0
        for (const position of positions) width += position.xAdvance
        return width
      },
    }
  }
  let post: PostHeader | null = null
  const header = (): PostHeader => (post ??= postHeader(face))
  return new Proxy(font, {
    get: (target, property) => {
      if (property === 'layout') return layout
      if (property === 'post') return header()
      if (property === 'italicAngle') return header().italicAngle
      return Reflect.get(target, property, target)
    },
  })
}

/** What pdfkit reads of the `post` table when it embeds a font. */
type PostHeader = { italicAngle: number; isFixedPitch: boolean }

/**
 * The `post` table's italic angle and fixed-pitch flag, read from its fixed header (OpenType
 * spec: Fixed italicAngle at byte 4, uint32 isFixedPitch at byte 12). fontkit would decode the
 * whole table, every glyph name included: about 5 ms a face in a fresh process.
 */
function postHeader(face: LoadedFace): PostHeader {
  const table = shaperOf(face).face.referenceTable('post')
  if (table === undefined || table.byteLength < 16) return { italicAngle: 0, isFixedPitch: false }
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength)
  return { italicAngle: view.getInt32(4) / 65536, isFixedPitch: view.getUint32(12) !== 0 }
}

/** The font to register with pdfkit for a face (parsed on first use, then shared by every document). */
export function parsedFont(key: FaceKey): ParsedFont {
  return loadFace(key).shared
}

/** A face's ascent and descent (positive) in ems. */
export function faceMetrics(key: FaceKey): FaceMetrics {
  return loadFace(key).metrics
}

/**
 * The font for pdfkit's constructor, so it never loads Helvetica. It is Source Serif under another
 * PostScript name: pdfkit compares same-named fonts by serializing their name tables on every
 * `doc.font()` call, and never caches the result. Nothing is drawn in it, so it is never embedded.
 */
export function constructorFont(): ParsedFont {
  const font = parsedFont('serif')
  return new Proxy(font, {
    get: (target, property) =>
      property === 'postscriptName' ? 'BriefwrightUnused' : Reflect.get(target, property, target),
  })
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

/** Whether a face has a glyph for a code point. */
export function hasGlyph(key: FaceKey, codePoint: number): boolean {
  const face = loadFace(key)
  let has = face.glyphs.get(codePoint)
  if (has === undefined) {
    has = face.font.hasGlyphForCodePoint(codePoint)
    face.glyphs.set(codePoint, has)
  }
  return has
}

function chunkWidth(face: LoadedFace, chunk: string): number {
  return shape(face, chunk).advanceWidth / face.unitsPerEm
}

/**
 * The width in points of `text` drawn in one `doc.text` call. It shapes the text in the same
 * space-ended chunks pdfkit does, so measured and drawn widths agree to the last kerning pair.
 */
export function measure(key: FaceKey, size: number, text: string): number {
  const face = loadFace(key)
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
