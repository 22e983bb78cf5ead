import { ArticleError } from './errors'

/**
 * Upper bound of the container nesting (block quotes, list items) a Markdown line can open:
 * its `>` and list markers plus its indentation in steps of four columns. marked recurses per
 * level and overflows the stack at a few thousand levels, so this runs before marked does.
 */
export function markdownLineDepth(line: string): number {
  let markers = 0
  let columns = 0
  let at = 0
  for (;;) {
    const char = line[at]
    if (char === ' ') columns++
    else if (char === '\t') columns += 4 - (columns % 4)
    else if (char === '>') markers++
    else {
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t])/.exec(line.slice(at, at + 12))
      if (!marker) break
      markers++
      at += marker[0].length
      continue
    }
    at++
  }
  return markers + Math.floor(columns / 4)
}

export function assertMarkdownDepth(markdown: string, maxDepth: number, origin: string): void {
  let lineNumber = 0
  for (const line of markdown.split('\n')) {
    lineNumber++
    if (markdownLineDepth(line) > maxDepth) {
      throw new ArticleError(
        'too-deep',
        `${origin} nests quotes or lists more than ${maxDepth} levels deep (line ${lineNumber}). Flatten it, or rename it to .txt to read it as plain text.`,
      )
    }
  }
}
