import { textRun } from './blocks'
import { pushAll, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import type { Decor, Frame } from './flow-types'
import { breakLines } from './line-break'
import { lineItems } from './typography'

/** A boxed part's heading: its title (printed in capitals), outline entry and named destination. */
export type BoxHeading = { title: string; anchor: string }

/**
 * A shaded box with an accent bar at its left, holding a spaced capitals heading (an H2 with a
 * bookmark) and what `body` flows into the inner frame, the whole tagged as one Sect. The summary
 * box and the estimative language box are both drawn by it.
 */
export function flowBox(context: FlowContext, heading: BoxHeading, body: (inner: Frame) => void): void {
  const { theme, type } = context
  const decor: Decor[] = [
    { kind: 'fill', x: theme.contentLeft, width: theme.contentWidth, color: theme.accentWash },
    { kind: 'fill', x: theme.contentLeft, width: 3, color: theme.accent },
  ]
  const inner: Frame = { x: theme.contentLeft + 20, width: theme.contentWidth - 36, decor }
  // The box's top padding moves with its heading, so no sliver of the box is left at a page foot.
  space(context, theme.leading * 0.9, decor, true)
  tagged(context, 'Sect', () => {
    const headingLine = breakLines(
      [textRun(heading.title.toUpperCase())],
      type.boxHeading,
      inner.width,
      context.onMissing,
    )
    const items = lineItems(headingLine, type.boxHeading, inner, {
      keepAfter: 2,
      outline: { title: heading.title, level: 1 },
      anchor: heading.anchor,
    })
    for (const item of items) {
      for (const fragment of item.fragments) {
        fragment.characterSpacing = 0.35
        fragment.width += 0.35 * Math.max(0, Array.from(fragment.text).length - 1)
      }
    }
    tagged(context, 'H2', () => pushAll(context.items, items))
    space(context, theme.leading * 0.35, decor)
    body(inner)
  })
  space(context, theme.leading * 0.9, decor)
}
