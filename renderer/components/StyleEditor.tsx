import { useEffect, useId, useState } from 'react'
import type { Api } from '../../main/api/contract'
import type { Brief } from '../../main/brief/schema'
import type { Template } from '../../main/templates/schema'
import { useTemplatesStyleDraft } from '../state/useTemplatesStyleDraft'
import { StyleEditorForm } from './StyleEditorForm'
import { StyleEditorPreview } from './StyleEditorPreview'
import './TemplateManager.css'

/** The calls the style editor makes. */
export type StyleEditorApi = Pick<
  Api,
  'renderPdf' | 'renderTemplatePreview' | 'saveTemplate' | 'duplicateTemplate'
>

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The page style of a template, every field, beside a live preview of the open brief in that style
 * (or of the sample brief). Built-in templates open read-only with "Duplicate to edit".
 */
export function StyleEditor({
  api,
  template,
  builtIn,
  brief,
  onSaved,
  onDuplicated,
  onDirtyChange,
}: {
  api: StyleEditorApi
  template: Template
  builtIn: boolean
  brief: Brief | null
  onSaved?: (template: Template) => void
  onDuplicated?: (template: Template) => void
  /** Whether the draft has unsaved changes, each time that changes (so leaving can ask first). */
  onDirtyChange?: (dirty: boolean) => void
}) {
  const draft = useTemplatesStyleDraft(api, template, brief)
  useEffect(() => onDirtyChange?.(draft.dirty), [draft.dirty, onDirtyChange])
  const [status, setStatus] = useState<{ kind: 'info' | 'error'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const headingId = useId()

  const run = async (action: () => Promise<void>) => {
    setBusy(true)
    try {
      await action()
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) })
    } finally {
      setBusy(false)
    }
  }
  const save = () =>
    run(async () => {
      const saved = await api.saveTemplate({ template: { ...template, style: draft.style } })
      setStatus({ kind: 'info', text: `Saved “${saved.name}”.` })
      onSaved?.(saved)
    })
  const duplicate = () =>
    run(async () => {
      const copy = await api.duplicateTemplate({ id: template.id })
      setStatus({ kind: 'info', text: `Made “${copy.name}”: you can edit it.` })
      onDuplicated?.(copy)
    })

  return (
    <section className="se-editor" aria-labelledby={headingId}>
      <div className="se-form">
        <header className="se-header">
          <div>
            <h2 id={headingId}>Page style · {template.name}</h2>
            <p className="tm-muted">
              {brief
                ? `Previewing “${brief.meta.title || 'Untitled brief'}”.`
                : 'Previewing the sample brief.'}
            </p>
          </div>
          <div className="tm-actions">
            {builtIn ? (
              <button type="button" className="primary" disabled={busy} onClick={() => void duplicate()}>
                Duplicate to edit
              </button>
            ) : (
              <>
                <button type="button" disabled={busy || !draft.dirty} onClick={draft.reset}>
                  Discard changes
                </button>
                <button
                  type="button"
                  className="primary"
                  disabled={busy || !draft.dirty}
                  onClick={() => void save()}
                >
                  Save style
                </button>
              </>
            )}
          </div>
        </header>
        {builtIn && (
          <p className="se-readonly" role="note">
            “{template.name}” is built in and read-only. Duplicate it to change its style.
          </p>
        )}
        <div
          role={status?.kind === 'error' ? 'alert' : 'status'}
          className={status?.kind === 'error' ? 'tm-error' : 'tm-muted'}
        >
          {status?.text}
        </div>
        <fieldset className="se-fields" disabled={builtIn || busy} aria-label={`Style of ${template.name}`}>
          <StyleEditorForm style={draft.style} update={draft.update} />
        </fieldset>
      </div>
      <StyleEditorPreview preview={draft.preview} subject={brief ? 'Your brief' : 'Sample brief'} />
    </section>
  )
}
