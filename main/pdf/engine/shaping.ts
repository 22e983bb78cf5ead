import type { FontkitGlyph, GlyphPosition, GlyphRun, HarfBuzz, LoadedFace, TextDirection } from './faces'
import { extractingAs, preferredCodePoints } from './glyph-cache'

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

/** The face as HarfBuzz sees it, made when first needed. */
export function shaperOf(face: LoadedFace): InstanceType<HarfBuzz['Font']> {
  const hb = shaping()
  face.shaper ??= new hb.Font(new hb.Face(new hb.Blob(face.bytes), 0))
  return face.shaper
}

/**
 * Shapes a chunk with HarfBuzz and returns fontkit glyphs (pdfkit embeds and maps those). A glyph
 * that no character maps to (a ligature, a joining form, an alternate) gets its cluster's
 * characters, so that text extracted from the PDF reads as it was written. The script is guessed
 * from the text; the direction is the bidi algorithm's when given, else the script's own.
 */
function shapeChunk(face: LoadedFace, chunk: string, direction: TextDirection | null): GlyphRun {
  const hb = shaping()
  shapingBuffer ??= new hb.Buffer()
  const buffer = shapingBuffer
  buffer.clearContents()
  // Marks keep clusters of their own: a mark drawn as its own glyph extracts as itself only.
  buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS)
  buffer.addText(chunk)
  if (direction !== null) buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR)
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
  const shaper = shaperOf(face)
  face.preferred ??= preferredCodePoints(shaper.face.collectUnicodes(), (codePoint) =>
    shaper.nominalGlyph(codePoint),
  )
  const preferred = face.preferred.get(glyphId)
  const glyph = extractingAs(face.font, glyphId, preferred === undefined ? cluster : [preferred])
  face.drawn.set(glyphId, glyph)
  return glyph
}

/**
 * Each glyph's characters: its cluster's (UTF-16 offsets, ending where the next cluster starts),
 * given to the first glyph of a cluster only. Sorting the cluster starts keeps long chunks linear.
 * HarfBuzz gives a right-to-left run's glyphs from the left, clusters descending; there a
 * ligature's characters are listed from the left too (ل then ا of لا reversed): pdftotext and
 * pdf.js both read a right-to-left run's characters from the left and reverse them, a ligature's
 * included, which gives them back in the order they were written.
 */
function codePointsByGlyph(chunk: string, clusters: number[]): number[][] {
  const starts = [...new Set(clusters)].sort((a, b) => a - b)
  const ends = new Map(starts.map((start, index) => [start, starts[index + 1] ?? chunk.length]))
  const first = clusters[0] ?? 0
  const rightToLeft = clusters.some((cluster) => cluster < first)
  return clusters.map((start, index) => {
    if (index > 0 && clusters[index - 1] === start) return []
    const codePoints = Array.from(chunk.slice(start, ends.get(start)), (char) => char.codePointAt(0) ?? 0)
    return rightToLeft ? codePoints.reverse() : codePoints
  })
}

/**
 * A chunk shaped in a face, from the per-face cache when it was shaped before. Without a direction
 * HarfBuzz takes the script's own (Arabic right to left); the bidi algorithm's levels give one.
 */
export function shape(face: LoadedFace, chunk: string, direction: TextDirection | null = null): GlyphRun {
  // Text holds no NUL (cleaned out before layout), so the key cannot collide with another chunk.
  const key = direction === null ? chunk : `${direction}\u0000${chunk}`
  let run = face.runs.get(key)
  if (run === undefined) {
    run = shapeChunk(face, chunk, direction)
    if (chunk.length <= CACHED_CHUNK_LENGTH) {
      if (face.runs.size >= RUN_CACHE_LIMIT) face.runs.clear()
      face.runs.set(key, run)
    }
  }
  return run
}
