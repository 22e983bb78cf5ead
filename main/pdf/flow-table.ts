import type { Align, Block, Run } from './blocks'
import { breakLines } from './line-break'
import type { LaidLine, TextStyle } from './line-break'
import type { FlowContext } from './flow-context'
import type { Decor, Frame, RowItem, TableCell } from './flow-types'
import { lineItems } from './typography'

const PAD_X = 6
const PAD_Y = 4
const MIN_COLUMN_WIDTH = 36

type TableBlock = Extract<Block, { type: 'table' }>

/** Natural (unwrapped) width of each column's widest cell. */
function naturalWidths(context: FlowContext, table: TableBlock, columns: number): number[] {
  const widths: number[] = new Array<number>(columns).fill(0)
  const measureRow = (cells: readonly (readonly Run[])[], style: TextStyle): void => {
    cells.forEach((runs, column) => {
      if (column >= columns) return
      const lines = breakLines(runs, style, Number.MAX_SAFE_INTEGER, context.onMissing)
      const width = lines.reduce((most, line) => Math.max(most, line.width), 0)
      widths[column] = Math.max(widths[column] ?? 0, width)
    })
  }
  measureRow(table.header, context.type.tableHeader)
  for (const row of table.rows) measureRow(row, context.type.table)
  return widths
}

/**
 * Column widths that fill the frame: each column first gets its natural width up to a fair share,
 * then the rest goes to the columns that want more, in proportion to what they still want.
 */
export function columnWidths(natural: readonly number[], available: number): number[] {
  const count = natural.length
  if (count === 0) return []
  const total = natural.reduce((sum, width) => sum + width, 0)
  if (total <= available) {
    if (total === 0) return natural.map(() => available / count)
    return natural.map((width) => (width / total) * available)
  }
  const share = available / count
  const widths = natural.map((width) => Math.min(width, share))
  const left = available - widths.reduce((sum, width) => sum + width, 0)
  const wanting = natural.map((width, index) => width - (widths[index] ?? 0))
  const wantTotal = wanting.reduce((sum, want) => sum + want, 0)
  if (wantTotal > 0) {
    for (let i = 0; i < count; i++) widths[i] = (widths[i] ?? 0) + ((wanting[i] ?? 0) / wantTotal) * left
  }
  return widths
}

/** Lays a GFM table out as rows: header shaded, grid borders; header repeated on each page it spans. */
export function flowTable(context: FlowContext, table: TableBlock, frame: Frame): void {
  const given = table.rows.reduce((most, row) => Math.max(most, row.length), table.header.length)
  // Narrower than this, a column holds a character or two per line: columns past it are left out.
  const fitting = Math.max(1, Math.floor(frame.width / MIN_COLUMN_WIDTH))
  const columns = Math.min(given, fitting)
  if (columns === 0) return
  if (given > columns) {
    context.warn(
      `A table with ${given} columns was too wide for the page; columns ${columns + 1} to ${given} were left out`,
    )
  }
  const inner = frame.width - columns * 2 * PAD_X
  const widths = columnWidths(naturalWidths(context, table, columns), inner)
  const lefts: number[] = []
  let x = frame.x
  for (const width of widths) {
    lefts.push(x)
    x += width + 2 * PAD_X
  }
  const maxRowHeight = (context.theme.contentBottom - context.theme.contentTop) * 0.9
  const theme = context.theme
  const makeRow = (cells: readonly (readonly Run[])[], header: boolean): RowItem => {
    const style = header ? context.type.tableHeader : context.type.table
    const laidCells: LaidLine[][] = []
    let height = 0
    for (let column = 0; column < columns; column++) {
      const width = widths[column] ?? 0
      let laid = breakLines(cells[column] ?? [], style, width, context.onMissing)
      const fit = Math.floor((maxRowHeight - 2 * PAD_Y) / style.leading)
      if (laid.length > fit) {
        context.warn(
          `A table cell was too long for one page; ${laid.length - fit} of its lines were left out`,
        )
        laid = laid.slice(0, fit)
      }
      laidCells.push(laid)
      height = Math.max(height, laid.length * style.leading)
    }
    height += 2 * PAD_Y
    const rowCells: TableCell[] = laidCells.map((laid, column) => {
      const align: Align = table.align[column] ?? 'left'
      const left = (lefts[column] ?? frame.x) + PAD_X
      const width = widths[column] ?? 0
      const items = lineItems(
        laid,
        style,
        { x: left, width, decor: [] },
        { align: align === 'right' ? 'right' : 'left' },
      )
      if (align === 'center') {
        items.forEach((item, index) => {
          const shift = (width - (laid[index]?.width ?? 0)) / 2
          for (const fragment of item.fragments) fragment.x += shift
        })
      }
      return {
        tag: header ? 'TH' : 'TD',
        ...(header ? { scope: 'Column' as const } : {}),
        lines: items.map((line, index) => ({ dy: PAD_Y + index * style.leading, line })),
      }
    })
    const decor: Decor[] = [...frame.decor]
    if (header) decor.push({ kind: 'fill', x: frame.x, width: x - frame.x, color: theme.accentTint })
    decor.push({ kind: 'hline', x: frame.x, width: x - frame.x, color: theme.rule, thickness: 0.6, dy: 0 })
    decor.push({
      kind: 'hline',
      x: frame.x,
      width: x - frame.x,
      color: theme.rule,
      thickness: 0.6,
      dy: height,
    })
    for (const left of [...lefts, x])
      decor.push({ kind: 'vline', x: left, color: theme.rule, thickness: 0.6 })
    return { kind: 'row', height, decor, cells: rowCells, keep: header ? 1 : 0, header, artifact: false }
  }
  context.items.push({ kind: 'open', tag: 'Table' })
  context.items.push(makeRow(table.header, true))
  for (const row of table.rows) context.items.push(makeRow(row, false))
  context.items.push({ kind: 'close', tag: 'Table' })
}
