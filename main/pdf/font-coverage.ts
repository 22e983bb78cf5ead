import { FACE_KEYS, hasGlyph } from './engine/fonts'
import type { FaceKey, LatinFaceKey, ScriptFaceKey } from './engine/fonts'

/** The face of the other family that stands in for a face when it lacks a glyph. */
const TWIN: Record<LatinFaceKey, LatinFaceKey> = {
  serif: 'sans',
  'serif-italic': 'sans-italic',
  'serif-bold': 'sans-bold',
  'serif-bold-italic': 'sans-bold',
  sans: 'serif',
  'sans-italic': 'serif-italic',
  'sans-semibold': 'serif-bold',
  'sans-bold': 'serif-bold',
}

function isLatinFace(face: FaceKey): face is LatinFaceKey {
  return face in TWIN
}

/** Faces whose text, in another script, is set in that script's bold face. */
const BOLD_FACES: ReadonlySet<FaceKey> = new Set<FaceKey>([
  'serif-bold',
  'serif-bold-italic',
  'sans-semibold',
  'sans-bold',
  'han-bold',
  'hangul-bold',
  'arabic-bold',
  'hebrew-bold',
  'devanagari-bold',
  'thai-bold',
])

type ScriptFaces = {
  ranges: readonly (readonly [number, number])[]
  regular: ScriptFaceKey
  bold: ScriptFaceKey
}

/**
 * The Unicode blocks each script face is for. A face is read only when a character of its blocks
 * turns up: the Chinese face is a 10 MB file, and a character no face has (an emoji) must not
 * make every face load to be asked for it.
 */
const SCRIPT_FACES: readonly ScriptFaces[] = [
  {
    // Arabic, Supplement, Extended-B and -A, Presentation Forms-A and -B (Persian and Urdu letters included).
    ranges: [
      [0x0600, 0x06ff],
      [0x0750, 0x077f],
      [0x0870, 0x08ff],
      [0xfb50, 0xfdff],
      [0xfe70, 0xfeff],
    ],
    regular: 'arabic',
    bold: 'arabic-bold',
  },
  {
    ranges: [
      [0x0590, 0x05ff],
      [0xfb1d, 0xfb4f],
    ],
    regular: 'hebrew',
    bold: 'hebrew-bold',
  },
  {
    // Devanagari, its extensions and the Vedic signs.
    ranges: [
      [0x0900, 0x097f],
      [0xa8e0, 0xa8ff],
      [0x1cd0, 0x1cff],
    ],
    regular: 'devanagari',
    bold: 'devanagari-bold',
  },
  { ranges: [[0x0e00, 0x0e7f]], regular: 'thai', bold: 'thai-bold' },
  {
    // Hangul Jamo, compatibility Jamo, Jamo Extended-A and -B, syllables.
    ranges: [
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
      [0xa960, 0xa97f],
      [0xac00, 0xd7ff],
    ],
    regular: 'hangul',
    bold: 'hangul-bold',
  },
  {
    // Han (unified, Extension A, B onwards, compatibility), radicals, strokes, CJK punctuation,
    // kana, enclosed and compatibility forms, full- and half-width forms.
    ranges: [
      [0x2e80, 0x2fdf],
      [0x3000, 0x30ff],
      [0x31c0, 0x31ff],
      [0x3200, 0x33ff],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xf900, 0xfaff],
      [0xfe30, 0xfe4f],
      [0xff00, 0xffef],
      [0x20000, 0x3134f],
    ],
    regular: 'han',
    bold: 'han-bold',
  },
]

function scriptFace(codePoint: number, bold: boolean): ScriptFaceKey | null {
  for (const faces of SCRIPT_FACES) {
    if (faces.ranges.some(([from, to]) => codePoint >= from && codePoint <= to))
      return bold ? faces.bold : faces.regular
  }
  return null
}

/**
 * The face to draw a code point in: the preferred face, its twin in the other family, the face of
 * the code point's script (bold for bold text), then any Latin face; null if none has it.
 */
export function faceFor(preferred: FaceKey, codePoint: number): FaceKey | null {
  if (hasGlyph(preferred, codePoint)) return preferred
  const twin = isLatinFace(preferred) ? TWIN[preferred] : null
  if (twin !== null && hasGlyph(twin, codePoint)) return twin
  const script = scriptFace(codePoint, BOLD_FACES.has(preferred))
  if (script !== null && hasGlyph(script, codePoint)) return script
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
