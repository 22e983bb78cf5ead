import { ExternalHyperlink, TextRun } from 'docx'
import type { ParagraphChild } from 'docx'
import type { Token } from 'marked'
import { inlineSegments, sameMarks } from '../templates/inline-segments'
import type { InlineMarks } from '../templates/inline-segments'
import { cleanText as cleanExportText } from '../templates/inline-text'

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
  return sameMarks(a, b) && a.caps === b.caps && a.color === b.color
}

/** Adds text, joined to the segment before when they share a style: one Word run, not thousands. */
function pushText(out: Segment[], text: string, style: InlineStyle): void {
  if (text === '') return
  const last = out.at(-1)
  if (last && 'text' in last && sameStyle(last.style, style)) last.text += text
  else out.push({ text, style })
}

/** The segments every export prints (templates/inline-segments.ts), within `style`, as Word segments. */
function segments(tokens: readonly Token[] | undefined, style: InlineStyle): Segment[] {
  const out: Segment[] = []
  const { bold, italic, code, strike } = style
  const marks: InlineMarks = { bold, italic, code, strike, link: style.link ?? null }
  for (const segment of inlineSegments(tokens ?? [], marks)) {
    if (segment.kind === 'break') out.push({ break: true })
    else pushText(out, segment.text, { ...style, ...segment.marks, link: segment.marks.link ?? undefined })
  }
  return out
}

/** The runs of marked's inline tokens: emphasis, code, links (checked) and line breaks. */
export function inlineRuns(
  tokens: readonly Token[] | undefined,
  style: InlineStyle = PLAIN,
): ParagraphChild[] {
  return segments(tokens, style).flatMap((segment) =>
    'break' in segment ? [new TextRun({ break: 1 })] : styledText(segment.text, segment.style),
  )
}

/**
 * Whether marked's inline tokens print any visible text: decided from the segments both exports
 * print, as the PDF decides it, so that a paragraph holding only an image without alt text (its
 * stand-in) or only a task box is kept in Word as it is in the PDF.
 */
export function hasText(tokens: readonly Token[] | undefined): boolean {
  return inlineSegments(tokens ?? []).some(
    (segment) => segment.kind === 'text' && cleanText(segment.text).trim() !== '',
  )
}
