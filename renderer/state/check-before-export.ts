import type { Brief } from '../../main/brief/schema'
import type { Client } from '../api'

/** Errors listed by name in the question; the rest are counted. */
const LISTED = 3

/**
 * What Export asks before it writes a brief the check finds errors in; null when there are none or
 * the user turned the question off in Settings. Empty sections are left to the export's own
 * question about them, so nothing is asked twice.
 */
export async function checkErrorsMessage(
  api: Pick<Client, 'getSettings' | 'checkBrief'>,
  brief: Brief,
): Promise<string | null> {
  if (!(await api.getSettings({})).checkBeforeExport) return null
  const { findings } = await api.checkBrief({ brief })
  const errors = findings.filter(
    (finding) => finding.severity === 'error' && finding.rule !== 'empty-section',
  )
  if (errors.length === 0) return null
  const headings = new Map(brief.sections.map((section) => [section.id, section.heading]))
  const listed = errors
    .slice(0, LISTED)
    .map((finding) => `${headings.get(finding.section) ?? finding.section}: ${finding.message}`)
  const more = errors.length > LISTED ? ` And ${errors.length - LISTED} more.` : ''
  const count = errors.length === 1 ? 'an error' : `${errors.length} errors`
  return `The check found ${count}. ${listed.join(' ')}${more} Export anyway?`
}
