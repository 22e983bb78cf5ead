import { EditorSelection } from '@codemirror/state'
import type { EditorView } from '@codemirror/view'

// The formatting toolbar's commands, on Markdown source: wrap or unwrap the selection in marks, add or
// remove line prefixes. Each returns true when it changed the document (CodeMirror's command shape).

/** Wraps each selection in `mark` (** or *), or unwraps it when it is wrapped already. */
export function toggleWrap(view: EditorView, mark: string): boolean {
  const { state } = view
  const change = state.changeByRange((range) => {
    const before = state.sliceDoc(range.from - mark.length, range.from)
    const after = state.sliceDoc(range.to, range.to + mark.length)
    if (before === mark && after === mark) {
      return {
        changes: [
          { from: range.from - mark.length, to: range.from },
          { from: range.to, to: range.to + mark.length },
        ],
        range: EditorSelection.range(range.from - mark.length, range.to - mark.length),
      }
    }
    return {
      changes: [
        { from: range.from, insert: mark },
        { from: range.to, insert: mark },
      ],
      range: EditorSelection.range(range.from + mark.length, range.to + mark.length),
    }
  })
  view.dispatch(state.update(change, { scrollIntoView: true, userEvent: 'input.format' }))
  return true
}

/** The lines the selection touches, each once. */
function selectedLines(view: EditorView) {
  const { state } = view
  const seen = new Set<number>()
  const lines = []
  for (const range of state.selection.ranges) {
    for (let at = range.from; at <= range.to;) {
      const line = state.doc.lineAt(at)
      if (!seen.has(line.number)) {
        seen.add(line.number)
        lines.push(line)
      }
      at = line.to + 1
    }
  }
  return lines
}

const PREFIXES: Record<'bullet' | 'numbered' | 'quote', RegExp> = {
  bullet: /^\s*[-*+]\s/,
  numbered: /^\s*\d+[.)]\s/,
  quote: /^\s*>\s?/,
}

/** Makes the selected lines a bullet list, numbered list or quote, or back to plain lines. */
export function toggleLinePrefix(view: EditorView, kind: 'bullet' | 'numbered' | 'quote'): boolean {
  const lines = selectedLines(view)
  const pattern = PREFIXES[kind]
  const remove = lines.every((line) => pattern.test(line.text))
  const changes = lines.map((line, index) => {
    if (remove) {
      const match = pattern.exec(line.text)
      return { from: line.from, to: line.from + (match?.[0].length ?? 0) }
    }
    // A line that is already another kind of list item changes kind.
    const other = /^\s*(?:[-*+]|\d+[.)]|>)\s?/.exec(line.text)
    const prefix = kind === 'bullet' ? '- ' : kind === 'numbered' ? `${index + 1}. ` : '> '
    return { from: line.from, to: line.from + (other?.[0].length ?? 0), insert: prefix }
  })
  view.dispatch({ changes, scrollIntoView: true, userEvent: 'input.format' })
  return true
}

/** Makes the selection a link and selects the address to type over. */
export function insertLink(view: EditorView): boolean {
  const { state } = view
  const range = state.selection.main
  const text = state.sliceDoc(range.from, range.to) || 'link text'
  const insert = `[${text}](https://)`
  const urlStart = range.from + text.length + 3
  view.dispatch({
    changes: { from: range.from, to: range.to, insert },
    selection: EditorSelection.range(urlStart, urlStart + 'https://'.length),
    scrollIntoView: true,
    userEvent: 'input.format',
  })
  return true
}

/** The smallest change turning `from` into `to`: one replaced range, so carets elsewhere stay put. */
export function minimalChange(from: string, to: string): { from: number; to: number; insert: string } | null {
  if (from === to) return null
  let start = 0
  const max = Math.min(from.length, to.length)
  while (start < max && from.charCodeAt(start) === to.charCodeAt(start)) start += 1
  let end = 0
  while (end < max - start && from.charCodeAt(from.length - 1 - end) === to.charCodeAt(to.length - 1 - end))
    end += 1
  return { from: start, to: from.length - end, insert: to.slice(start, to.length - end) }
}

/** Words in Markdown text, marks not counted. */
export function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length
}
