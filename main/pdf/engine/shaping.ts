import type { FontkitGlyph, GlyphPosition, GlyphRun, HarfBuzz, LoadedFace } from './faces'
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
 * that no character maps to (a ligature, an alternate) gets its cluster's characters, so that text
 * extracted from the PDF reads as it was written.
 */
function shapeChunk(face: LoadedFace, chunk: string): GlyphRun {
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

/** A chunk shaped in a face, from the per-face cache when it was shaped before. */
export function shape(face: LoadedFace, chunk: string): GlyphRun {
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
