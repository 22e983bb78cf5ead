import { PLAIN, textRun } from './blocks'
import { pushAll, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import type { Decor, Fragment, LineItem, Placed } from './flow-types'
import { measure } from './engine/fonts'
import { breakLines } from './line-break'
import { lineItems } from './typography'

/*
 * The table of contents. Its page numbers are only known after pagination, so it is laid out with
 * room for them and they are filled in afterwards: numbers never change a line's height or
 * wrapping, so the pages found in the one pagination pass stay right. Linear: one scan for the
 * anchors' pages, one to set the numbers.
 */

/** One entry: the section heading as printed, and the anchor of that heading's line. */
export type ContentsLine = { title: string; anchor: string }

/** Room kept for a page number ("0000") and the shortest dot leader. */
const LEADER_MIN = 18
const LEADER_GAP = 5

/** Flows the "Contents" heading and one entry per section; entries link to their sections. */
export function flowContents(context: FlowContext, entries: readonly ContentsLine[]): void {
  if (entries.length === 0) return
  const { theme, type } = context
  const frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [] }
  const entryStyle = { ...type.body, linkColor: type.body.color }
  const numberFace = entryStyle.faces.regular
  const reserve = measure(numberFace, entryStyle.size, '0000') + LEADER_MIN
  const right = frame.x + frame.width
  tagged(context, 'Sect', () => {
    const heading = breakLines([textRun('CONTENTS')], type.boxHeading, frame.width, context.onMissing)
    const headingItems = lineItems(heading, type.boxHeading, frame, {
      keepAfter: Math.min(3, entries.length),
    })
    for (const fragment of headingItems.flatMap((item) => item.fragments)) {
      fragment.characterSpacing = 0.35
      fragment.width += 0.35 * Math.max(0, Array.from(fragment.text).length - 1)
    }
    tagged(context, 'H2', () => pushAll(context.items, headingItems))
    space(context, theme.leading * 0.35, [])
    tagged(context, 'TOC', () => {
      for (const entry of entries) {
        const runs = [textRun(entry.title, { ...PLAIN, link: `#${entry.anchor}` })]
        const laid = breakLines(runs, entryStyle, frame.width - reserve, context.onMissing)
        const items = lineItems(laid, entryStyle, frame, { widowControl: true })
        const last = items[items.length - 1]
        const lastLine = laid[laid.length - 1]
        if (!last || !lastLine) continue
        last.contents = {
          anchor: entry.anchor,
          right,
          titleEnd: frame.x + lastLine.width,
          face: numberFace,
          size: entryStyle.size,
          color: entryStyle.color,
          leaderColor: theme.faint,
        }
        tagged(context, 'TOCI', () => pushAll(context.items, items))
        space(context, theme.leading * 0.15, [])
      }
    })
  })
}

/** The page number (1-based) of every anchored line. */
function anchorPages(pages: readonly (readonly Placed[])[]): Map<string, number> {
  const found = new Map<string, number>()
  pages.forEach((placed, index) => {
    for (const { item } of placed) {
      if (item.kind === 'line' && item.anchor && !found.has(item.anchor)) found.set(item.anchor, index + 1)
    }
  })
  return found
}

function withNumber(line: LineItem, page: number | undefined): LineItem {
  const entry = line.contents
  if (!entry || page === undefined) return line
  const text = String(page)
  const width = measure(entry.face, entry.size, text)
  const number: Fragment = {
    text,
    face: entry.face,
    size: entry.size,
    color: entry.color,
    x: entry.right - width,
    width,
    link: null,
    code: false,
    strike: false,
    characterSpacing: 0,
  }
  const start = entry.titleEnd + LEADER_GAP
  const end = entry.right - width - LEADER_GAP
  const leader: Decor = {
    kind: 'hline',
    x: start,
    width: Math.max(0, end - start),
    color: entry.leaderColor,
    thickness: 0.9,
    dy: line.baseline,
    dotted: true,
  }
  return { ...line, fragments: [...line.fragments, number], decor: [...line.decor, leader] }
}

/** Pages with every contents entry's page number and leader filled in. */
export function resolveContents(pages: readonly (readonly Placed[])[]): Placed[][] {
  const found = anchorPages(pages)
  return pages.map((placed) =>
    placed.map((entry) =>
      entry.item.kind === 'line' && entry.item.contents
        ? { item: withNumber(entry.item, found.get(entry.item.contents.anchor)), y: entry.y }
        : entry,
    ),
  )
}
