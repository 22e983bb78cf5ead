import type { Article, Block } from '../article/types'
import type { Section } from '../brief/schema'

/*
 * A section's Markdown read as an article, so the analysis's own sentence splitter, quotation-mark
 * finder and speaker finder run on it unchanged. The text is the body itself, so every offset they
 * report is an offset into the body (what a finding's start and end are).
 */

/** A Markdown block of a body: what a blank line separates. A block quote's `>` lines are one block. */
function blockKind(text: string): Block['kind'] {
  if (/^#{1,6}\s/u.test(text)) return 'heading'
  if (/^>/u.test(text)) return 'quote'
  if (/^(?:[-*+]|\d+[.)])\s/u.test(text)) return 'list'
  return 'paragraph'
}

/** The blocks of a body, with offsets into it. */
export function bodyBlocks(body: string): Block[] {
  const blocks: Block[] = []
  const separator = /\n[ \t]*\n/gu
  let start = 0
  const push = (end: number): void => {
    let s = start
    let e = end
    while (s < e && /\s/u.test(body.charAt(s))) s++
    while (e > s && /\s/u.test(body.charAt(e - 1))) e--
    if (e > s) {
      const text = body.slice(s, e)
      const kind = blockKind(text)
      blocks.push(
        kind === 'heading' ? { kind, text, start: s, end: e, level: 2 } : { kind, text, start: s, end: e },
      )
    }
  }
  for (const match of body.matchAll(separator)) {
    push(match.index)
    start = match.index + match[0].length
  }
  push(body.length)
  return blocks
}

/** A section as an article for the analysis: its body is the text, its Markdown blocks the blocks. */
export function sectionArticle(section: Section): Article {
  return {
    id: `section-${section.id}`,
    meta: {
      title: section.heading,
      subtitle: null,
      byline: null,
      outlet: null,
      published: null,
      url: null,
      retrievedAt: '',
      origin: section.heading,
    },
    text: section.body,
    blocks: bodyBlocks(section.body),
    warnings: [],
  }
}

/** Whether the line around `offset` is a row of a Markdown table (its first column names who speaks). */
export function inTableRow(body: string, offset: number): boolean {
  const lineStart = body.lastIndexOf('\n', offset - 1) + 1
  return /^\s*\|/u.test(body.slice(lineStart, lineStart + 40))
}

/** Words as the check counts them: runs of letters and digits, with inner apostrophes and hyphens. */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0
}
