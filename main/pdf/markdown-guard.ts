/*
 * Caps applied to section Markdown before marked sees it. marked recurses once per container
 * level and once per emphasis level: a list nested 5,000 deep on one line, 3,000 `>` in a row or
 * 20,000 nested `*` overflow the stack or take seconds. Each cap is a linear pass over the text.
 */

/** The longest section body laid out, in UTF-16 code units (about 1 MB of text). */
export const MAX_SECTION_CHARS = 1_000_000
/** The deepest container prefix (`>`, list markers, indentation) kept on one line. */
export const MAX_LINE_NESTING = 10
/** The most emphasis marks (`*`, `_`, `~`) one paragraph or list item may have before they print literally. */
export const MAX_EMPHASIS_MARKS = 200

/** The capped Markdown and what the caps changed. */
export type GuardResult = { text: string; notes: string[] }

/** Applies the size, nesting and emphasis caps; `notes` says what was changed, for warnings. */
export function guardMarkdown(source: string): GuardResult {
  const notes: string[] = []
  let text = source
  if (text.length > MAX_SECTION_CHARS) {
    const lastBreak = text.lastIndexOf('\n', MAX_SECTION_CHARS)
    const cut = lastBreak > MAX_SECTION_CHARS / 2 ? lastBreak : MAX_SECTION_CHARS
    notes.push(
      `it is longer than ${MAX_SECTION_CHARS.toLocaleString('en-US')} characters; ` +
        `the last ${(text.length - cut).toLocaleString('en-US')} characters were left out`,
    )
    text = text.slice(0, cut)
  }
  const lines = text.split(/\r\n?|\n/)
  let flattened = false
  for (let i = 0; i < lines.length; i++) {
    const capped = capLineNesting(lines[i] ?? '')
    if (capped !== null) {
      lines[i] = capped
      flattened = true
    }
  }
  if (flattened) notes.push(`lists or quotes nested more than ${MAX_LINE_NESTING} levels deep were flattened`)
  if (capEmphasis(lines)) {
    notes.push(`a paragraph with more than ${MAX_EMPHASIS_MARKS} emphasis marks was printed without emphasis`)
  }
  return { text: lines.join('\n'), notes }
}

function markerLength(line: string, i: number): number {
  const char = line[i]
  const isGap = (at: number): boolean => at >= line.length || line[at] === ' ' || line[at] === '\t'
  if (char === '>') return 1
  if ((char === '-' || char === '*' || char === '+') && isGap(i + 1)) return 1
  let j = i
  while (j < line.length && j - i < 9 && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++
  if (j > i && (line[j] === '.' || line[j] === ')') && isGap(j + 1)) return j + 1 - i
  return 0
}

/**
 * Estimates the container depth of a line's prefix (each `>` or list marker is one level, every
 * three columns of whitespace another) and, past the cap, keeps the prefix up to one level below
 * the cap plus the prefix's last marker, so the line's text stays an item (or quote) of the
 * deepest container kept. Returns null when the line is within the cap.
 */
export function capLineNesting(line: string): string | null {
  const end = prefixLength(line)
  let markers = 0
  let whitespace = 0
  let cut = -1
  let lastMarker = ''
  for (let i = 0; i < end;) {
    const char = line[i]
    if (char === ' ' || char === '\t') {
      whitespace += char === '\t' ? 4 : 1
      i++
    } else {
      const length = markerLength(line, i)
      lastMarker = line.slice(i, i + length)
      markers++
      i += length
    }
    if (cut < 0 && markers + Math.floor(whitespace / 3) >= MAX_LINE_NESTING - 1) cut = i
  }
  if (markers + Math.floor(whitespace / 3) <= MAX_LINE_NESTING) return null
  const kept = line.slice(0, Math.max(cut, 0))
  const gap = kept === '' || kept.endsWith(' ') ? '' : ' '
  return `${kept}${lastMarker ? `${gap}${lastMarker} ` : gap}${line.slice(end)}`
}

function prefixLength(line: string): number {
  let i = 0
  while (i < line.length) {
    if (line[i] === ' ' || line[i] === '\t') {
      i++
      continue
    }
    const length = markerLength(line, i)
    if (length === 0) break
    i += length
  }
  return i
}

const STARTS_INLINE_SCOPE = /^\s{0,3}(?:[>#|]|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$))/
const EMPHASIS = /[*_~]/g

/** Escapes the emphasis marks of any paragraph-like scope with too many of them; true if any was. */
function capEmphasis(lines: string[]): boolean {
  let changed = false
  let start = 0
  let marks = 0
  const close = (end: number): void => {
    if (marks > MAX_EMPHASIS_MARKS) {
      for (let j = start; j < end; j++) {
        const line = lines[j] ?? ''
        const prefix = prefixLength(line)
        lines[j] = line.slice(0, prefix) + line.slice(prefix).replace(EMPHASIS, '\\$&')
      }
      changed = true
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (line.trim() === '' || STARTS_INLINE_SCOPE.test(line)) {
      close(i)
      start = i
      marks = 0
    }
    for (let j = 0; j < line.length; j++) {
      const code = line.charCodeAt(j)
      if (code === 42 || code === 95 || code === 126) marks++
    }
  }
  close(lines.length)
  return changed
}
