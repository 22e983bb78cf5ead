import { MATRIX_COLUMNS, SOURCE_COLUMN } from '../../main/common/stance-labels'

// The positions matrix that opens a Positions section (actor | stance | key words | where), as the
// drafter writes it: a GFM table. Parsed out of the section's text before its first `###`, edited as
// rows, and written back in place, so the table in the text and the rows in the view are one thing.

/**
 * One row; cells are Markdown as written (escapes kept), without the pipes around them. `source`:
 * the sources that printed the key words, in a brief of several (absent in a one-source matrix).
 */
export type MatrixRow = { actor: string; stance: string; keyWords: string; where: string; source?: string }

/** Text before the first subsection, split around the matrix (null when there is none). */
export type MatrixSplit = { before: string; rows: MatrixRow[] | null; after: string }

/** The cells of a table line, split at pipes that are not escaped. */
function cellsOf(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim())
}

function isHeader(line: string | undefined): boolean {
  if (!line?.trim().startsWith('|')) return false
  const cells = cellsOf(line).map((cell) => cell.toLowerCase())
  return MATRIX_COLUMNS.every((column, index) => cells[index] === column.toLowerCase())
}

const DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/

/** Finds the matrix (its header names the matrix's columns) in a Positions intro. */
export function splitMatrix(intro: string): MatrixSplit {
  const lines = intro.split('\n')
  const start = lines.findIndex((line, index) => isHeader(line) && DELIMITER.test(lines[index + 1] ?? ''))
  if (start < 0) return { before: intro, rows: null, after: '' }
  let end = start + 2
  while (end < lines.length && lines[end].trim().startsWith('|')) end += 1
  const withSource =
    cellsOf(lines[start])[MATRIX_COLUMNS.length]?.toLowerCase() === SOURCE_COLUMN.toLowerCase()
  const rows = lines.slice(start + 2, end).map((line): MatrixRow => {
    const [actor = '', stance = '', keyWords = '', where = '', source = ''] = cellsOf(line)
    return withSource ? { actor, stance, keyWords, where, source } : { actor, stance, keyWords, where }
  })
  return {
    before: lines.slice(0, start).join('\n').trim(),
    rows,
    after: lines.slice(end).join('\n').trim(),
  }
}

/** A cell as one line with its pipes escaped, so typing cannot break the table. */
export function matrixCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<!\\)\|/g, '\\|')
}

/** The matrix as a GFM table. */
export function serializeMatrix(rows: readonly MatrixRow[]): string {
  const withSource = rows.some((row) => row.source !== undefined)
  const columns = withSource ? [...MATRIX_COLUMNS, SOURCE_COLUMN] : [...MATRIX_COLUMNS]
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [
    line(columns),
    line(columns.map(() => '---')),
    ...rows.map((row) => {
      const cells = [row.actor, row.stance, row.keyWords, row.where]
      return line((withSource ? [...cells, row.source ?? ''] : cells).map(matrixCell))
    }),
  ].join('\n')
}

/** The intro with its matrix written back where it stood (none once its last row is gone). */
export function joinMatrix(split: MatrixSplit): string {
  const table = split.rows && split.rows.length > 0 ? serializeMatrix(split.rows) : ''
  return [split.before, table, split.after].filter((part) => part.trim()).join('\n\n')
}

function sameActor(cell: string, actor: string): boolean {
  const plain = cell.replace(/\\(.)/g, '$1')
  return plain.localeCompare(actor.replace(/\\(.)/g, '$1'), undefined, { sensitivity: 'base' }) === 0
}

/** The matrix row of an actor, if the intro has a matrix with one. */
export function matrixRowOf(intro: string, actor: string): MatrixRow | null {
  return splitMatrix(intro).rows?.find((row) => sameActor(row.actor, actor)) ?? null
}

/** The intro with one row of its matrix changed (by its place); the same text when out of range. */
export function withMatrixRow(intro: string, index: number, patch: Partial<MatrixRow>): string {
  const split = splitMatrix(intro)
  if (!split.rows || index < 0 || index >= split.rows.length) return intro
  const rows = split.rows.map((row, at) => (at === index ? { ...row, ...patch } : row))
  return joinMatrix({ ...split, rows })
}

/** The intro without the actor's matrix row (an actor taken out of Positions leaves the matrix too). */
export function withoutMatrixActor(intro: string, actor: string): string {
  const split = splitMatrix(intro)
  if (!split.rows?.some((row) => sameActor(row.actor, actor))) return intro
  return joinMatrix({ ...split, rows: split.rows.filter((row) => !sameActor(row.actor, actor)) })
}

/** The intro with a row for an actor added to Positions, when it has a matrix without one. */
export function withMatrixActor(intro: string, row: MatrixRow): string {
  const split = splitMatrix(intro)
  if (!split.rows || split.rows.some((known) => sameActor(known.actor, row.actor))) return intro
  return joinMatrix({ ...split, rows: [...split.rows, row] })
}
