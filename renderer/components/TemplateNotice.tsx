import { useEffect } from 'react'
import type { TemplatesNotice } from '../state/useTemplates'

/** How long a notice stays; an undoable delete stays longer, so that there is time to undo it. */
const NOTICE_MS = 6000
const UNDO_MS = 12000

/** The last action's outcome, as a toast; after a delete it offers "Undo". */
export function TemplateNotice({
  notice,
  busy,
  onUndo,
  onDismiss,
}: {
  notice: TemplatesNotice | null
  busy: boolean
  onUndo(): void
  onDismiss(): void
}) {
  useEffect(() => {
    if (!notice || notice.kind === 'error') return
    const timer = setTimeout(onDismiss, notice.deleted ? UNDO_MS : NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, onDismiss])

  // The live regions stay in the page, so that screen readers announce what is put in them.
  return (
    <div className="tm-toasts">
      <div role="status" aria-live="polite">
        {notice && notice.kind === 'info' && (
          <div className="tm-toast">
            <span>{notice.text}</span>
            {notice.deleted && (
              <button type="button" className="tm-toast-action" disabled={busy} onClick={onUndo}>
                Undo
              </button>
            )}
            <button type="button" className="tm-toast-close" aria-label="Dismiss" onClick={onDismiss}>
              ×
            </button>
          </div>
        )}
      </div>
      <div role="alert">
        {notice && notice.kind === 'error' && (
          <div className="tm-toast tm-toast-error">
            <span>{notice.text}</span>
            <button type="button" className="tm-toast-close" aria-label="Dismiss" onClick={onDismiss}>
              ×
            </button>
          </div>
        )}
      </div>
    </div>
  )
}
