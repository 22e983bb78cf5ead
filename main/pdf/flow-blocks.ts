import { textRun } from './blocks'
import type { Block } from './blocks'
import { breakLines } from './line-break'
import { flowText, pushAll, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import { flowList } from './flow-list'
import { flowTable } from './flow-table'
import type { Decor, FlowItem, Frame } from './flow-types'
import { lineItems } from './typography'

function gapBefore(block: Block, leading: number, compact: boolean): number {
  if (compact) return block.type === 'list' ? 0.2 * leading : 0.35 * leading
  switch (block.type) {
    case 'heading':
      return 1.0 * leading
    case 'quote':
    case 'table':
      return 0.85 * leading
    case 'list':
      return 0.45 * leading
    default:
      return 0.6 * leading
  }
}

function gapAfter(block: Block, leading: number): number {
  switch (block.type) {
    case 'heading':
      return 0.3 * leading
    case 'quote':
    case 'table':
      return 0.85 * leading
    default:
      return 0.6 * leading
  }
}

/** Flows blocks down a frame. `compact` tightens the gaps inside list items. */
export function flowBlocks(
  context: FlowContext,
  blocks: readonly Block[],
  frame: Frame,
  compact = false,
): void {
  const leading = context.theme.leading
  let previous: Block | null = null
  for (const block of blocks) {
    if (previous) {
      const gap =
        previous.type === 'heading'
          ? gapAfter(previous, leading)
          : Math.max(compact ? 0 : gapAfter(previous, leading), gapBefore(block, leading, compact))
      space(context, gap, frame.decor)
    }
    flowBlock(context, block, frame)
    previous = block
  }
}

function flowBlock(context: FlowContext, block: Block, frame: Frame): void {
  const type = context.type
  switch (block.type) {
    case 'paragraph':
      flowText(context, block.runs, type.body, frame, 'P', { widowControl: true })
      break
    case 'heading': {
      const style = block.level === 3 ? type.subheading : type.minorHeading
      const title = block.runs.map((run) => (run.kind === 'text' ? run.text : ' ')).join('')
      flowText(context, block.runs, style, frame, block.level === 3 ? 'H3' : 'H4', {
        keepAfter: 2,
        outline: { title: title.replace(/\s+/g, ' ').trim(), level: 2 },
      })
      break
    }
    case 'list':
      flowList(context, block, frame, 1, flowBlocks)
      break
    case 'quote':
      flowQuote(context, block, frame)
      break
    case 'code':
      flowCode(context, block.text, frame)
      break
    case 'table':
      flowTable(context, block, frame)
      break
    case 'rule': {
      const height = context.theme.leading
      const rule: Decor = {
        kind: 'hline',
        x: frame.x,
        width: frame.width,
        color: context.theme.rule,
        thickness: 0.75,
        dy: height / 2,
      }
      space(context, height, [...frame.decor, rule])
      break
    }
  }
}

function flowQuote(context: FlowContext, block: Extract<Block, { type: 'quote' }>, frame: Frame): void {
  const theme = context.theme
  const bar: Decor = { kind: 'fill', x: frame.x, width: 2.5, color: theme.accent }
  const inner: Frame = { x: frame.x + 16, width: frame.width - 24, decor: [...frame.decor, bar] }
  tagged(context, 'BlockQuote', () => {
    const start = context.items.length
    flowQuoteBlocks(context, block.blocks, inner)
    if (block.attribution) {
      // The attribution never starts a page alone: the quote's last line goes with it.
      keepLastLineWithNext(context.items, start)
      if (block.blocks.length > 0) space(context, 0.3 * theme.leading, inner.decor)
      const runs = [textRun('— '), ...block.attribution]
      flowText(context, runs, context.type.attribution, inner, 'P', { align: 'right', widowControl: true })
    }
  })
}

/** Makes the last content line or row pushed since `start` keep at least the next one on its page. */
function keepLastLineWithNext(items: FlowItem[], start: number): void {
  for (let index = items.length - 1; index >= start; index--) {
    const item = items[index]
    if ((item?.kind === 'line' && !item.glue) || item?.kind === 'row') {
      items[index] = { ...item, keep: Math.max(item.keep, 1) }
      return
    }
  }
}

function flowQuoteBlocks(context: FlowContext, blocks: readonly Block[], frame: Frame): void {
  let previous = false
  for (const block of blocks) {
    if (previous) space(context, 0.5 * context.theme.leading, frame.decor)
    if (block.type === 'paragraph') {
      flowText(context, block.runs, context.type.quote, frame, 'P', { widowControl: true })
    } else flowBlocks(context, [block], frame)
    previous = true
  }
}

function flowCode(context: FlowContext, text: string, frame: Frame): void {
  const style = context.type.code
  const fill: Decor = { kind: 'fill', x: frame.x, width: frame.width, color: context.theme.codeBackground }
  const decor = [...frame.decor, fill]
  const inner: Frame = { x: frame.x + 8, width: frame.width - 16, decor }
  const padding = 0.5 * style.leading
  // The top padding goes with the first line, so no sliver of the block's shading ends a page.
  space(context, padding, decor, true)
  tagged(context, 'P', () => {
    for (const source of text.replace(/\n+$/, '').split('\n')) {
      // Indentation carries meaning in code: runs of spaces become no-break spaces, which are not collapsed.
      const kept = source.replace(/^ +| {2,}/g, (gap) => '\u00a0'.repeat(gap.length))
      const laid = breakLines([textRun(kept)], style, inner.width, context.onMissing)
      if (laid.length === 0) space(context, style.leading, decor)
      else pushAll(context.items, lineItems(laid, style, inner))
    }
  })
  space(context, padding, decor)
}
