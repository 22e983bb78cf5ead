import { ExternalHyperlink, TextRun } from 'docx'
import type { ParagraphChild } from 'docx'
import type { MarkedToken, Token } from 'marked'
import {
  MAX_INLINE_DEPTH,
  cleanText as cleanExportText,
  decodeEntities,
  safeHref,
} from '../templates/inline-text'

/** How a run of text is set: emphasis, code, and the link it belongs to. */
export type InlineStyle = {
  bold: boolean
  italic: boolean
  strike: boolean
  code: boolean
  caps: boolean
  color?: string
  link?: string
}

export const PLAIN: InlineStyle = { bold: false, italic: false, strike: false, code: false, caps: false }

const CODE_FONT = 'Courier New'

/** Text as Word may hold it: what draws nothing taken out (as in the PDF), and the two non-characters XML 1.0 forbids. */
export function cleanText(text: string): string {
  return cleanExportText(text).replace(/[\ufffe\uffff]/g, '')
}

/** Runs of text in `style`; line breaks inside the text become Word line breaks. */
export function textRuns(text: string, style: InlineStyle = PLAIN): TextRun[] {
  return cleanText(text)
    .split('\n')
    .map(
      (line, index) =>
        new TextRun({
          text: line,
          break: index > 0 ? 1 : undefined,
          bold: style.bold || undefined,
          italics: style.italic || undefined,
          strike: style.strike || undefined,
          allCaps: style.caps || undefined,
          color: style.color,
          font: style.code ? CODE_FONT : undefined,
          style: style.link ? 'Hyperlink' : undefined,
        }),
    )
}

/** Text in `style`, inside a hyperlink when the style has a link. */
export function styledText(text: string, style: InlineStyle): ParagraphChild[] {
  if (text === '') return []
  const href = style.link
  return href
    ? [new ExternalHyperlink({ link: href, children: textRuns(text, style) })]
    : textRuns(text, style)
}

/** Text in one style, or a line break, before it becomes Word runs. */
type Segment = { text: string; style: InlineStyle } | { break: true }

function sameStyle(a: InlineStyle, b: InlineStyle): boolean {
  return (
    a.bold === b.bold &&
    a.italic === b.italic &&
    a.strike === b.strike &&
    a.code === b.code &&
    a.caps === b.caps &&
    a.color === b.color &&
    a.link === b.link
  )
}

/** Adds text, joined to the segment before when they share a style: one Word run, not thousands. */
function pushText(out: Segment[], text: string, style: InlineStyle): void {
  if (text === '') return
  const last = out.at(-1)
  if (last && 'text' in last && sameStyle(last.style, style)) last.text += text
  else out.push({ text, style })
}

function segments(
  tokens: readonly Token[] | undefined,
  style: InlineStyle,
  out: Segment[],
  depth: number,
): void {
  for (const raw of tokens ?? []) {
    const token = raw as MarkedToken
    if (depth >= MAX_INLINE_DEPTH) {
      pushText(out, decodeEntities(token.raw), style)
      continue
    }
    switch (token.type) {
      case 'strong':
        segments(token.tokens, { ...style, bold: true }, out, depth + 1)
        break
      case 'em':
        segments(token.tokens, { ...style, italic: true }, out, depth + 1)
        break
      case 'del':
        segments(token.tokens, { ...style, strike: true }, out, depth + 1)
        break
      case 'codespan':
        pushText(out, decodeEntities(token.text), { ...style, code: true })
        break
      case 'link': {
        // A link inside a link (not valid Markdown, but possible in tokens) keeps the outer target.
        const href = style.link ?? safeHref(token.href) ?? undefined
        segments(token.tokens, { ...style, link: href }, out, depth + 1)
        break
      }
      case 'br':
        out.push({ break: true })
        break
      case 'text':
        if (token.tokens) segments(token.tokens, style, out, depth + 1)
        else pushText(out, decodeEntities(token.text), style)
        break
      case 'image':
      case 'escape':
      case 'html':
        pushText(out, decodeEntities(token.text), style)
        break
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) segments(token.tokens, style, out, depth + 1)
        else if ('text' in token && typeof token.text === 'string')
          pushText(out, decodeEntities(token.text), style)
    }
  }
}

/** The runs of marked's inline tokens: emphasis, code, links (checked) and line breaks. */
export function inlineRuns(
  tokens: readonly Token[] | undefined,
  style: InlineStyle = PLAIN,
): ParagraphChild[] {
  const out: Segment[] = []
  segments(tokens, style, out, 0)
  return out.flatMap((segment) =>
    'break' in segment ? [new TextRun({ break: 1 })] : styledText(segment.text, segment.style),
  )
}

/** Whether marked's inline tokens hold any visible text. */
export function hasText(tokens: readonly Token[] | undefined): boolean {
  return (tokens ?? []).some((token) => {
    if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0)
      return hasText(token.tokens)
    return 'text' in token && typeof token.text === 'string' && token.text.trim() !== ''
  })
}
