import type { MarkedToken, Token } from 'marked'
import { MAX_INLINE_DEPTH, decodeEntities, safeHref } from './inline-text'

/*
 * What every export makes of a section's inline Markdown: marked's inline tokens as stretches of
 * text, each with its marks, and hard line breaks. The PDF and the Word writer both print these, so
 * the two show the same words with the same emphasis; each cleans and sets the text its own way.
 */

/** How a stretch of inline text is marked. */
export type InlineMarks = {
  readonly bold: boolean
  readonly italic: boolean
  readonly code: boolean
  /** Struck through (`~~text~~`). */
  readonly strike: boolean
  /** An http, https or mailto URL (safeHref); other schemes never get here. */
  readonly link: string | null
}

/** Text with no marks. */
export const NO_MARKS: InlineMarks = { bold: false, italic: false, code: false, strike: false, link: null }

/** Whether two stretches carry the same marks (a writer's own style may add more to compare). */
export function sameMarks(
  a: Omit<InlineMarks, 'link'> & { readonly link?: string | null },
  b: Omit<InlineMarks, 'link'> & { readonly link?: string | null },
): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.code === b.code &&
    a.strike === b.strike &&
    a.link === b.link
  )
}

/** A stretch of text in one set of marks, or a hard line break. */
export type InlineSegment =
  { readonly kind: 'text'; readonly text: string; readonly marks: InlineMarks } | { readonly kind: 'break' }

function children(token: Token): Token[] {
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : []
}

/**
 * marked's inline tokens as segments, within `marks`. Text written with entities (`&amp;`) reads as
 * the characters they stand for; code, escapes and raw HTML as written. A link with another scheme
 * keeps its text and loses the link; an image (never fetched) prints its alt text; a task box its
 * state. Past MAX_INLINE_DEPTH levels of nesting, a token's text stands unmarked.
 */
export function inlineSegments(
  tokens: readonly Token[],
  marks: InlineMarks = NO_MARKS,
  out: InlineSegment[] = [],
  depth = 0,
): InlineSegment[] {
  const text = (value: string, within: InlineMarks = marks) => {
    if (value !== '') out.push({ kind: 'text', text: value, marks: within })
  }
  for (const raw of tokens) {
    const token = raw as MarkedToken
    if (depth >= MAX_INLINE_DEPTH) {
      text('text' in token ? token.text : token.raw)
      continue
    }
    switch (token.type) {
      case 'text':
        if (token.tokens && token.tokens.length > 0) inlineSegments(token.tokens, marks, out, depth + 1)
        else text(token.escaped ? token.text : decodeEntities(token.text))
        break
      case 'escape':
        text(token.text)
        break
      case 'strong':
        inlineSegments(token.tokens, { ...marks, bold: true }, out, depth + 1)
        break
      case 'em':
        inlineSegments(token.tokens, { ...marks, italic: true }, out, depth + 1)
        break
      case 'del':
        inlineSegments(token.tokens, { ...marks, strike: true }, out, depth + 1)
        break
      case 'codespan':
        text(token.text.replace(/\n/g, ' '), { ...marks, code: true })
        break
      case 'br':
        out.push({ kind: 'break' })
        break
      case 'link': {
        const href = safeHref(token.href)
        inlineSegments(token.tokens, href === null ? marks : { ...marks, link: href }, out, depth + 1)
        break
      }
      case 'image':
        text(`[Image: ${decodeEntities(token.text) || 'untitled'}]`, { ...marks, italic: true })
        break
      case 'checkbox':
        text(token.checked ? '[x] ' : '[ ] ')
        break
      case 'html':
        text(token.text)
        break
      default:
        if (children(token).length > 0) inlineSegments(children(token), marks, out, depth + 1)
        else text(decodeEntities(token.raw))
    }
  }
  return out
}
