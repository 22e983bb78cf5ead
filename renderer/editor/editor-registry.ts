import type { EditorView } from '@codemirror/view'

// The live CodeMirror views by section id. Inserting a quote needs the caret of the section the user
// was writing in; undo needs to know whether the focus is in an editor.

const views = new Map<string, EditorView>()
const focused = new WeakSet<EditorView>()

/** Registers a section's view; returns the function that unregisters it. */
export function registerEditor(sectionId: string, view: EditorView): () => void {
  views.set(sectionId, view)
  return () => {
    if (views.get(sectionId) === view) views.delete(sectionId)
  }
}

/** Remembers that the user has placed a caret in this view (a fresh view's caret at 0 means nothing). */
export function markFocused(view: EditorView): void {
  focused.add(view)
}

export function editorFor(sectionId: string): EditorView | undefined {
  return views.get(sectionId)
}

/** The caret of a section's editor, or null when the user never put one there. */
export function caretOf(sectionId: string): number | null {
  const view = views.get(sectionId)
  return view && focused.has(view) ? view.state.selection.main.head : null
}

/** The focused element, looking inside shadow roots (each editor lives in one; see SectionEditor). */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/** Whether an element is (inside) a section editor or a field of the document (headings, meta, stances). */
export function isDocumentField(element: Element | null): boolean {
  return Boolean(element?.closest('.cm-editor, [data-document-field]'))
}
