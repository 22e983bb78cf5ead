import { Paragraph, TextRun } from 'docx'
import type { ParagraphChild } from 'docx'
import type { Source } from '../brief/schema'
import { formatDate } from '../common/dates'
import { safeHref } from '../templates/inline-text'
import { PLAIN, cleanText, styledText, textRuns } from './inline'
import type { ListNumbering } from './numbering'

function present(value: string | null): string | null {
  const clean = value === null ? '' : cleanText(value).replace(/\s+/g, ' ').trim()
  return clean === '' ? null : clean
}

/** One source's entry, as the PDF sets it: title, outlet, byline and date; then its URL and retrieval date. */
function sourceChildren(source: Source): ParagraphChild[] {
  const children: ParagraphChild[] = []
  const title = present(source.title) ?? 'Untitled source'
  children.push(...textRuns(/[.?!]$/.test(title) ? title : `${title}.`, { ...PLAIN, bold: true }))
  const details: ParagraphChild[][] = []
  const outlet = present(source.outlet)
  if (outlet) details.push(textRuns(outlet, { ...PLAIN, italic: true }))
  const byline = present(source.byline)
  if (byline) details.push(textRuns(byline))
  const date = present(source.date)
  if (date) details.push(textRuns(formatDate(date)))
  details.forEach((detail, index) => children.push(new TextRun(index === 0 ? ' ' : ', '), ...detail))
  if (details.length > 0) children.push(new TextRun('.'))
  const url = present(source.url)
  const retrieved = present(source.retrievedAt)
  if (url || retrieved) children.push(new TextRun({ break: 1 }))
  if (url) {
    const href = safeHref(url)
    children.push(...styledText(url, href === null ? PLAIN : { ...PLAIN, link: href }))
  }
  if (retrieved) children.push(new TextRun(`${url ? ' · ' : ''}Retrieved ${formatDate(retrieved)}.`))
  return children
}

/** The Sources section's list: every source, numbered, in the brief's order; nothing when there are none. */
export function sourceParagraphs(sources: readonly Source[], numbering: ListNumbering): Paragraph[] {
  if (sources.length === 0) return []
  const list = numbering.ordered(1)
  return sources.map(
    (source) => new Paragraph({ numbering: { ...list, level: 0 }, children: sourceChildren(source) }),
  )
}
