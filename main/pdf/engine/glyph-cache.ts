import type { FontkitGlyph, ParsedFont } from './faces'

// Blocks whose code point should win when one glyph serves several (space over no-break space,
// U+2019 over the modifier letter apostrophe U+02BC, Greek iota over Latin iota, the ideograph 田
// over the Kangxi radical ⽥ and the compatibility ideographs…).
const PREFERRED_BLOCKS: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x0370, 0x03ff],
  [0x0400, 0x04ff],
  [0x0100, 0x024f],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0x3400, 0x4dbf],
  [0xac00, 0xd7af],
  [0x20000, 0x3134f],
]

function preference(codePoint: number): number {
  const block = PREFERRED_BLOCKS.findIndex(([from, to]) => codePoint >= from && codePoint <= to)
  return block < 0 ? PREFERRED_BLOCKS.length : block
}

/** Code points whose glyph is left to shaping, which gives it the characters it stands for. */
function leftToShaping(codePoint: number): boolean {
  // Private-use code points (Inter's case hyphen) and presentation forms: Latin and Hebrew (ﬁ, ﬂ,
  // שׁ) and Arabic, whose joining forms Noto Sans Arabic also maps from FE70–FEFF: extracted as
  // those, an Arabic word would not read as the letters it was written with.
  return (
    (codePoint >= 0xe000 && codePoint <= 0xf8ff) ||
    (codePoint >= 0xfb00 && codePoint <= 0xfdff) ||
    (codePoint >= 0xfe70 && codePoint <= 0xfeff) ||
    codePoint >= 0xf0000
  )
}

/**
 * Each mapped glyph's preferred code point. fontkit caches one Glyph per glyph id, with the
 * characters it was first asked for (none for a composite's component met while subsetting), and
 * pdfkit writes those characters to the ToUnicode map. With fonts parsed once per process, a glyph
 * is given its preferred code point when a document first draws it, so that text extraction is the
 * same whatever was rendered before. `glyphOf` is the font's character map.
 */
export function preferredCodePoints(
  codePoints: Iterable<number>,
  glyphOf: (codePoint: number) => number | undefined,
): Map<number, number> {
  // One pass: a code point replaces a glyph's current one when its block is preferred, or when
  // it is lower in the same block (the order a sort by block, then code point, would give).
  const preferred = new Map<number, number>()
  for (const codePoint of codePoints) {
    if (leftToShaping(codePoint)) continue
    const glyph = glyphOf(codePoint)
    if (glyph === undefined || glyph === 0) continue
    const current = preferred.get(glyph)
    if (current === undefined) {
      preferred.set(glyph, codePoint)
      continue
    }
    const block = preference(codePoint)
    const currentBlock = preference(current)
    if (block < currentBlock || (block === currentBlock && codePoint < current))
      preferred.set(glyph, codePoint)
  }
  return preferred
}

function isFontkitGlyph(value: unknown): value is FontkitGlyph {
  return typeof value === 'object' && value !== null && Array.isArray(Reflect.get(value, 'codePoints'))
}

/**
 * fontkit's own glyph for an id, set to extract as `codePoints`. fontkit keeps one Glyph per id for
 * the font's lifetime and pdfkit copies its `codePoints` into the ToUnicode map, so this sets what
 * every later document extracts for the glyph, whatever characters fontkit first saw it with.
 */
export function extractingAs(font: ParsedFont, glyphId: number, codePoints: number[]): FontkitGlyph {
  // Asked for without characters: given some, fontkit decodes the Unicode category trie (about
  // 8 ms in a fresh process) to set `isMark`, which only its own shaper reads.
  const glyph = font.getGlyph(glyphId, [])
  if (!isFontkitGlyph(glyph))
    throw new Error(`glyph ${glyphId} of ${font.postscriptName} is not a fontkit glyph`)
  glyph.codePoints = codePoints
  return glyph
}
