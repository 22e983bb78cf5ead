import type { SectionAnchor } from './flow-document'
import type { Placed } from './flow-types'

/** Where a printed section lies in the laid-out PDF: the pages (1-based) of its first and last lines. */
export type SectionPages = { id: string; firstPage: number; lastPage: number }

/**
 * The pages each printed section spans. A section starts at its heading's anchored line and runs
 * until the next anchor, so its last page is the page of the last item before that.
 */
export function sectionPages(
  pages: readonly (readonly Placed[])[],
  anchors: readonly SectionAnchor[],
): SectionPages[] {
  const idOf = new Map(anchors.map((entry) => [entry.anchor, entry.id]))
  const found: SectionPages[] = []
  let current: SectionPages | undefined
  pages.forEach((page, index) => {
    for (const { item } of page) {
      if (item.kind === 'line' && item.anchor) {
        const id = idOf.get(item.anchor)
        // Another anchor (the estimative language box) is no section: it ends the one before it.
        current = id === undefined ? undefined : { id, firstPage: index + 1, lastPage: index + 1 }
        if (current) found.push(current)
      } else if (current && isPrinted(item)) current.lastPage = index + 1
    }
  })
  return found
}

/** Items that put ink on the page (spaces and structure events do not hold a section on a page). */
function isPrinted(item: Placed['item']): boolean {
  return item.kind === 'line' || item.kind === 'row' || item.kind === 'image'
}
