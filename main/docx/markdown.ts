import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { IParagraphOptions, ParagraphChild } from 'docx'
import { markdownLexer } from '../article/markdown-lexer'
import type { MarkedToken, Token, Tokens } from 'marked'
import { guardMarkdown } from '../templates/section-markdown-guard'
import { MAX_LIST_LEVEL } from './numbering'
import type { ListNumbering } from './numbering'
import { decodeEntities } from '../templates/inline-text'
import { PLAIN, cleanText, hasText, inlineRuns, textRuns } from './inline'

/** A Word paragraph or table: what a section body turns into. */
export type DocxElement = Paragraph | Table

/** One block of a section: its Word elements, and whether it is a heading (one never ends a section). */
export type DocxBlock = { heading: boolean; elements: DocxElement[] }

/** Colours the body uses, as Word writes them (rrggbb, no '#'), and the text's width in twips. */
export type BodyColors = {
  accent: string
  accentTint: string
  rule: string
  codeBackground: string
  width: number
}

/** Block quotes nested deeper than this are set as the enclosing quote. */
export const MAX_QUOTE_DEPTH = 2

const INDENT = 720

/** The list item being set: its marker (until its first paragraph takes it) and its level. */
type Item = { marker: IParagraphOptions | null; prefix: ParagraphChild[]; level: number }

type Context = {
  colors: BodyColors
  numbering: ListNumbering
  listLevel: number
  quoteDepth: number
  item: Item | null
}

/** The Word blocks of a section's Markdown body; a body marked cannot read is set as plain paragraphs. */
export function markdownBlocks(source: string, colors: BodyColors, numbering: ListNumbering): DocxBlock[] {
  // The PDF's caps on size, nesting and emphasis: what marked would take seconds over is flattened first.
  const { text } = guardMarkdown(source)
  let tokens: Token[]
  try {
    tokens = markdownLexer().lex(text)
  } catch {
    return plainParagraphs(text)
  }
  return convertBlocks(tokens, { colors, numbering, listLevel: -1, quoteDepth: 0, item: null })
}

function plainParagraphs(text: string): DocxBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => cleanText(part).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => ({ heading: false, elements: [new Paragraph({ children: textRuns(part) })] }))
}

/**
 * A paragraph where it stands: the first of a list item carries the item's bullet or number, the
 * item's others are indented under it; in a block quote it takes the Quote style.
 */
function paragraphIn(
  context: Context,
  children: ParagraphChild[],
  options: IParagraphOptions = {},
): Paragraph {
  const quote: IParagraphOptions =
    context.quoteDepth > 0
      ? { style: 'Quote', indent: { left: INDENT * Math.min(context.quoteDepth, MAX_QUOTE_DEPTH) } }
      : {}
  const item = context.item
  if (!item) return new Paragraph({ ...quote, ...options, children })
  const marker = item.marker
  if (marker) {
    item.marker = null
    return new Paragraph({ ...quote, ...options, ...marker, children: [...item.prefix, ...children] })
  }
  return new Paragraph({ ...quote, ...options, indent: { left: INDENT * (item.level + 1) }, children })
}

function convertBlocks(tokens: readonly Token[], context: Context): DocxBlock[] {
  const blocks: DocxBlock[] = []
  const push = (...elements: DocxElement[]) => blocks.push({ heading: false, elements })
  for (const raw of tokens) {
    const token = raw as MarkedToken
    switch (token.type) {
      case 'paragraph':
        if (hasText(token.tokens)) push(paragraphIn(context, inlineRuns(token.tokens)))
        break
      case 'text':
        if (token.tokens ? hasText(token.tokens) : token.text.trim() !== '')
          push(
            paragraphIn(
              context,
              token.tokens ? inlineRuns(token.tokens) : textRuns(decodeEntities(token.text)),
            ),
          )
        break
      case 'heading':
        if (hasText(token.tokens))
          blocks.push({
            heading: true,
            elements: [
              new Paragraph({
                heading: token.depth <= 3 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
                children: inlineRuns(token.tokens),
              }),
            ],
          })
        break
      case 'list':
        push(...listParagraphs(token, context))
        break
      case 'blockquote':
        push(...quoteElements(token, context))
        break
      case 'code':
        push(
          paragraphIn(context, textRuns(cleanText(token.text), { ...PLAIN, code: true }), {
            shading: { type: ShadingType.CLEAR, fill: context.colors.codeBackground, color: 'auto' },
          }),
        )
        break
      case 'table':
        push(table(token, context.colors))
        break
      case 'hr':
        push(
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: context.colors.rule, space: 1 } },
          }),
        )
        break
      case 'html':
        if (token.text.trim() !== '') push(paragraphIn(context, textRuns(cleanText(token.text).trim())))
        break
      case 'space':
      case 'def':
        break
      default:
        if ('tokens' in token && Array.isArray(token.tokens) && hasText(token.tokens))
          push(paragraphIn(context, inlineRuns(token.tokens)))
    }
  }
  return blocks
}

/** Each item's first paragraph carries the bullet or number; its other paragraphs are indented under it. */
function listParagraphs(token: Tokens.List, context: Context): DocxElement[] {
  const level = Math.min(context.listLevel + 1, MAX_LIST_LEVEL)
  const start = typeof token.start === 'number' && Number.isFinite(token.start) ? token.start : 1
  const ordered = token.ordered ? context.numbering.ordered(start) : null
  const out: DocxElement[] = []
  for (const listItem of token.items) {
    const marker: IParagraphOptions = ordered ? { numbering: { ...ordered, level } } : { bullet: { level } }
    const prefix = listItem.task ? [new TextRun({ text: listItem.checked ? '[x] ' : '[ ] ' })] : []
    const item: Item = { marker, prefix, level }
    const elements = convertBlocks(listItem.tokens, { ...context, listLevel: level, item }).flatMap(
      (block) => block.elements,
    )
    // An item with no paragraph of its own still shows its marker.
    if (item.marker) out.push(new Paragraph({ ...item.marker, children: item.prefix }))
    out.push(...elements)
  }
  return out
}

const ATTRIBUTION_START = /^\s*(?:—|―|–|--)\s*/

/**
 * A quote's paragraphs in the Quote style, and its attribution (a last line or last paragraph that
 * starts with a dash, as the PDF reads it) as a line of its own, "— Speaker", set right.
 */
function quoteElements(token: Tokens.Blockquote, context: Context): DocxElement[] {
  const inner: Context = { ...context, quoteDepth: context.quoteDepth + 1 }
  const { body, attribution } = splitAttribution(token.tokens)
  const elements = convertBlocks(body, inner).flatMap((block) => block.elements)
  if (attribution && hasText(attribution))
    elements.push(
      new Paragraph({
        style: 'QuoteAttribution',
        indent: { left: INDENT * Math.min(inner.quoteDepth, MAX_QUOTE_DEPTH) },
        children: [new TextRun({ text: '— ' }), ...inlineRuns(attribution)],
      }),
    )
  return elements
}

type TextToken = { type: 'text'; raw: string; text: string }

function textToken(text: string): TextToken {
  return { type: 'text', raw: text, text }
}

/** Splits the last paragraph of a quote at its last line break, when what follows starts with a dash. */
function splitAttribution(tokens: readonly Token[]): { body: Token[]; attribution: Token[] | null } {
  const content = tokens.filter((token) => token.type !== 'space')
  const last = content.at(-1)
  if (last?.type !== 'paragraph') return { body: [...tokens], attribution: null }
  const inline = (last as Tokens.Paragraph).tokens
  let before: Token[] = []
  let after: Token[] | null = null
  for (let i = inline.length - 1; i >= 0 && after === null; i--) {
    const token = inline[i] as MarkedToken
    if (token.type === 'br') {
      before = inline.slice(0, i)
      after = inline.slice(i + 1)
    } else if (token.type === 'text' && !token.tokens && token.text.includes('\n')) {
      const cut = token.text.lastIndexOf('\n')
      before = [...inline.slice(0, i), textToken(token.text.slice(0, cut))]
      after = [textToken(token.text.slice(cut + 1)), ...inline.slice(i + 1)]
    }
  }
  if (after === null) {
    if (content.length < 2) return { body: [...tokens], attribution: null }
    after = inline
  }
  const headIndex = after.findIndex(
    (token) => token.type !== 'text' || (token as TextToken).text.trim() !== '',
  )
  const head = after[headIndex] as MarkedToken | undefined
  if (head?.type !== 'text' || !ATTRIBUTION_START.test(head.text))
    return { body: [...tokens], attribution: null }
  const attribution = [textToken(head.text.replace(ATTRIBUTION_START, '')), ...after.slice(headIndex + 1)]
  const body = content.slice(0, -1)
  if (hasText(before)) body.push({ ...last, tokens: before } as Tokens.Paragraph)
  return { body, attribution: attribution as Token[] }
}

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }

/** Columns get their share of the width by the length of their longest cell, within bounds. */
function columnWidths(token: Tokens.Table, width: number): number[] {
  // A column is never narrower than its (bold) header word, nor wider than a long quotation needs.
  const weights = token.header.map((header, column) => {
    const longest = Math.max(header.text.length, ...token.rows.map((row) => row[column]?.text.length ?? 0))
    return Math.min(Math.max(longest, header.text.length + 3, 8), 48)
  })
  const total = weights.reduce((sum, weight) => sum + weight, 0)
  return weights.map((weight) => Math.floor((width * weight) / total))
}

/** A Markdown table as a Word table: a header row repeated on each page, shaded in the accent's tint. */
function table(token: Tokens.Table, colors: BodyColors): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: colors.rule }
  const widths = columnWidths(token, colors.width)
  const cell = (value: Tokens.TableCell, column: number, header: boolean) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      shading: header ? { type: ShadingType.CLEAR, fill: colors.accentTint, color: 'auto' } : undefined,
      children: [
        new Paragraph({
          alignment: ALIGNMENTS[token.align[column] ?? 'left'],
          spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO },
          children: inlineRuns(value.tokens, header ? { ...PLAIN, bold: true } : PLAIN),
        }),
      ],
    })
  return new Table({
    width: { size: colors.width, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        children: token.header.map((value, column) => cell(value, column, true)),
      }),
      ...token.rows.map(
        (row) => new TableRow({ children: row.map((value, column) => cell(value, column, false)) }),
      ),
    ],
  })
}
