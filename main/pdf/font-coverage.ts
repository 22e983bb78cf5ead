import { FACE_KEYS, hasGlyph } from './engine/fonts'
import type { FaceKey } from './engine/fonts'

/** The face of the other family that stands in for a face when it lacks a glyph. */
const TWIN: Record<FaceKey, FaceKey> = {
  serif: 'sans',
  'serif-italic': 'sans-italic',
  'serif-bold': 'sans-bold',
  'serif-bold-italic': 'sans-bold',
  sans: 'serif',
  'sans-italic': 'serif-italic',
  'sans-semibold': 'serif-bold',
  'sans-bold': 'serif-bold',
}

/** The face to draw a code point in: the preferred face, its twin in the other family, then any; null if none. */
export function faceFor(preferred: FaceKey, codePoint: number): FaceKey | null {
  if (hasGlyph(preferred, codePoint)) return preferred
  const twin = TWIN[preferred]
  if (hasGlyph(twin, codePoint)) return twin
  for (const key of FACE_KEYS) if (hasGlyph(key, codePoint)) return key
  return null
}

/** A piece of text and the face that has all its glyphs. */
export type FacedText = { text: string; face: FaceKey }

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/**
 * Splits text into pieces that each have one face with all their glyphs. Characters no bundled
 * font has are left out and reported through `onMissing`.
 */
export function splitByFace(
  text: string,
  preferred: FaceKey,
  onMissing: (char: string) => void,
): FacedText[] {
  if (PRINTABLE_ASCII.test(text)) return text === '' ? [] : [{ text, face: preferred }]
  const pieces: FacedText[] = []
  let current = ''
  let currentFace: FaceKey = preferred
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0
    const face = codePoint === 32 ? currentFace : faceFor(preferred, codePoint)
    if (face === null) {
      onMissing(char)
      continue
    }
    if (face !== currentFace && current !== '') {
      pieces.push({ text: current, face: currentFace })
      current = ''
    }
    currentFace = face
    current += char
  }
  if (current !== '') pieces.push({ text: current, face: currentFace })
  return pieces
}

/** The warning for a character no bundled font has. */
export function missingGlyphWarning(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  return `No bundled font has "${char}" (U+${hex}); it is left out of the PDF`
}
