import { LRUCache } from 'lru-cache'
import type { FontSubset, GlyphRun, LoadedFace, ParsedFont, TextDirection } from './faces'
import { shape, shaperOf } from './shaping'

/*
 * The fontkit fonts pdfkit gets. pdfkit's EmbeddedFont reads a handful of members of the font it
 * is given (`layout`, `post`, `italicAngle`, `postscriptName`); a Proxy answers those from the
 * renderer's caches and passes every other read to fontkit.
 */

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

/**
 * What pdfkit's `text()` is given as `features` for a run in a direction the bidi algorithm
 * resolved. With features, pdfkit lays the run out in one `layout` call instead of word by word,
 * which a right-to-left run needs: its words are drawn from the right. The font below knows these
 * two values by identity and shapes the run in that direction; they are never passed to fontkit.
 */
export const DIRECTED_RUN: Readonly<Record<TextDirection, readonly string[]>> = {
  ltr: Object.freeze([]),
  rtl: Object.freeze([]),
}

function directionOf(features: unknown): TextDirection | null {
  if (features === DIRECTED_RUN.rtl) return 'rtl'
  if (features === DIRECTED_RUN.ltr) return 'ltr'
  return null
}

/** The name table's PostScript name (OpenType spec, name ID 6). */
const POSTSCRIPT_NAME_ID = 6

/** Subset font files kept per face: a preview's edits mostly draw the glyphs the last render drew. */
const SUBSETS_KEPT_PER_FACE = 4

/**
 * A subset whose font file is encoded once per list of glyphs. fontkit's encode depends only on
 * the font and the glyphs included, in their order, and pdfkit neither changes nor keeps the
 * bytes it gets; the files last used are kept.
 */
function keptSubset(subset: FontSubset, kept: LRUCache<string, Uint8Array>): FontSubset {
  // Glyph ids in the order the subset numbered them; .notdef (0) is always first.
  const order: number[] = [0]
  return {
    get cff() {
      return subset.cff
    },
    includeGlyph(glyph) {
      const number = subset.includeGlyph(glyph)
      if (number === order.length) order.push(typeof glyph === 'number' ? glyph : glyph.id)
      return number
    },
    encode() {
      const key = order.join(',')
      let bytes = kept.get(key)
      if (bytes === undefined) {
        bytes = subset.encode()
        kept.set(key, bytes)
      }
      return bytes
    },
  }
}

/**
 * The font pdfkit gets for a face: the parsed font with `layout` answered from the per-process
 * shaping cache (pdfkit scales the positions of the run it gets in place, so it gets a copy), and
 * subsets whose font files are kept for the next document that draws the same glyphs.
 */
export function pdfkitFont(face: LoadedFace): ParsedFont {
  const { font } = face
  const layout = (text: string, features?: unknown): GlyphRun => {
    const direction = directionOf(features)
    if (features !== undefined && direction === null) return font.layout(text, features)
    const run = shape(face, text, direction)
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
  // HarfBuzz reads the one name; fontkit would decode the whole name table first (about 2 ms for
  // the faces of a brief in a fresh process).
  let postscriptName: string | null = null
  const nameOf = (): string => (postscriptName ??= shaperOf(face).face.getName(POSTSCRIPT_NAME_ID, 'en'))
  const kept = new LRUCache<string, Uint8Array>({ max: SUBSETS_KEPT_PER_FACE })
  const createSubset = (): FontSubset => keptSubset(font.createSubset(), kept)
  return new Proxy(font, {
    get: (target, property) => {
      if (property === 'layout') return layout
      if (property === 'createSubset') return createSubset
      if (property === 'post') return header()
      if (property === 'italicAngle') return header().italicAngle
      if (property === 'postscriptName') return nameOf()
      return Reflect.get(target, property, target)
    },
  })
}

/**
 * The font for pdfkit's constructor, so it never loads Helvetica: a face under another PostScript
 * name. pdfkit compares same-named fonts by serializing their name tables on every `doc.font()`
 * call, and never caches the result. Nothing is drawn in it, so it is never embedded.
 */
export function unusedNamedFont(font: ParsedFont): ParsedFont {
  return new Proxy(font, {
    get: (target, property) =>
      property === 'postscriptName' ? 'BriefwrightUnused' : Reflect.get(target, property, target),
  })
}
