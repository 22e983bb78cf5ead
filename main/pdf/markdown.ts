import { markdownLexer } from '../article/markdown-lexer'
import type { MarkedToken, Token, Tokens } from 'marked'
import { PLAIN, textRun } from './blocks'
import type { Align, Block, Run } from './blocks'
import { guardMarkdown } from '../templates/section-markdown-guard'
import { cleanText, decodeEntities } from '../templates/inline-text'
import { inlineRuns } from './inline'

/** Lists nested deeper than this are flattened into the deepest level. */
export const MAX_LIST_DEPTH = 3
/** Block quotes nested deeper than this are merged into the enclosing quote. */
export const MAX_QUOTE_DEPTH = 2

type Context = { listDepth: number; quoteDepth: number; flattened: { lists: boolean; quotes: boolean } }

/** The blocks of a section's Markdown body and what was capped or flattened on the way, as notes. */
export type ParsedMarkdown = { blocks: Block[]; notes: string[] }

/**
 * Parses untrusted Markdown into blocks: caps size and nesting before marked runs, flattens
 * lists and quotes past the layout's depth, and falls back to plain paragraphs if marked fails.
 */
export function parseMarkdown(source: string): ParsedMarkdown {
  const guarded = guardMarkdown(source)
  const notes = [...guarded.notes]
  let tokens: Token[]
  try {
    tokens = markdownLexer().lex(guarded.text)
  } catch (error) {
    notes.push(
      `its Markdown could not be read (${error instanceof Error ? error.message : 'unknown error'}); it is printed as plain text`,
    )
    return { blocks: plainParagraphs(guarded.text), notes }
  }
  const context: Context = { listDepth: 0, quoteDepth: 0, flattened: { lists: false, quotes: false } }
  const blocks = convertBlocks(tokens, context)
  if (context.flattened.lists)
    notes.push(`lists nested more than ${MAX_LIST_DEPTH} levels deep were flattened`)
  if (context.flattened.quotes)
    notes.push(`block quotes nested more than ${MAX_QUOTE_DEPTH} levels deep were merged`)
  return { blocks, notes }
}

/** Blank-line separated paragraphs of plain text. */
export function plainParagraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => cleanText(part).replace(/\s+/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => ({ type: 'paragraph', runs: [textRun(part)] }))
}

function convertBlocks(tokens: readonly Token[], context: Context): Block[] {
  const blocks: Block[] = []
  for (const raw of tokens) {
    const token = raw as MarkedToken
    switch (token.type) {
      case 'paragraph':
        pushParagraph(blocks, inlineRuns(token.tokens, PLAIN))
        break
      case 'text':
        pushParagraph(
          blocks,
          token.tokens ? inlineRuns(token.tokens, PLAIN) : [textRun(decodeEntities(token.text))],
        )
        break
      case 'heading': {
        const runs = inlineRuns(token.tokens, PLAIN)
        if (runs.length > 0) blocks.push({ type: 'heading', level: token.depth <= 3 ? 3 : 4, runs })
        break
      }
      case 'list':
        convertList(token, context, blocks)
        break
      case 'blockquote':
        convertQuote(token, context, blocks)
        break
      case 'code':
        blocks.push({ type: 'code', text: cleanText(token.text) })
        break
      case 'table':
        blocks.push(convertTable(token))
        break
      case 'hr':
        blocks.push({ type: 'rule' })
        break
      case 'html':
        pushParagraph(blocks, [textRun(cleanText(token.text).trim())])
        break
      case 'space':
      case 'def':
        break
      default:
        if ('tokens' in token && Array.isArray(token.tokens))
          pushParagraph(blocks, inlineRuns(token.tokens, PLAIN))
    }
  }
  return blocks
}

function pushParagraph(blocks: Block[], runs: Run[]): void {
  if (runs.some((run) => run.kind === 'text' && run.text.trim() !== ''))
    blocks.push({ type: 'paragraph', runs })
}

function convertList(token: Tokens.List, context: Context, out: Block[]): void {
  const depth = context.listDepth + 1
  const items: Block[][] = []
  collectItems(token, { ...context, listDepth: depth }, items)
  const start = typeof token.start === 'number' && Number.isFinite(token.start) ? token.start : 1
  out.push({ type: 'list', ordered: token.ordered, start, items })
}

/** Converts a list's items; at the depth cap, nested lists' items join this list after their parent item. */
function collectItems(token: Tokens.List, context: Context, items: Block[][]): void {
  for (const item of token.items) {
    const blocks: Block[] = []
    const hoisted: Tokens.List[] = []
    const body: Token[] = []
    for (const child of item.tokens) {
      if (child.type === 'list' && context.listDepth >= MAX_LIST_DEPTH) hoisted.push(child as Tokens.List)
      else body.push(child)
    }
    if (item.task) blocks.push({ type: 'paragraph', runs: [textRun(item.checked ? '[x]' : '[ ]')] })
    for (const converted of convertBlocks(body, context)) blocks.push(converted)
    mergeTaskBox(blocks)
    items.push(blocks)
    for (const nested of hoisted) {
      context.flattened.lists = true
      collectItems(nested, context, items)
    }
  }
}

function mergeTaskBox(blocks: Block[]): void {
  const [box, first] = blocks
  if (box?.type === 'paragraph' && first?.type === 'paragraph' && blocks.length >= 2) {
    blocks.splice(0, 2, { type: 'paragraph', runs: [...box.runs, textRun(' '), ...first.runs] })
  }
}

function convertQuote(token: Tokens.Blockquote, context: Context, out: Block[]): void {
  if (context.quoteDepth >= MAX_QUOTE_DEPTH) {
    context.flattened.quotes = true
    for (const converted of convertBlocks(token.tokens, context)) out.push(converted)
    return
  }
  const blocks = convertBlocks(token.tokens, { ...context, quoteDepth: context.quoteDepth + 1 })
  const attribution = takeAttribution(blocks)
  if (blocks.length > 0 || attribution) out.push({ type: 'quote', blocks, attribution })
}

const ATTRIBUTION_START = /^\s*(?:—|―|–|--)\s*/

/**
 * Takes the attribution off a quote: a last line (or last paragraph) that starts with an em dash,
 * a horizontal bar, an en dash or `--`. Returns its runs without the dash, or null.
 */
export function takeAttribution(blocks: Block[]): Run[] | null {
  const last = blocks[blocks.length - 1]
  if (last?.type !== 'paragraph') return null
  const runs = last.runs
  // Find the last soft line break; the attribution is what follows it.
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]
    if (run?.kind === 'break') return splitAttribution(blocks, runs.slice(0, i), runs.slice(i + 1))
    if (run?.kind !== 'text') continue
    const newline = run.text.lastIndexOf('\n')
    if (newline >= 0) {
      const before = [...runs.slice(0, i), textRun(run.text.slice(0, newline), run.style)]
      const after = [textRun(run.text.slice(newline + 1), run.style), ...runs.slice(i + 1)]
      return splitAttribution(blocks, before, after)
    }
  }
  return blocks.length > 1 ? splitAttribution(blocks, [], runs.slice()) : null
}

function splitAttribution(blocks: Block[], before: Run[], after: Run[]): Run[] | null {
  const first = after.findIndex((run) => run.kind !== 'text' || run.text.trim() !== '')
  const head = after[first]
  if (head?.kind !== 'text' || !ATTRIBUTION_START.test(head.text)) return null
  const attribution = [
    textRun(head.text.replace(ATTRIBUTION_START, ''), head.style),
    ...after.slice(first + 1),
  ]
  blocks.pop()
  if (before.some((run) => run.kind === 'text' && run.text.trim() !== ''))
    blocks.push({ type: 'paragraph', runs: before })
  return attribution
}

function convertTable(token: Tokens.Table): Block {
  const cell = (value: Tokens.TableCell): Run[] => inlineRuns(value.tokens, PLAIN)
  const align: Align[] = token.align.map((value) => value ?? 'left')
  return {
    type: 'table',
    align,
    header: token.header.map(cell),
    rows: token.rows.map((row) => row.map(cell)),
  }
}
