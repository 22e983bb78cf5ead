import type { Run } from './blocks'
import { breakLines } from './line-break'
import type { TextStyle } from './line-break'
import type { Decor, FlowItem, Frame, StructTag } from './flow-types'
import { lineItems } from './typography'
import type { LineOptions, Typography } from './typography'
import type { Theme } from './theme'

/** What flowing blocks needs: the theme, the type styles, the output list and a missing-glyph sink. */
export type FlowContext = {
  theme: Theme
  type: Typography
  items: FlowItem[]
  onMissing: (char: string) => void
  /** Reports something the layout had to change (a cut table cell…). */
  warn: (message: string) => void
}

/** Appends items one by one: spreading a long paragraph's lines into `push` could exceed the argument limit. */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item)
}

/** Pushes structure-open, then `body()`'s items, then structure-close. */
export function tagged(context: FlowContext, tag: StructTag, body: () => void, scope?: 'Column'): void {
  context.items.push(scope ? { kind: 'open', tag, scope } : { kind: 'open', tag })
  body()
  context.items.push({ kind: 'close', tag })
}

/**
 * Pushes vertical space carrying the frame's decoration (a box's fill continues through it).
 * `sticky` space starts a new page together with the content after it (a box's top padding).
 */
export function space(context: FlowContext, height: number, decor: Decor[], sticky = false): void {
  if (height > 0)
    context.items.push(sticky ? { kind: 'space', height, decor, sticky } : { kind: 'space', height, decor })
}

/** Breaks runs into lines and pushes them as one structure element. */
export function flowText(
  context: FlowContext,
  runs: readonly Run[],
  style: TextStyle,
  frame: Frame,
  tag: StructTag,
  options: LineOptions = {},
): void {
  const laid = breakLines(runs, style, frame.width, context.onMissing)
  if (laid.length === 0) return
  tagged(context, tag, () => pushAll(context.items, lineItems(laid, style, frame, options)))
}
