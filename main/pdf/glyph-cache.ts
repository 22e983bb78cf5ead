import type { ParsedFont } from './fonts'

// Blocks whose code point should win when one glyph serves several (space over no-break space,
// U+2019 over the modifier letter apostrophe U+02BC, Greek iota over Latin iota…).
const PREFERRED_BLOCKS: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0xff],
  [0x2000, 0x206f],
  [0x0370, 0x03ff],
  [0x0400, 0x04ff],
  [0x0100, 0x024f],
]

function preference(codePoint: number): number {
  const block = PREFERRED_BLOCKS.findIndex(([from, to]) => codePoint >= from && codePoint <= to)
  return block < 0 ? PREFERRED_BLOCKS.length : block
}

/**
 * fontkit caches one Glyph per glyph id, with the characters it was first asked for, and pdfkit
 * writes those characters to the ToUnicode map. With a font parsed once per process, a glyph
 * first created without characters (a composite's component while subsetting an earlier PDF)
 * would extract as nothing in every later PDF. Creating every mapped glyph up front, from its
 * preferred code point, makes text extraction the same whatever was rendered before.
 */
export function createMappedGlyphs(font: ParsedFont): void {
  // Glyphs reached through private-use code points (Inter's case hyphen) or presentation forms
  // (ﬁ, ﬂ) are left to shaping, which creates them with the letters they stand for.
  const codePoints = font.characterSet
    .filter(
      (codePoint) =>
        codePoint < 0xe000 ||
        (codePoint > 0xf8ff && codePoint < 0xfb00) ||
        (codePoint > 0xfb4f && codePoint < 0xf0000),
    )
    .sort((a, b) => preference(a) - preference(b) || a - b)
  for (const codePoint of codePoints) font.glyphForCodePoint(codePoint)
}
