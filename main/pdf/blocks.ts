/*
 * The block model main/pdf lays out: what marked's tokens become once untrusted Markdown has been
 * capped, cleaned and reduced to the handful of things a brief prints.
 */
import { NO_MARKS } from '../templates/inline-segments'
import type { InlineMarks } from '../templates/inline-segments'

/** Inline emphasis, strike-through and link of a run of text: the marks every export shares. */
export type InlineStyle = InlineMarks

/** A run of inline text in one style, or a hard line break. */
export type Run =
  { readonly kind: 'text'; readonly text: string; readonly style: InlineStyle } | { readonly kind: 'break' }

/** A table column's alignment. */
export type Align = 'left' | 'center' | 'right'

/** A block of a section body. Lists hold items, each a list of blocks; quotes hold blocks and an attribution. */
export type Block =
  | { readonly type: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly type: 'heading'; readonly level: 3 | 4; readonly runs: readonly Run[] }
  | {
      readonly type: 'list'
      readonly ordered: boolean
      readonly start: number
      readonly items: readonly (readonly Block[])[]
    }
  | { readonly type: 'quote'; readonly blocks: readonly Block[]; readonly attribution: readonly Run[] | null }
  | { readonly type: 'code'; readonly text: string }
  | {
      readonly type: 'table'
      readonly align: readonly Align[]
      readonly header: readonly (readonly Run[])[]
      readonly rows: readonly (readonly (readonly Run[])[])[]
    }
  | { readonly type: 'rule' }

/** No emphasis, no link. */
export const PLAIN: InlineStyle = NO_MARKS

/** A text run in the plain style, or in the given one. */
export function textRun(text: string, style: InlineStyle = PLAIN): Run {
  return { kind: 'text', text, style }
}

/** The text of runs, hard breaks as spaces (for outline titles and tests). */
export function plainText(runs: readonly Run[]): string {
  return runs
    .map((run) => (run.kind === 'text' ? run.text : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}
