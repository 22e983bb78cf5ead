import type { Article, ArticleMeta } from './types'
import type { BlockInput } from './text-build'
import { buildArticle } from './text-build'

/** A block before offsets are known (the shared builder's input type). */
export type BlockDraft = BlockInput

/** What a format reader found; origin and retrievedAt come from the caller. */
export type ArticleDraft = {
  meta: Partial<Omit<ArticleMeta, 'origin' | 'retrievedAt'>>
  blocks: BlockDraft[]
  warnings?: string[]
}

/** Where the source came from and when: the parts of an Article no format reader can know. */
export type ReadContext = { origin: string; retrievedAt: string }

/** Collapses whitespace (including no-break and zero-width spaces) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}

/**
 * Hands a markup reader's draft to the shared builder (text-build), after what markup readers
 * have in common: heading levels renumbered so the top section level is 2 (the headline is level
 * 1 and never a block, and sources skip levels freely), and dates as yyyy-mm-dd where they parse.
 */
export function assembleArticle(draft: ArticleDraft, context: ReadContext): Article {
  const blocks = draft.blocks.map((block) => ({
    ...block,
    text:
      block.kind === 'list'
        ? block.text.split('\n').map(normalizeSpace).join('\n')
        : normalizeSpace(block.text),
  }))
  const levels = [...new Set(blocks.flatMap((b) => (b.kind === 'heading' && b.text ? [b.level ?? 2] : [])))]
  levels.sort((a, b) => a - b)
  for (const block of blocks) {
    if (block.kind === 'heading') block.level = Math.min(6, 2 + levels.indexOf(block.level ?? 2))
  }
  return buildArticle({
    meta: { ...draft.meta, published: normalizeDate(draft.meta.published), ...context },
    blocks,
    warnings: draft.warnings ?? [],
  })
}

/** yyyy-mm-dd when the value parses as a date; otherwise the value as found. */
export function normalizeDate(value: string | null | undefined): string | null {
  const text = value ? normalizeSpace(value) : ''
  if (text === '') return null
  // Take the written calendar date: converting to UTC could move it to the day before or after.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const parsed = new Date(text)
  if (Number.isNaN(parsed.getTime()) || !/\d{4}/.test(text)) return text
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`
}

// The api's ArticleSchema bounds (main/api/pipeline-schemas.ts): an article outside them could be
// read but not sent to the UI, so readers cut to fit and say so.
const maxText = 5_000_000
const maxBlocks = 100_000
const maxLine = 1000

/** Cuts an article to the api's bounds: text and blocks at a block boundary, metadata lines, warnings. */
export function fitArticle(article: Article): Article {
  const warnings = [...article.warnings]
  let blocks = article.blocks
  const over = blocks.findIndex((block, i) => block.end > maxText || i >= maxBlocks)
  if (over !== -1) {
    blocks = blocks.slice(0, over)
    warnings.push(`The article was cut after ${blocks.length} blocks; the rest is too long to keep.`)
  }
  const text = over === -1 ? article.text : article.text.slice(0, blocks.at(-1)?.end ?? 0)
  const line = (value: string | null, max = maxLine) =>
    value !== null && value.length > max ? `${value.slice(0, max - 1)}\u2026` : value
  const meta: ArticleMeta = {
    ...article.meta,
    title: line(article.meta.title),
    subtitle: line(article.meta.subtitle),
    byline: line(article.meta.byline),
    outlet: line(article.meta.outlet),
    published: line(article.meta.published, 100),
    url: article.meta.url !== null && article.meta.url.length > 4000 ? null : article.meta.url,
    origin: line(article.meta.origin, 4000) ?? '',
  }
  return { ...article, meta, text, blocks, warnings: warnings.slice(0, 200).map((w) => line(w) ?? '') }
}
