/*
 * Dates as briefs print them. Pure: the PDF and the editor's sources list both use it, so the editor
 * shows a date exactly as the page will.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** "2025-03-14" (or an ISO timestamp) as "14 March 2025"; anything else is returned as written. */
export function formatDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(value.trim())
  if (!match) return value.trim()
  const [, year, month, day] = match
  const name = MONTHS[Number(month) - 1]
  if (!name || Number(day) < 1 || Number(day) > 31) return value.trim()
  return `${Number(day)} ${name} ${year}`
}
