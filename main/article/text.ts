import type { Article } from './types'
import type { BlockInput } from './text-build'
import { buildArticle } from './text-build'
import type { MarkedUnit } from './text-furniture'
import { markUnits } from './text-furniture'
import { bareBylineOf, isTimeLine, looksLikeOutletLine, metadataRowDate, opensSection } from './text-header'
import { labelOf, runInHeadings, splitLabel } from './text-labels'
import {
  bylineOf,
  datelineOf,
  isDateLine,
  isListItem,
  isoDate,
  looksLikeDek,
  looksLikeHeading,
  looksLikeHeadline,
  looksLikeQuotedHeading,
  looksLikeTitleCase,
} from './text-lines'
import { toUnits } from './text-units'

export { buildArticle, articleIdFor, NO_HEADLINE_WARNING } from './text-build'
export type { ArticleInput, BlockInput } from './text-build'

export type TextOptions = {
  retrievedAt?: string
  id?: string
  /**
   * The text is an article's body as a reader already gave it (a brief's snapshot of its source):
   * there is no headline, byline, date or dek above it to find, so none of its lines is taken for one.
   */
  bodyOnly?: boolean
}

/** How many leading units may still be header material (byline, date, dek) after the headline. */
const HEADER_ZONE = 6

type Header = {
  title: string | null
  outlet: string | null
  published: string | null
  /** Index of the first unit after the headline (or after the publisher's lines when there is none). */
  next: number
}

/**
 * Reads plain text into an Article. Plain text has no markup, so structure is inferred from line
 * shapes: a headline-like first line is the title, a short unpunctuated line under it the dek, short
 * unpunctuated lines between paragraphs are section headings, "By …" lines and bare names at the top
 * the byline; a publisher's name above the story is the outlet, not the headline. Page furniture
 * (credits, share bars, player controls, promotions printed twice) is dropped with a warning, captions
 * become caption blocks, a box of key points stays a list under its label, and transcript speaker
 * labels ("MODERATOR: …") stay paragraphs. Datelines stay in their paragraph; the shared builder
 * records them in `meta.dateline`.
 */
export function articleFromText(text: string, origin: string, options: TextOptions = {}): Article {
  const marked = markUnits(toUnits(text))
  const kept = marked.filter((unit) => unit.role !== 'drop')
  let removed = marked.length - kept.length
  const runIns = runInHeadings(kept.map((unit) => unit.text))
  const header: Header = options.bodyOnly
    ? { title: null, outlet: null, published: null, next: 0 }
    : readHeader(kept)
  let { outlet, published } = header
  let subtitle: string | null = null
  let byline: string | null = null

  const blocks: BlockInput[] = []
  /** Headings found only by their shape, which the last step may turn back into paragraphs. */
  const shapeHeadings = new Set<BlockInput>()
  let list: string[] = []
  const flushList = (): void => {
    if (list.length > 0) add({ kind: 'list', text: list.join('\n') })
    list = []
  }
  const counts = { heading: 0, paragraph: 0, quote: 0, list: 0, caption: 0 }
  const count = (kind: BlockInput['kind']): number => counts[kind]
  const add = (...added: BlockInput[]): void => {
    for (const block of added) counts[block.kind] += 1
    blocks.push(...added)
  }
  for (let index = header.next; index < kept.length; index++) {
    const unit = kept[index] as MarkedUnit
    const line = unit.text
    if (unit.role === 'box-item') {
      list.push(line)
      continue
    }
    if (unit.role === 'caption' || unit.role === 'box-label') {
      flushList()
      if (unit.role === 'caption') add({ kind: 'caption', text: line })
      else add({ kind: 'heading', text: line.replace(/\s*:$/u, ''), level: 2 })
      continue
    }
    const body = count('paragraph') + count('heading') + count('list')
    // Short lines above the story ("Via Teleconference") do not end the header; a paragraph does.
    if (!options.bodyOnly && count('paragraph') + count('list') === 0 && index - header.next < HEADER_ZONE) {
      // Some pages print their header lines as bullets ("• By Jane Doe").
      const bare = line.replace(/^[•·▪◦]\s+/u, '')
      if (byline === null && bylineOf(bare) !== null) {
        byline = bylineOf(bare)
        continue
      }
      const date = dateOf(line)
      if (date !== null) {
        published ??= date
        continue
      }
      if (isTimeLine(line)) {
        removed += 1
        continue
      }
      if (outlet === null && looksLikeOutletLine(line)) {
        outlet = line
        continue
      }
    }
    // A byline printed as a bare name comes before the story or right after a standfirst paragraph;
    // once a dateline has opened the story, the byline is behind.
    if (
      !options.bodyOnly &&
      byline === null &&
      count('heading') === 0 &&
      count('paragraph') <= 1 &&
      bareBylineOf(line) !== null &&
      !blocks.some((block) => block.kind === 'paragraph' && datelineOf(block.text) !== null)
    ) {
      byline = line
      continue
    }
    if (
      header.title !== null &&
      subtitle === null &&
      body === 0 &&
      index === header.next &&
      labelOf(line) === null &&
      looksLikeDek(line)
    ) {
      subtitle = line
      continue
    }
    if (isListItem(line)) {
      list.push(line)
      continue
    }
    flushList()
    const label = labelOf(line)
    if (label !== null && runIns.has(label)) {
      const { rest } = splitLabel(line, label)
      add({ kind: 'heading', text: label, level: 2 }, { kind: 'paragraph', text: rest })
      continue
    }
    const next = kept[index + 1]
    // A speaker's turn in a transcript ("MS PORTER: Oh, …") is never a heading, however it ends.
    const heading =
      label === null &&
      (next !== undefined
        ? looksLikeHeading(line) || looksLikeQuotedHeading(line)
        : body > 0 && looksLikeHeading(line) && looksLikeTitleCase(line))
    const block: BlockInput = heading
      ? { kind: 'heading', text: line, level: 2 }
      : { kind: 'paragraph', text: line }
    if (heading) shapeHeadings.add(block)
    add(block)
  }
  flushList()
  demoteHeaderHeadings(blocks, shapeHeadings)

  const warnings: string[] = []
  if (removed > 0) warnings.push(`Removed ${removed} boilerplate line${removed === 1 ? '' : 's'}`)
  return buildArticle({
    meta: {
      origin,
      title: header.title,
      subtitle,
      byline,
      outlet,
      published,
      url: /^https?:\/\//iu.test(origin) ? origin : null,
      ...(options.retrievedAt === undefined ? {} : { retrievedAt: options.retrievedAt }),
    },
    blocks,
    warnings,
    ...(options.id === undefined ? {} : { id: options.id }),
  })
}

/** The date a header line gives: a date line (yyyy-mm-dd when it parses) or a metadata row's date. */
function dateOf(line: string): string | null {
  return isDateLine(line) ? (isoDate(line) ?? line) : metadataRowDate(line)
}

/**
 * The lines above the story: a publisher's name ("U.S. Department of Defense") followed by a date, a
 * metadata row or a dateline is the outlet, not the headline; then dates and metadata rows; then the
 * headline, if one is there. With no headline the title stays null (never invented).
 */
function readHeader(kept: readonly MarkedUnit[]): Header {
  let index = 0
  let outlet: string | null = null
  let published: string | null = null
  const text = (at: number): string => kept[at]?.text ?? ''
  if (kept.length > 1 && looksLikeOutletLine(text(0))) {
    const next = text(1)
    if (dateOf(next) !== null || datelineOf(next) !== null) {
      outlet = text(0)
      index = 1
      for (let date = dateOf(text(index)); date !== null && index < kept.length; date = dateOf(text(index))) {
        published ??= date
        index += 1
      }
    }
  }
  const first = kept[index]
  if (first?.role === 'content' && index + 1 < kept.length && looksLikeHeadline(first.text)) {
    return { title: first.text, outlet, published, next: index + 1 }
  }
  return { title: null, outlet, published, next: index }
}

/**
 * Short lines before the story's first paragraph are header material (a venue, "Via Teleconference",
 * a comment prompt) unless the text has sections: they stay headings when headings follow the first
 * paragraph too, or when they open with a section word ("Background").
 */
function demoteHeaderHeadings(blocks: BlockInput[], shapeHeadings: ReadonlySet<BlockInput>): void {
  const firstParagraph = blocks.findIndex((block) => block.kind === 'paragraph')
  if (firstParagraph < 0) return
  if (blocks.slice(firstParagraph).some((block) => block.kind === 'heading')) return
  blocks.forEach((block, index) => {
    if (index < firstParagraph && shapeHeadings.has(block) && !opensSection(block.text))
      blocks[index] = { kind: 'paragraph', text: block.text }
  })
}
