import { defaultKeymap } from '@codemirror/commands'
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { Annotation, EditorState } from '@codemirror/state'
import type { Compartment, Extension } from '@codemirror/state'
import { drawSelection, EditorView, keymap, placeholder } from '@codemirror/view'
import { tags } from '@lezer/highlight'
import { toggleWrap } from './markdown-commands'
import { sectionMoveKeymap } from './section-keymap'

/** Marks a change that came from the store (undo, the positions table), not from typing here. */
export const External = Annotation.define<boolean>()

/** What each section editor can change after it is made. */
export type EditorCompartments = { label: Compartment; guidance: Compartment; language: Compartment }

let markdownLanguage: Promise<Extension> | null = null

/**
 * The Markdown language (its parser and highlighting data) loads on first use, in its own chunk, so
 * the app's first paint does not wait for it; editors show plain text until it arrives. It is
 * GitHub's flavour, as the exports read it (marked with gfm): ~~struck~~ text shows struck through,
 * tables and bare web addresses are marked up as they print.
 */
export function loadMarkdownLanguage(): Promise<Extension> {
  markdownLanguage ??= import('@codemirror/lang-markdown').then(({ markdown, markdownLanguage: gfm }) =>
    markdown({ base: gfm }),
  )
  return markdownLanguage
}

// Colours come from the page's CSS variables (they reach into the editor's shadow root), so the
// editor follows the light and dark themes with the rest of the app.
const theme = EditorView.theme({
  '&': {
    color: 'var(--text)',
    backgroundColor: 'var(--field)',
    border: '1px solid var(--line)',
    borderRadius: '8px',
    fontSize: '15px',
  },
  '&.cm-focused': { outline: '2px solid var(--focus)', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--font-text)', lineHeight: '1.6' },
  '.cm-content': { padding: '10px 0', minHeight: '5.5em' },
  '.cm-line': { padding: '0 14px' },
  '.cm-placeholder': { color: 'var(--muted)', fontStyle: 'italic' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  // The drawn selection stays visible (unfocused too, e.g. under a dialog); the native one is hidden.
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground': {
    backgroundColor: 'var(--selection)',
  },
})

const highlight = HighlightStyle.define([
  { tag: tags.heading, fontWeight: '700', color: 'var(--heading)' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: [tags.link, tags.url], color: 'var(--link)' },
  { tag: tags.quote, color: 'var(--quote-text)' },
  { tag: [tags.processingInstruction, tags.meta, tags.contentSeparator], color: 'var(--muted)' },
  { tag: tags.monospace, fontFamily: 'var(--font-mono)' },
])

/** The label and placeholder extensions (reconfigured when the heading or guidance changes). */
export function labelExtension(label: string): Extension {
  return EditorView.contentAttributes.of({ 'aria-label': label, spellcheck: 'true' })
}

export function guidanceExtension(guidance: string): Extension {
  return guidance ? placeholder(guidance) : []
}

/**
 * The state of a section editor: Markdown with soft wrapping, the app's theme, bold and italic keys.
 * No history extension: the app keeps one history for the whole document (see document-history.ts),
 * and Ctrl+Z reaches it from here through the app's shortcut handler.
 */
export function createEditorState(
  doc: string,
  options: {
    label: string
    guidance: string
    compartments: EditorCompartments
    onChange: (doc: string) => void
    onFocus: () => void
    onClick: (position: number) => void
    /** Alt+↑ / Alt+↓: move the section up or down. */
    onMove: (delta: -1 | 1) => void
  },
): EditorState {
  return EditorState.create({
    doc,
    extensions: [
      options.compartments.language.of([]),
      syntaxHighlighting(highlight),
      EditorView.lineWrapping,
      // The caret and selection drawn by the editor, as CodeMirror's own setups do. With the native
      // caret, a caret at a soft-wrap point makes the editor re-place the DOM selection on every focus
      // change, and when a dialog makes the page inert (where no selection can be), that throws.
      drawSelection(),
      theme,
      options.compartments.label.of(labelExtension(options.label)),
      options.compartments.guidance.of(guidanceExtension(options.guidance)),
      sectionMoveKeymap(options.onMove),
      keymap.of([
        { key: 'Mod-b', run: (view) => toggleWrap(view, '**') },
        { key: 'Mod-i', run: (view) => toggleWrap(view, '*') },
        ...defaultKeymap,
      ]),
      EditorView.updateListener.of((update) => {
        if (update.focusChanged && update.view.hasFocus) options.onFocus()
        const typed = update.transactions.some((transaction) => !transaction.annotation(External))
        if (update.docChanged && typed) options.onChange(update.state.doc.toString())
      }),
      EditorView.domEventHandlers({
        click: (event, view) => {
          const position = view.posAtCoords({ x: event.clientX, y: event.clientY })
          if (position !== null) options.onClick(position)
          return false
        },
      }),
    ],
  })
}
