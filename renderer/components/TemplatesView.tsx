import { useEffect, useRef } from 'react'
import type { Client } from '../api'
import { deepActiveElement } from '../editor/editor-registry'
import { dialogOpen } from '../state/app-state'
import { useAppState, useServices } from '../state/useAppState'
import { SettingsPanel } from './SettingsPanel'
import { TemplateManager } from './TemplateManager'
import { TemplateStyleScreen } from './TemplateStyleScreen'

/**
 * The Templates view in place of the document: the user's settings (organization, author) and the
 * gallery, or one template's style editor, under a bar with Back (Escape too). The document stays mounted (hidden) behind it, so Back finds it as it was.
 */
export function TemplatesView({ api }: { api: Client }) {
  const { store, templates } = useServices()
  const styleId = useAppState((state) => (state.ui.main.kind === 'style' ? state.ui.main.templateId : null))
  const hasBrief = useAppState((state) => state.doc.brief !== null)
  const backButton = useRef<HTMLButtonElement>(null)

  // Back returns the focus where it was in the document (it is still there, only hidden).
  useEffect(() => {
    const previous = deepActiveElement()
    return () => {
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
    }
  }, [])
  // Arriving, and between the gallery and a style editor, the focus starts on Back.
  useEffect(() => backButton.current?.focus(), [styleId])

  // Escape goes back, unless something on the way used it (a dialog, the palette, a rename field).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      const state = store.getState()
      if (dialogOpen(state) || state.ui.paletteOpen) return
      event.preventDefault()
      void templates.back()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [store, templates])

  const backLabel = styleId ? 'Back to templates' : hasBrief ? 'Back to the brief' : 'Back to the start'
  return (
    <main className="templates-view" aria-label="Templates">
      <div className="templates-bar">
        <button
          ref={backButton}
          type="button"
          className="back-button"
          aria-keyshortcuts="Escape"
          title={`${backLabel} (Esc)`}
          onClick={() => void templates.back()}
        >
          <span aria-hidden="true">←</span> {backLabel}
        </button>
        <p className="templates-crumbs muted" aria-hidden="true">
          Templates{styleId && ' › Page style'}
        </p>
      </div>
      <div className={`templates-body${styleId ? ' templates-body-style' : ''}`}>
        {styleId ? (
          <TemplateStyleScreen key={styleId} api={api} templateId={styleId} />
        ) : (
          <>
            <SettingsPanel api={api} />
            <TemplateManager api={api} onEdit={(id) => void templates.editStyle(id)} />
          </>
        )}
      </div>
    </main>
  )
}
