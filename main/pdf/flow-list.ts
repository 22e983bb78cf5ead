import { PLAIN, textRun } from './blocks'
import type { Block } from './blocks'
import { space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import type { Frame } from './flow-types'
import { breakLines } from './line-break'
import { lineItems } from './typography'

const BULLETS = ['•', '–', '·']

/**
 * Flows an item's other blocks (flow-blocks.ts's flowBlocks). Lists and blocks nest in each other;
 * the caller passes it in so that the two modules do not import each other.
 */
export type BlockFlow = (
  context: FlowContext,
  blocks: readonly Block[],
  frame: Frame,
  compact: boolean,
) => void

function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ]
  let rest = Math.min(Math.max(value, 1), 3999)
  let out = ''
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      out += numeral
      rest -= amount
    }
  }
  return out
}

function toLetters(value: number): string {
  let rest = Math.max(value, 1)
  let out = ''
  while (rest > 0) {
    rest--
    out = String.fromCharCode(97 + (rest % 26)) + out
    rest = Math.floor(rest / 26)
  }
  return out
}

/** The label of a list item: a bullet per level, or 1. / a. / i. for ordered lists. */
export function listLabel(ordered: boolean, level: number, number: number): string {
  if (!ordered) return BULLETS[(level - 1) % BULLETS.length] ?? '•'
  const kind = (level - 1) % 3
  if (kind === 0) return `${number}.`
  return kind === 1 ? `${toLetters(number)}.` : `${toRoman(number)}.`
}

/** Flows a list, nested lists one level deeper; labels are glued to their item's first line. */
export function flowList(
  context: FlowContext,
  block: Extract<Block, { type: 'list' }>,
  frame: Frame,
  level: number,
  flowBlocks: BlockFlow,
): void {
  const style = context.type.label
  const size = style.size
  const labels = block.items.map((_, index) => listLabel(block.ordered, level, block.start + index))
  // Only the longest label (the highest number) can be the widest, but measure a few in case.
  let widest = 0
  for (const label of labels.slice(-3)) {
    widest = Math.max(
      widest,
      breakLines([textRun(label)], style, frame.width, context.onMissing)[0]?.width ?? 0,
    )
  }
  const indent = block.ordered ? Math.max(1.5 * size, widest + 0.55 * size) : 1.5 * size
  const body: Frame = {
    x: frame.x + indent,
    width: Math.max(frame.width - indent, size * 4),
    decor: frame.decor,
  }
  tagged(context, 'L', () => {
    block.items.forEach((item, index) => {
      if (index > 0) space(context, 0.3 * context.theme.leading, frame.decor)
      tagged(context, 'LI', () => {
        const label = labels[index] ?? ''
        const laid = breakLines([textRun(label, PLAIN)], style, indent, context.onMissing)
        const labelWidth = laid[0]?.width ?? 0
        const labelX = frame.x + indent - (block.ordered ? 0.45 : 0.6) * size - labelWidth
        tagged(context, 'Lbl', () => {
          for (const line of lineItems(laid.slice(0, 1), style, { ...frame, x: labelX })) {
            context.items.push({ ...line, height: 0, glue: true })
          }
        })
        tagged(context, 'LBody', () => flowItemBlocks(context, item, body, level, flowBlocks))
      })
    })
  })
}

/** An item's blocks; its nested lists go one level deeper. */
function flowItemBlocks(
  context: FlowContext,
  blocks: readonly Block[],
  frame: Frame,
  level: number,
  flowBlocks: BlockFlow,
): void {
  let previous = false
  for (const block of blocks) {
    if (previous) space(context, (block.type === 'list' ? 0.25 : 0.4) * context.theme.leading, frame.decor)
    if (block.type === 'list') flowList(context, block, frame, level + 1, flowBlocks)
    else flowBlocks(context, [block], frame, true)
    previous = true
  }
}
