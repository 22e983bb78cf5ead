import { Compartment } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { useEffect, useRef } from 'react'
import type { Section } from '../../main/brief/schema'
import { markFocused, registerEditor } from '../editor/editor-registry'
import {
  createEditorState,
  External,
  guidanceExtension,
  labelExtension,
  loadMarkdownLanguage,
} from '../editor/editor-setup'
import type { EditorCompartments } from '../editor/editor-setup'
import { minimalChange } from '../editor/markdown-commands'
import type { UiState } from '../state/app-state'
import { useServices } from '../state/useAppState'

/**
 * A section's Markdown in CodeMirror 6, labelled with the section's heading, the template's guidance
 * as placeholder. The editor lives in a shadow root: there CodeMirror styles itself through
 * constructed style sheets, which the app's CSP (style-src 'self', no inline <style>) allows.
 */
export function SectionEditor({
  section,
  guidance,
  focusRequest,
  onMove,
}: {
  section: Section
  guidance: string
  focusRequest: UiState['focusRequest']
  /** Alt+↑ / Alt+↓ in the text: move the section. */
  onMove: (delta: -1 | 1) => void
}) {
  const { store, edits } = useServices()
  const host = useRef<HTMLDivElement>(null)
  const view = useRef<EditorView | null>(null)
  const compartments = useRef<EditorCompartments | null>(null)
  // What the editor is created with; later changes arrive through the effects below.
  const initial = useRef({ body: section.body, heading: section.heading, guidance })
  // The editor outlives renders; its keys call the card's latest move (the index changes with each).
  const move = useRef(onMove)
  useEffect(() => {
    move.current = onMove
  }, [onMove])
  const { id } = section

  useEffect(() => {
    const element = host.current
    if (!element) return
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' })
    const mount = document.createElement('div')
    shadow.replaceChildren(mount)
    const own: EditorCompartments = {
      label: new Compartment(),
      guidance: new Compartment(),
      language: new Compartment(),
    }
    // The latest text and heading: the editor may be re-created (StrictMode, a reloaded pane).
    const latest = store.getState().doc.brief?.sections.find((candidate) => candidate.id === id)
    const created: EditorView = new EditorView({
      parent: mount,
      root: shadow,
      state: createEditorState(latest?.body ?? initial.current.body, {
        label: latest?.heading ?? initial.current.heading,
        guidance: initial.current.guidance,
        compartments: own,
        onChange: (body) => edits.setBody(id, body),
        onFocus: () => {
          markFocused(created)
          store.dispatch({ type: 'active-section', id })
        },
        onClick: (position) => void edits.showInArticle(id, position),
        onMove: (delta) => move.current(delta),
      }),
    })
    view.current = created
    compartments.current = own
    const unregister = registerEditor(id, created)
    let live = true
    void loadMarkdownLanguage().then((language) => {
      if (live) created.dispatch({ effects: own.language.reconfigure(language) })
    })
    return () => {
      live = false
      unregister()
      created.destroy()
      view.current = null
    }
  }, [id, edits, store])

  // The brief changed from elsewhere (undo, the positions table, an inserted quote): follow it.
  useEffect(() => {
    const current = view.current
    if (!current) return
    const change = minimalChange(current.state.doc.toString(), section.body)
    if (!change) return
    const caret = change.from + change.insert.length
    current.dispatch({
      changes: change,
      annotations: External.of(true),
      ...(current.hasFocus ? { selection: { anchor: caret }, scrollIntoView: true } : {}),
    })
  }, [section.body])

  useEffect(() => {
    const own = compartments.current
    view.current?.dispatch({ effects: own?.label.reconfigure(labelExtension(section.heading)) })
  }, [section.heading])

  useEffect(() => {
    const own = compartments.current
    view.current?.dispatch({ effects: own?.guidance.reconfigure(guidanceExtension(guidance)) })
  }, [guidance])

  useEffect(() => {
    if (focusRequest?.target === 'editor') view.current?.focus()
  }, [focusRequest])

  return <div ref={host} className="editor-host" data-section-editor={id} />
}
