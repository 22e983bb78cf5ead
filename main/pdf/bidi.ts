import bidiFactory from 'bidi-js'
import type { Bidi } from 'bidi-js'

/*
 * The Unicode bidirectional algorithm (UAX #9, through bidi-js): embedding levels per paragraph,
 * the visual order of a line's pieces. Right-to-left pieces are shaped right to left by HarfBuzz.
 */

let algorithm: Bidi | null = null

// bidi-js decodes its character data when the factory runs: only text with right-to-left
// characters pays for it.
function bidi(): Bidi {
  algorithm ??= bidiFactory()
  return algorithm
}

// Every character of bidi class R, AL or AN is in these blocks (Hebrew, Arabic, Syriac, Thaana,
// N'Ko, Samaritan, Mandaic and their presentation forms, and the right-to-left blocks beyond the
// BMP). Explicit embeddings and isolates are removed with the other invisible characters, so
// text without any of these is left to right throughout, at level 0.
const RIGHT_TO_LEFT_BLOCKS =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u

/** A paragraph's embedding levels, one per UTF-16 unit, and its own (base) level. */
export type ParagraphLevels = { levels: Uint8Array; baseLevel: number }

/**
 * The embedding level of each UTF-16 unit of a paragraph, or null when it is all left to right.
 * A brief is written in English, so a paragraph runs left to right (a name in Arabic inside an
 * English sentence); only a paragraph with no left-to-right letter at all (a quote in Hebrew) takes
 * its direction from its first strong character, as the algorithm's rules P2 and P3 say.
 */
export function paragraphLevels(text: string): ParagraphLevels | null {
  if (!RIGHT_TO_LEFT_BLOCKS.test(text)) return null
  const algorithm = bidi()
  let hasLeftToRight = false
  for (const char of text) {
    if (algorithm.getBidiCharTypeName(char) === 'L') {
      hasLeftToRight = true
      break
    }
  }
  const result = algorithm.getEmbeddingLevels(text, hasLeftToRight ? 'ltr' : 'auto')
  return { levels: result.levels, baseLevel: result.paragraphs[0]?.level ?? 0 }
}

/** A piece of a line with its embedding level (all its characters share it). */
export type LevelledPiece = { text: string; level: number }

/**
 * The pieces of one line in the order they are drawn from the left. The algorithm reorders the
 * line's characters (rules L1 and L2); each piece, whose characters stay together, goes where its
 * first-drawn character goes. `baseLevel` is the paragraph's.
 */
export function visualOrder<T extends LevelledPiece>(pieces: readonly T[], baseLevel: number): T[] {
  if (pieces.every((piece) => piece.level === baseLevel)) return [...pieces]
  const text = pieces.map((piece) => piece.text).join('')
  if (text === '') return [...pieces]
  const levels = new Uint8Array(text.length)
  const owner: number[] = []
  let offset = 0
  pieces.forEach((piece, index) => {
    levels.fill(piece.level, offset, offset + piece.text.length)
    for (let i = 0; i < piece.text.length; i++) owner.push(index)
    offset += piece.text.length
  })
  const order = bidi().getReorderedIndices(
    text,
    { levels, paragraphs: [{ start: 0, end: text.length - 1, level: baseLevel }] },
    0,
    text.length - 1,
  )
  const firstDrawn = new Map<number, number>()
  order.forEach((charIndex, position) => {
    const piece = owner[charIndex] ?? 0
    if (!firstDrawn.has(piece)) firstDrawn.set(piece, position)
  })
  return pieces
    .map((piece, index) => ({ piece, at: firstDrawn.get(index) ?? index }))
    .sort((a, b) => a.at - b.at)
    .map(({ piece }) => piece)
}
