import type { Source } from '../brief/schema'
import { formatDate } from '../common/dates'
import { PLAIN, textRun } from './blocks'
import type { Block, InlineStyle, Run } from './blocks'
import { cleanText, safeHref } from '../templates/inline-text'

const BOLD: InlineStyle = { ...PLAIN, bold: true }
const ITALIC: InlineStyle = { ...PLAIN, italic: true }

function present(value: string | null): string | null {
  const clean = value === null ? '' : cleanText(value).replace(/\s+/g, ' ').trim()
  return clean === '' ? null : clean
}

/** One source's entry: title, outlet, byline and date; then its URL (a link when http, https or mailto) and retrieval date. */
export function sourceRuns(source: Source): Run[] {
  const runs: Run[] = []
  const title = present(source.title) ?? 'Untitled source'
  runs.push(textRun(/[.?!]$/.test(title) ? title : `${title}.`, BOLD))
  const details: Run[][] = []
  const outlet = present(source.outlet)
  if (outlet) details.push([textRun(outlet, ITALIC)])
  const byline = present(source.byline)
  if (byline) details.push([textRun(byline)])
  const date = present(source.date)
  if (date) details.push([textRun(formatDate(date))])
  details.forEach((detail, index) => {
    runs.push(textRun(index === 0 ? ' ' : ', '), ...detail)
  })
  if (details.length > 0) runs.push(textRun('.'))
  const url = present(source.url)
  const retrieved = present(source.retrievedAt)
  if (url || retrieved) runs.push({ kind: 'break' })
  if (url) {
    const href = safeHref(url)
    runs.push(textRun(url, href === null ? PLAIN : { ...PLAIN, link: href }))
  }
  if (retrieved) runs.push(textRun(`${url ? ' · ' : ''}Retrieved ${formatDate(retrieved)}.`))
  return runs
}

/** The Sources section's list: every source, numbered, in the brief's order; nothing when there are none. */
export function sourceBlocks(sources: readonly Source[]): Block[] {
  if (sources.length === 0) return []
  return [
    {
      type: 'list',
      ordered: true,
      start: 1,
      items: sources.map((source) => [{ type: 'paragraph', runs: sourceRuns(source) }]),
    },
  ]
}
