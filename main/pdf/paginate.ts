import type { FlowItem, Placed, RowItem } from './flow-types'

/** The content area pagination fills. */
export type PageArea = { top: number; bottom: number }

const EPSILON = 0.01
/** How far ahead a keep chain is followed; keeps are short, this only bounds hostile input. */
const LOOKAHEAD_LIMIT = 200

function isContent(item: FlowItem): boolean {
  return (item.kind === 'line' && !item.glue) || item.kind === 'row'
}

function heightOf(item: FlowItem): number {
  if (item.kind === 'line') return item.glue ? 0 : item.height
  return item.kind === 'space' || item.kind === 'row' ? item.height : 0
}

/** The height an item needs on its page: itself plus the items its keep chain holds to it. */
function neededHeight(items: readonly FlowItem[], index: number): number {
  const first = items[index]
  if (!first) return 0
  let need = heightOf(first)
  let keep = first.kind === 'line' || first.kind === 'row' ? first.keep : 0
  for (let j = index + 1, steps = 0; keep > 0 && j < items.length && steps < LOOKAHEAD_LIMIT; j++, steps++) {
    const item = items[j]
    if (!item) break
    if (item.kind === 'space') need += item.height
    else if (isContent(item) && (item.kind === 'line' || item.kind === 'row')) {
      need += item.height
      keep = Math.max(keep - 1, item.keep)
    }
  }
  return need
}

/** The height a sticky space needs: itself, the spaces after it, and the keep chain of the content they lead to. */
function stickyHeight(items: readonly FlowItem[], index: number): number {
  let need = 0
  for (let j = index, steps = 0; j < items.length && steps < LOOKAHEAD_LIMIT; j++, steps++) {
    const item = items[j]
    if (!item) break
    if (item.kind === 'space') need += item.height
    else if (isContent(item)) return need + neededHeight(items, j)
  }
  return need
}

/**
 * Assigns every item a page and a y, top to bottom, in one pass (linear in the number of items).
 * A line or row moves to a new page when it, or its keep chain (a heading and the lines after it,
 * a paragraph's first or last two lines, a table header and its first row), would cross the
 * bottom. Spaces are dropped at the top of a page unless they carry a box's fill, and shortened
 * at the bottom; a sticky space (a box's top padding) moves to the next page with what follows it. List labels and the structure events after them wait for the line they belong to.
 */
export function paginate(items: readonly FlowItem[], area: PageArea): Placed[][] {
  const pages: Placed[][] = [[]]
  let page = pages[0] ?? []
  let y = area.top
  let pending: FlowItem[] = []
  let header: RowItem | null = null

  const newPage = (): void => {
    page = []
    pages.push(page)
    y = area.top
  }

  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    if (!item) continue
    if (item.kind === 'open' || item.kind === 'close') {
      if (item.kind === 'close' && item.tag === 'Table') header = null
      if (pending.length > 0) pending.push(item)
      else page.push({ item, y })
      continue
    }
    if (item.kind === 'line' && item.glue) {
      pending.push(item)
      continue
    }
    if (item.kind === 'space') {
      if (item.sticky && y > area.top + EPSILON && y + stickyHeight(items, index) > area.bottom + EPSILON)
        newPage()
      if (y <= area.top + EPSILON && item.decor.length === 0) continue
      const height = Math.min(item.height, area.bottom - y)
      if (height <= EPSILON) continue
      page.push({ item: height === item.height ? item : { ...item, height }, y })
      y += height
      continue
    }
    if (y > area.top + EPSILON && y + neededHeight(items, index) > area.bottom + EPSILON) {
      newPage()
      if (item.kind === 'row' && !item.header && header) {
        page.push({ item: { ...header, artifact: true }, y })
        y += header.height
      }
    }
    for (const waiting of pending) page.push({ item: waiting, y })
    pending = []
    page.push({ item, y })
    y += item.height
    if (item.kind === 'row' && item.header) header = item
  }
  for (const waiting of pending) page.push({ item: waiting, y })
  return pages
}
