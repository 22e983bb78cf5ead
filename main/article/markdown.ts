import { markdownLexer } from './markdown-lexer'
import type { Token, Tokens } from 'marked'
import type { Article } from './types'
import type { ArticleDraft, BlockDraft, ReadContext } from './assemble'
import { assembleArticle, normalizeSpace } from './assemble'
import { ArticleError, formatBytes } from './errors'
import { limits } from './limits'
import { assertMarkdownDepth } from './markdown-guard'
import { splitFrontMatter } from './markdown-front-matter'

/**
 * Markdown → Article with marked's lexer. The first h1 is the headline; an all-emphasis paragraph
 * right after it is the dek; YAML front matter, when present, fills the rest of the metadata.
 * Raw HTML blocks and images are left out: they are markup, not article text.
 */
export function readMarkdown(markdown: string, context: ReadContext): Article {
  if (markdown.length > limits.markdownChars) {
    throw new ArticleError(
      'too-large',
      `${context.origin} is over ${formatBytes(limits.markdownChars)} of Markdown.`,
    )
  }
  const { meta, body } = splitFrontMatter(markdown.replace(/\r\n?/g, '\n'))
  assertMarkdownDepth(body, limits.markdownDepth, context.origin)
  const warnings: string[] = []
  const tokens = lex(body, context.origin, warnings)
  const top = tokens.filter((token) => token.type !== 'space')
  const draft: ArticleDraft = { meta: { ...meta }, blocks: [], warnings }
  const skip = new Set<Token>()
  const titleAt = top.findIndex((token) => token.type === 'heading' && (token as Tokens.Heading).depth === 1)
  if (titleAt !== -1) {
    draft.meta.title ??= inlineText(top[titleAt])
    skip.add(top[titleAt])
    let next: Token | undefined = top[titleAt + 1]
    if (next?.type === 'paragraph' && isAllEmphasis(next as Tokens.Paragraph)) {
      draft.meta.subtitle ??= inlineText(next)
      skip.add(next)
      next = top[titleAt + 2]
    }
    const byline = next?.type === 'paragraph' ? /^by\s+(\S.{0,80})$/i.exec(inlineText(next)) : null
    if (next && byline) {
      draft.meta.byline ??= byline[1]
      skip.add(next)
    }
  }
  for (const token of top) if (!skip.has(token)) blocksOf(token, 'paragraph', draft.blocks)
  return assembleArticle(draft, context)
}

/**
 * marked's lex(), with two guards: a block whose inline text is too long keeps its raw text
 * (emphasis parsing is quadratic: 100 KB of `*a` takes seconds), and the whole inline pass has a
 * time budget.
 */
function lex(markdown: string, origin: string, warnings: string[]): Token[] {
  const lexer = markdownLexer()
  try {
    lexer.blockTokens(markdown, lexer.tokens)
  } catch (error) {
    throw new ArticleError(
      'too-complex',
      `${origin} is too complex for the Markdown reader; rename it to .txt.`,
      { cause: error },
    )
  }
  const started = performance.now()
  let raw = 0
  for (const item of lexer.inlineQueue) {
    if (item.src.length > limits.markdownInlineChars) {
      item.tokens.push({ type: 'text', raw: item.src, text: item.src })
      raw++
      continue
    }
    lexer.state.inRawBlock = false
    lexer.inlineTokens(item.src, item.tokens)
    if (performance.now() - started > limits.markdownInlineMs) {
      throw new ArticleError('too-complex', `${origin} took too long to read as Markdown; rename it to .txt.`)
    }
  }
  lexer.inlineQueue = []
  if (raw > 0)
    warnings.push(`${raw} very long paragraph${raw === 1 ? ' was' : 's were'} kept as raw Markdown.`)
  return lexer.tokens
}

function blocksOf(token: Token, kind: BlockDraft['kind'], out: BlockDraft[]): void {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading
      out.push({ kind: 'heading', text: inlineText(heading), level: heading.depth })
      return
    }
    case 'paragraph':
    case 'text':
      out.push({ kind, text: inlineText(token) })
      return
    case 'code':
      out.push({ kind, text: (token as Tokens.Code).text })
      return
    case 'blockquote':
      for (const child of (token as Tokens.Blockquote).tokens) blocksOf(child, 'quote', out)
      return
    case 'list': {
      // One block per list, one item per line (nested items too), as plain text lists are read.
      const lines: string[] = []
      listLines(token as Tokens.List, lines)
      out.push({ kind: 'list', text: lines.join('\n') })
      return
    }
    case 'table': {
      const table = token as Tokens.Table
      for (const row of [table.header, ...table.rows])
        out.push({ kind, text: row.map((cell) => inlineText(cell)).join(' | ') })
      return
    }
    default:
      // space, hr, def, html: no article text.
      return
  }
}

function listLines(list: Tokens.List, lines: string[]): void {
  for (const item of list.items) {
    lines.push(
      item.tokens
        .filter((t) => t.type === 'text' || t.type === 'paragraph')
        .map(inlineText)
        .join(' '),
    )
    for (const child of item.tokens) {
      if (child.type === 'list') listLines(child as Tokens.List, lines)
      else if (child.type !== 'text' && child.type !== 'paragraph') {
        const inner: BlockDraft[] = []
        blocksOf(child, 'list', inner)
        lines.push(...inner.map((block) => block.text))
      }
    }
  }
}

/** Plain text of inline tokens: emphasis and links keep their words, images and raw HTML drop out. */
function inlineText(token: Token | Tokens.TableCell): string {
  const { text: own, tokens } = token as { text?: unknown; tokens?: Token[] }
  if (!tokens) return decodeEntities(typeof own === 'string' ? own : '')
  let text = ''
  for (const child of tokens) {
    switch (child.type) {
      case 'image':
      case 'html':
        break
      case 'br':
        text += ' '
        break
      case 'codespan':
      case 'escape':
        text += decodeEntities((child as Tokens.Codespan).text)
        break
      default:
        text += inlineText(child)
    }
  }
  return normalizeSpace(text)
}

function isAllEmphasis(paragraph: Tokens.Paragraph): boolean {
  const parts = paragraph.tokens.filter((t) => !(t.type === 'text' && t.raw.trim() === ''))
  return parts.length === 1 && (parts[0].type === 'em' || parts[0].type === 'strong')
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}
