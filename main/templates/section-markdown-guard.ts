import { scanLinePrefix } from '../article/markdown-guard'

/*
 * Caps applied to section Markdown before marked sees it, by every export (the PDF, the Word
 * document). marked recurses once per container level and once per emphasis level: a list nested
 * 5,000 deep on one line, 3,000 `>` in a row or 20,000 nested `*` overflow the stack or take
 * seconds. Each cap is a linear pass over the text.
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

/**
 * Past the cap, keeps the line's container prefix up to one level below the cap plus the prefix's
 * last marker, so the line's text stays an item (or quote) of the deepest container kept. Returns
 * null when the line is within the cap. The depth is measured by the article scanner's rules.
 */
export function capLineNesting(line: string): string | null {
  const prefix = scanLinePrefix(line, MAX_LINE_NESTING - 1)
  if (prefix.depth <= MAX_LINE_NESTING) return null
  const kept = line.slice(0, Math.max(prefix.cut, 0))
  const gap = kept === '' || kept.endsWith(' ') ? '' : ' '
  const marker = prefix.lastMarker ? `${gap}${prefix.lastMarker} ` : gap
  return `${kept}${marker}${line.slice(prefix.end)}`
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
        const prefix = scanLinePrefix(line).end
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
