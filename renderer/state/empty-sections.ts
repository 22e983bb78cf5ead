import type { Brief, Section } from '../../main/brief/schema'

/**
 * The sections the PDF leaves out because nothing is written in them. A Sources section prints the
 * brief's source list, so it is empty only when the brief has no sources either.
 */
export function emptySections(brief: Brief): Section[] {
  return brief.sections.filter(
    (section) => section.body.trim() === '' && !(section.kind === 'sources' && brief.sources.length > 0),
  )
}

/** "Purpose", "Purpose and Options", "Purpose, Options and Recommendation". */
function listOf(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** What Export says before it writes a brief with empty sections; null when there are none. */
export function emptySectionsMessage(brief: Brief, output = 'the PDF'): string | null {
  const empty = emptySections(brief)
  if (empty.length === 0) return null
  const names = listOf(empty.map((section) => `“${section.heading}”`))
  return empty.length === 1
    ? `${names} is empty and will be left out of ${output}.`
    : `${names} are empty and will be left out of ${output}.`
}
