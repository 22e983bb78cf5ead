import type { Article, ArticleMeta, Block, Dateline } from './types'
import { datelineOf } from './text-lines'

/** A block as a format reader finds it, before offsets exist. */
export type BlockInput = { kind: Block['kind']; text: string; level?: number }

/** What a format reader knows; everything but `origin` may be left out. */
export type ArticleInput = {
  meta: Partial<ArticleMeta> & { origin: string }
  blocks: readonly BlockInput[]
  warnings?: readonly string[]
  /** Explicit id; otherwise `article-<hash8>` of the joined body text. */
  id?: string
}

export const NO_HEADLINE_WARNING = 'No headline found'

/**
 * The one normaliser every format reader (text, Markdown, HTML, DOCX, PDF) ends with: it cleans the
 * whitespace of each block, drops empty blocks, joins the block texts with a blank line into
 * `Article.text` and gives every block its `start`/`end` there, so `text.slice(start, end) === block.text`
 * always holds. Paragraph-like blocks get their whitespace runs collapsed to one space; list blocks keep
 * one item per line. A null title adds the "No headline found" warning (never invent one).
 */
export function buildArticle(input: ArticleInput): Article {
  const blocks: Block[] = []
  let text = ''
  for (const raw of input.blocks) {
    const clean = raw.kind === 'list' ? cleanList(raw.text) : collapseSpace(raw.text)
    if (clean === '') continue
    if (text !== '') text += '\n\n'
    const start = text.length
    text += clean
    const block: Block = { kind: raw.kind, text: clean, start, end: text.length }
    if (raw.kind === 'heading') block.level = raw.level ?? 2
    else if (raw.level !== undefined) block.level = raw.level
    blocks.push(block)
  }
  const dateline = input.meta.dateline ?? findDateline(blocks)
  const meta: ArticleMeta = {
    title: emptyToNull(input.meta.title),
    subtitle: emptyToNull(input.meta.subtitle),
    byline: emptyToNull(input.meta.byline),
    // A wire story names its agency in the dateline ("(AP)") when nothing else names the outlet.
    outlet: emptyToNull(input.meta.outlet) ?? dateline?.agency ?? null,
    published: emptyToNull(input.meta.published) ?? dateline?.date ?? null,
    url: emptyToNull(input.meta.url),
    retrievedAt: input.meta.retrievedAt ?? new Date().toISOString(),
    origin: input.meta.origin,
    ...(dateline ? { dateline } : {}),
  }
  const warnings = [...(input.warnings ?? [])]
  if (meta.title === null && !warnings.includes(NO_HEADLINE_WARNING)) warnings.unshift(NO_HEADLINE_WARNING)
  return { id: input.id ?? articleIdFor(text), meta, text, blocks, warnings }
}

/** The dateline of the story: at the start of one of its first paragraphs (the first may be a dek). */
function findDateline(blocks: readonly Block[]): Dateline | undefined {
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').slice(0, 3)
  for (const block of paragraphs) {
    const parts = datelineOf(block.text)
    if (!parts) continue
    const text = block.text.slice(0, parts.length).replace(/[\s—–-]+$/u, '')
    const { length: _length, ...rest } = parts
    return { ...rest, text, start: block.start, end: block.start + text.length }
  }
  return undefined
}

/** Deterministic id for a text: `article-` and 8 hex digits of a 32-bit FNV-1a hash of its UTF-16 units. */
export function articleIdFor(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `article-${hash.toString(16).padStart(8, '0')}`
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function cleanList(text: string): string {
  return text
    .split('\n')
    .map((line) => collapseSpace(line))
    .filter((line) => line !== '')
    .join('\n')
}

function emptyToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null
  const clean = collapseSpace(value)
  return clean === '' ? null : clean
}
