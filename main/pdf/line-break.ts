import { sameMarks } from '../templates/inline-segments'
import type { InlineStyle, Run } from './blocks'
import { paragraphLevels, visualOrder } from './bidi'
import { splitByFace } from './font-coverage'
import { measure } from './engine/fonts'
import type { FaceKey, TextDirection } from './engine/fonts'
import type { Fragment } from './flow-types'

/** The faces a block's text uses for each inline style. */
export type TypeSet = { regular: FaceKey; italic: FaceKey; bold: FaceKey; boldItalic: FaceKey; code: FaceKey }

/** How a block sets its text. */
export type TextStyle = {
  faces: TypeSet
  size: number
  color: string
  linkColor: string
  /** Height of a line box. */
  leading: number
}

/** A line of fragments, x relative to the line's start, and its width. */
export type LaidLine = { fragments: Fragment[]; width: number }

type Atom = {
  text: string
  face: FaceKey
  size: number
  color: string
  link: string | null
  code: boolean
  strike: boolean
  /** Atoms of one piece (same run, same face) merge into one fragment. */
  piece: number
  width: number
  /**
   * Width without the trailing space, if any: measured only when a line's end depends on it
   * (`trimmedWidth`), since it is never more than `width`.
   */
  trimmed?: number
  /** The bidi embedding level of its characters: odd is right to left. */
  level: number
}

const BREAK = 'break'
const SPLIT_AFTER = new Set(['/', '-', '?', '&', '=', '.', '_', ',', ';'])
const EPSILON = 0.01
/** Longest slice of a word shaped at once. */
const LONG_WORD = 64

function faceOf(faces: TypeSet, style: InlineStyle): FaceKey {
  if (style.code) return faces.code
  if (style.bold) return style.italic ? faces.boldItalic : faces.bold
  return style.italic ? faces.italic : faces.regular
}

/** Adjacent runs in the same style become one, so a fragment is shaped exactly as it was measured. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (run.kind === 'text' && last?.kind === 'text' && sameMarks(last.style, run.style)) {
      merged[merged.length - 1] = { kind: 'text', text: last.text + run.text, style: last.style }
    } else merged.push(run)
  }
  return merged
}

function makeAtoms(
  runs: readonly Run[],
  style: TextStyle,
  onMissing: (char: string) => void,
): (Atom | typeof BREAK)[] {
  const atoms: (Atom | typeof BREAK)[] = []
  let piece = 0
  let afterSpace = true
  for (const run of mergeRuns(runs)) {
    if (run.kind === 'break') {
      atoms.push(BREAK)
      afterSpace = true
      continue
    }
    const text = run.text.replace(/[\s\u2028\u2029]+/g, (gap) =>
      gap.includes('\u00a0') ? gap.replace(/[^\u00a0]+/g, ' ') : ' ',
    )
    const face = faceOf(style.faces, run.style)
    const size = run.style.code ? style.size * 0.88 : style.size
    const color = run.style.link ? style.linkColor : style.color
    for (const faced of splitByFace(text, face, onMissing)) {
      // Collapse spaces here, after characters no font has were dropped from between them.
      let pieceText = faced.text.replace(/ {2,}/g, ' ')
      if (afterSpace) pieceText = pieceText.replace(/^ +/, '')
      if (pieceText === '') continue
      afterSpace = pieceText.endsWith(' ')
      const part = { text: pieceText, face: faced.face }
      piece++
      let start = 0
      while (start < part.text.length) {
        const space = part.text.indexOf(' ', start)
        let end = space < 0 ? part.text.length : space + 1
        if (end - start > LONG_WORD) {
          // A very long word (a URL, a hostile "word" of a million letters) is shaped in slices,
          // each its own fragment, rather than as one huge run.
          end = start + LONG_WORD
          if (/[\ud800-\udbff]/.test(part.text[end - 1] ?? '')) end--
          piece++
        }
        const atomText = part.text.slice(start, end)
        atoms.push({
          text: atomText,
          face: part.face,
          size,
          color,
          link: run.style.link,
          code: run.style.code,
          strike: run.style.strike,
          piece,
          width: measure(part.face, size, atomText),
          level: 0,
        })
        start = end
      }
    }
  }
  return atoms
}

/** The direction a level is shaped in; none at the paragraph's left-to-right level 0 (pdfkit's own word-by-word path). */
/**
 * An atom's width without its trailing space. A space only adds to a word's width, so the check
 * against the line's width needs it only when the word with its space does not fit.
 */
function trimmedWidth(atom: Atom): number {
  atom.trimmed ??= atom.text.endsWith(' ')
    ? measure(atom.face, atom.size, atom.text.slice(0, -1))
    : atom.width
  return atom.trimmed
}

/** Whether `used` and then `atom` fit in `width`, its trailing space allowed to overhang. */
function fitsTrimmed(used: number, atom: Atom, width: number): boolean {
  return used + atom.width <= width + EPSILON || used + trimmedWidth(atom) <= width + EPSILON
}

function directionOf(level: number): TextDirection | undefined {
  if (level === 0) return undefined
  return level % 2 === 1 ? 'rtl' : 'ltr'
}

/**
 * Gives each atom its bidi embedding level, splitting atoms where the level changes (a number in
 * an Arabic phrase). Returns the paragraph's base level.
 */
function applyLevels(atoms: (Atom | typeof BREAK)[]): number {
  const words = atoms.filter((atom): atom is Atom => atom !== BREAK)
  const paragraph = paragraphLevels(words.map((atom) => atom.text).join(''))
  if (paragraph === null) return 0
  const { levels } = paragraph
  let offset = 0
  for (let index = 0; index < atoms.length; index++) {
    const atom = atoms[index]
    if (atom === undefined || atom === BREAK) continue
    const parts: Atom[] = []
    let start = 0
    for (let i = 1; i <= atom.text.length; i++) {
      if (i < atom.text.length && levels[offset + i] === levels[offset + start]) continue
      const text = atom.text.slice(start, i)
      const width =
        parts.length === 0 && i === atom.text.length ? atom.width : measure(atom.face, atom.size, text)
      parts.push({ ...atom, text, width, trimmed: undefined, level: levels[offset + start] ?? 0 })
      start = i
    }
    offset += atom.text.length
    atoms.splice(index, 1, ...parts)
    index += parts.length - 1
  }
  return paragraph.baseLevel
}

function toFragments(atoms: Atom[], baseLevel: number): LaidLine {
  const pieces: (Fragment & { level: number })[] = []
  let last: Atom | undefined
  let text = ''
  const flush = (): void => {
    if (!last || text === '') return
    const direction = directionOf(last.level)
    pieces.push({
      text,
      face: last.face,
      size: last.size,
      color: last.color,
      x: 0,
      width: 0,
      link: last.link,
      code: last.code,
      strike: last.strike,
      characterSpacing: 0,
      level: last.level,
      ...(direction ? { direction } : {}),
    })
  }
  for (const atom of atoms) {
    if (last && (atom.piece !== last.piece || atom.level !== last.level)) {
      flush()
      text = ''
    }
    text += atom.text
    last = atom
  }
  flush()
  const tail = pieces[pieces.length - 1]
  if (tail) tail.text = tail.text.replace(/ +$/, '')
  // Placed from the left in the bidi algorithm's visual order, kept in reading order: that is the
  // order they are drawn, so the content stream, the structure tree and pdf.js read them as written.
  const kept = pieces.filter((piece) => piece.text !== '')
  const fragments: Fragment[] = kept.map(({ level: _level, ...fragment }) => fragment)
  const order = visualOrder(
    kept.map(({ text, level }, index) => ({ text, level, index })),
    baseLevel,
  )
  let x = 0
  for (const { index } of order) {
    const fragment = fragments[index]
    if (!fragment) continue
    fragment.x = x
    fragment.width = measure(fragment.face, fragment.size, fragment.text, fragment.direction)
    x += fragment.width
  }
  return { fragments, width: x }
}

/** Cuts an atom wider than the line into pieces that fit, preferring to cut after `/`, `-`, `.`… */
function splitAtom(atom: Atom, firstWidth: number, width: number): Atom[] {
  const parts: Atom[] = []
  let available = firstWidth
  let current = ''
  let currentWidth = 0
  const chars = Array.from(atom.text)
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? ''
    const charWidth = measure(atom.face, atom.size, char)
    if (current !== '' && currentWidth + charWidth > available + EPSILON) {
      let cut = current.length
      for (let j = current.length - 1; j >= current.length / 2; j--) {
        if (SPLIT_AFTER.has(current[j] ?? '')) {
          cut = j + 1
          break
        }
      }
      const carry = current.slice(cut)
      const kept = current.slice(0, cut)
      parts.push({ ...atom, text: kept, width: measure(atom.face, atom.size, kept), trimmed: undefined })
      current = carry
      currentWidth = measure(atom.face, atom.size, carry)
      available = width
    }
    current += char
    currentWidth += charWidth
  }
  if (current !== '')
    parts.push({ ...atom, text: current, width: measure(atom.face, atom.size, current), trimmed: undefined })
  return parts
}

/**
 * Breaks runs into lines no wider than `width`, greedily, at spaces (words wider than a line are
 * cut). Linear in the text: every atom is measured once, from a per-process width cache.
 */
export function breakLines(
  runs: readonly Run[],
  style: TextStyle,
  width: number,
  onMissing: (char: string) => void,
): LaidLine[] {
  const lines: LaidLine[] = []
  let line: Atom[] = []
  let lineWidth = 0
  let group: Atom[] = []
  let groupWidth = 0

  const atoms = makeAtoms(runs, style, onMissing)
  const baseLevel = applyLevels(atoms)
  const finishLine = (force: boolean): void => {
    while (line.length > 0 && (line[line.length - 1]?.text.trim() ?? '') === '') line.pop()
    if (line.length > 0 || force) lines.push(toFragments(line, baseLevel))
    line = []
    lineWidth = 0
  }
  const commitGroup = (): void => {
    if (group.length === 0) return
    const tail = group[group.length - 1]
    if (line.length > 0 && tail && !fitsTrimmed(lineWidth + groupWidth - tail.width, tail, width))
      finishLine(false)
    if (line.length === 0) {
      while (group.length > 0 && (group[0]?.text.trim() ?? '') === '') group.shift()
    }
    for (const atom of group) {
      if (!fitsTrimmed(lineWidth, atom, width)) {
        if (line.length > 0 && width - lineWidth < atom.size * 2) finishLine(false)
        const pieces = splitAtom(atom, width - lineWidth, width)
        pieces.forEach((piece, index) => {
          if (index > 0) finishLine(false)
          line.push(piece)
          lineWidth += piece.width
        })
      } else {
        line.push(atom)
        lineWidth += atom.width
      }
    }
    group = []
    groupWidth = 0
  }

  atoms.forEach((atom, index) => {
    if (atom === BREAK) {
      commitGroup()
      if (index < atoms.length - 1) finishLine(true)
      return
    }
    group.push(atom)
    groupWidth += atom.width
    if (atom.text.endsWith(' ')) commitGroup()
  })
  commitGroup()
  finishLine(false)
  return lines
}
