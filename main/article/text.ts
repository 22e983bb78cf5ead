import type { Article } from './types'
import type { BlockInput } from './text-build'
import { buildArticle } from './text-build'
import {
  bylineOf,
  datelineOf,
  isBoilerplate,
  isDateLine,
  isListItem,
  looksLikeDek,
  looksLikeHeading,
  looksLikeHeadline,
} from './text-lines'

export { buildArticle, articleIdFor, NO_HEADLINE_WARNING } from './text-build'
export type { ArticleInput, BlockInput } from './text-build'

export type TextOptions = { retrievedAt?: string; id?: string }

/** How many leading units may still be header material (byline, date, dek) after the headline. */
const HEADER_ZONE = 6

/**
 * Reads plain text into an Article. Plain text has no markup, so structure is inferred from line
 * shapes: a headline-like first line is the title, a short unpunctuated line under it the dek, short
 * unpunctuated lines between paragraphs are section headings, "By …" lines the byline; page furniture
 * (photo credits, copyright, newsletter prompts) is dropped with a warning. Datelines ("KYIV, Ukraine
 * (AP) —") stay in their paragraph; their agency fills `meta.outlet` when nothing else does.
 */
export function articleFromText(text: string, origin: string, options: TextOptions = {}): Article {
  const units = toUnits(text)
  const kept = units.filter((unit) => !isBoilerplate(unit))
  const removed = units.length - kept.length

  let title: string | null = null
  let subtitle: string | null = null
  let byline: string | null = null
  let published: string | null = null
  let outlet: string | null = null
  let index = 0
  if (kept.length > 1 && kept[0] !== undefined && looksLikeHeadline(kept[0])) {
    title = kept[0]
    index = 1
  }

  const blocks: BlockInput[] = []
  let list: string[] = []
  const flushList = (): void => {
    if (list.length > 0) blocks.push({ kind: 'list', text: list.join('\n') })
    list = []
  }
  for (; index < kept.length; index++) {
    const unit = kept[index] ?? ''
    const inHeader = blocks.length === 0 && index < HEADER_ZONE + (title === null ? 0 : 1)
    if (inHeader && byline === null && bylineOf(unit) !== null) {
      byline = bylineOf(unit)
      continue
    }
    if (inHeader && published === null && isDateLine(unit)) {
      published = isoDate(unit) ?? unit
      continue
    }
    if (title !== null && subtitle === null && index === 1 && looksLikeDek(unit)) {
      subtitle = unit
      continue
    }
    if (isListItem(unit)) {
      list.push(unit)
      continue
    }
    flushList()
    const next = kept[index + 1]
    if (next !== undefined && looksLikeHeading(unit)) {
      blocks.push({ kind: 'heading', text: unit, level: 2 })
      continue
    }
    const dateline = datelineOf(unit)
    if (dateline?.agency && outlet === null) outlet = dateline.agency
    blocks.push({ kind: 'paragraph', text: unit })
  }
  flushList()

  const warnings: string[] = []
  if (removed > 0) warnings.push(`Removed ${removed} boilerplate line${removed === 1 ? '' : 's'}`)
  return buildArticle({
    meta: {
      origin,
      title,
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

/**
 * Splits text into logical lines ("units"). Blank lines separate chunks; inside a chunk, a hard-wrapped
 * paragraph is joined back into one unit, while one-paragraph-per-line text keeps each line.
 */
function toUnits(text: string): string[] {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
  const units: string[] = []
  let chunk: string[] = []
  for (const line of [...lines, '']) {
    if (line !== '') {
      chunk.push(line)
      continue
    }
    for (const unit of unwrap(chunk)) units.push(unit)
    chunk = []
  }
  return units
}

/**
 * A line is wrapped into the next when it fills most of the chunk's width (under 120 columns) and the
 * next line's first word would not have fitted after it (how greedy wrapping breaks lines), or it breaks
 * mid-sentence before a lower-case word. A headline over its dek stays two lines: the dek's first word
 * would have fitted after the headline.
 */
function unwrap(chunk: readonly string[]): string[] {
  if (chunk.length < 2) return [...chunk]
  const width = chunk.reduce((max, line) => Math.max(max, line.length), 0)
  if (width > 120 || width < 30) return [...chunk]
  const endsSentence = (line: string): boolean => /[.!?]["'”’)]*$/u.test(line)
  // Wrapped prose breaks most full lines mid-sentence; one paragraph per line ends them with a stop.
  const midSentence = chunk.slice(0, -1).filter((line) => line.length >= 0.75 * width && !endsSentence(line))
  const prose = midSentence.length >= 2
  const units: string[] = []
  let previousLine: string | undefined
  for (const line of chunk) {
    const previous = units.at(-1)
    const firstWord = line.split(' ')[0] ?? ''
    const wrapped =
      previousLine !== undefined &&
      previousLine.length >= 0.6 * width &&
      !isBoilerplate(previousLine) &&
      !isBoilerplate(line) &&
      ((previousLine.length + 1 + firstWord.length > width - 3 && (!endsSentence(previousLine) || prose)) ||
        (/^[\p{Ll}\p{N}]/u.test(line) && !endsSentence(previousLine)))
    const continues =
      previous !== undefined && wrapped && !isListItem(line) && bylineOf(line) === null && !isDateLine(line)
    if (continues) units[units.length - 1] = `${previous} ${line}`
    else units.push(line)
    previousLine = line
  }
  return units
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** yyyy-mm-dd of a date line, computed by hand so the result does not depend on the time zone. */
function isoDate(line: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/u.exec(line)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const monthFirst = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(line)
  const dayFirst = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/u.exec(line)
  const [month, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : []
  const monthIndex = MONTHS.indexOf((month ?? '').toLowerCase())
  if (monthIndex < 0 || day === undefined || year === undefined) return null
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`
}
