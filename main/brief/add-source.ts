import type { Brief, Section, Source } from './schema'

/*
 * Adding an article to a brief the analyst has been editing. Only what is drafted across sources is
 * re-drafted: Positions (the matrix gains a source column, shared quotations merge) and the source
 * list. Every other section is the analyst's text by now and is kept exactly as it stands.
 */

/** The brief's Positions sections: those the merge may replace. */
function isPositions(section: Section): boolean {
  return section.kind === 'positions'
}

/** The drafted section that stands for `section`: the same id, else the first of the same kind. */
function counterpart(section: Section, drafted: Brief): Section | undefined {
  return (
    drafted.sections.find((candidate) => candidate.id === section.id && candidate.kind === section.kind) ??
    drafted.sections.find((candidate) => candidate.kind === section.kind)
  )
}

/**
 * The brief's sources with the drafted ones it does not hold appended, in the draft's order. Sources
 * already listed keep their entry as it stands: the analyst may have corrected an outlet or a date.
 */
export function appendSources(brief: Brief, drafted: Brief): Brief {
  const known = new Set(brief.sources.map((source) => source.id))
  const added: Source[] = drafted.sources.filter((source) => !known.has(source.id))
  return added.length === 0 ? brief : { ...brief, sources: [...brief.sources, ...added] }
}

/**
 * The brief with its Positions section(s) replaced by those of `drafted` (a fresh draft from all of
 * the brief's sources and the new ones) and the new sources appended; every other section, the
 * title and details are kept as they are.
 */
export function addSource(brief: Brief, drafted: Brief): Brief {
  const sections = brief.sections.map((section) => {
    if (!isPositions(section)) return section
    const fresh = counterpart(section, drafted)
    return fresh ? { ...section, body: fresh.body, provenance: fresh.provenance } : section
  })
  return appendSources({ ...brief, sections }, drafted)
}

/**
 * Whether the analyst changed Positions since it was drafted: `draftedBefore` is a fresh draft of
 * the brief's own sources (before the new article), which is what the section held when drafted.
 * `null`: the brief had no source, so any text in Positions is the analyst's. A brief without a
 * Positions section has nothing to lose.
 */
export function positionsEdited(brief: Brief, draftedBefore: Brief | null): boolean {
  return brief.sections.some((section) => {
    if (!isPositions(section)) return false
    const fresh = draftedBefore && counterpart(section, draftedBefore)
    return normalized(section.body) !== normalized(fresh?.body ?? '')
  })
}

/** Trailing spaces and line-ending style are no edit of the analyst's. */
function normalized(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trim()
}
