import { ArticleError } from './errors'

/*
 * The one scanner of a Markdown line's container prefix (block quotes, list items, indentation).
 * marked recurses once per container level and overflows the stack at a few thousand levels, so
 * both users measure with it before marked runs: article ingest (which refuses a too-deep file) and
 * the exports' section guard (templates/section-markdown-guard.ts, which flattens too-deep lines of
 * a section). Each call is one linear pass over a line.
 */

/** The container prefix of a line, as far as it goes. */
export type LinePrefix = {
  /** Where the prefix ends: the line's text starts here. */
  end: number
  /** Estimated nesting depth: each `>` or list marker is one level, every three columns of indentation another. */
  depth: number
  /** The prefix's last `>` or list marker, or '' if it has none. */
  lastMarker: string
  /**
   * Where the prefix first reaches `cutDepth` levels (-1 if it never does): the prefix up to there
   * keeps the line within a cap.
   */
  cut: number
}

// A nested list item needs two to four columns per level; three keeps the estimate on the safe side
// without counting an ordinary indented code line as deep.
const COLUMNS_PER_LEVEL = 3

function isGap(line: string, at: number): boolean {
  return at >= line.length || line[at] === ' ' || line[at] === '\t'
}

/** The length of the `>` or list marker at `at` (a bullet or `1.`/`1)` followed by a gap), or 0. */
function markerLength(line: string, at: number): number {
  const char = line[at]
  if (char === '>') return 1
  if ((char === '-' || char === '*' || char === '+') && isGap(line, at + 1)) return 1
  let end = at
  while (end < line.length && end - at < 9 && line.charCodeAt(end) >= 48 && line.charCodeAt(end) <= 57) end++
  if (end > at && (line[end] === '.' || line[end] === ')') && isGap(line, end + 1)) return end + 1 - at
  return 0
}

/** Scans a line's container prefix; `cutDepth` asks where the prefix first reaches that depth. */
export function scanLinePrefix(line: string, cutDepth = Infinity): LinePrefix {
  let markers = 0
  let columns = 0
  let cut = -1
  let lastMarker = ''
  let at = 0
  while (at < line.length) {
    const char = line[at]
    if (char === ' ') {
      columns++
      at++
    } else if (char === '\t') {
      columns += 4 - (columns % 4)
      at++
    } else {
      const length = markerLength(line, at)
      if (length === 0) break
      lastMarker = line.slice(at, at + length)
      markers++
      at += length
    }
    if (cut < 0 && markers + Math.floor(columns / COLUMNS_PER_LEVEL) >= cutDepth) cut = at
  }
  return { end: at, depth: markers + Math.floor(columns / COLUMNS_PER_LEVEL), lastMarker, cut }
}

/** Refuses Markdown with a line nested deeper than `maxDepth`, naming the line. */
export function assertMarkdownDepth(markdown: string, maxDepth: number, origin: string): void {
  let lineNumber = 0
  for (const line of markdown.split('\n')) {
    lineNumber++
    if (scanLinePrefix(line).depth > maxDepth) {
      throw new ArticleError(
        'too-deep',
        `${origin} nests quotes or lists more than ${maxDepth} levels deep (line ${lineNumber}). Flatten it, or rename it to .txt to read it as plain text.`,
      )
    }
  }
}
