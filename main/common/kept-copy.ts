/** A source as a brief lists it (Source in main/brief/schema.ts), with the copy of its text it keeps. */
type ListedSource = {
  id: string
  text: string | null
  title: string | null
  outlet: string | null
  byline: string | null
  date: string | null
  url: string | null
  retrievedAt: string | null
}

/** A source's article as a brief keeps it: its details and its text as read. */
export type KeptCopy = Omit<ListedSource, 'text'> & { text: string }

/**
 * What a source's article is read back from when the file it came from is not open: the copy of
 * its text the brief keeps and its details. Null for a brief that keeps none (saved before briefs
 * kept their sources' text, or a text longer than a brief keeps).
 */
export function keptCopyOf(source: ListedSource): KeptCopy | null {
  const { id, text, title, outlet, byline, date, url, retrievedAt } = source
  return text === null ? null : { id, text, title, outlet, byline, date, url, retrievedAt }
}
