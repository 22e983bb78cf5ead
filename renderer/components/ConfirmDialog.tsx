import { useId, useRef } from 'react'
import { useModalFocus } from '../dom/useModalFocus'
import { useAppState, useServices } from '../state/useAppState'

/**
 * The question before unsaved work would be lost: save it (when it can be), discard it, or stay; or a
 * plain go-on question (Export anyway / Cancel), with a third answer where asked (Replace / Keep mine).
 */
export function ConfirmDialog() {
  const { workspace } = useServices()
  const request = useAppState((state) => state.ui.confirm)
  const dialog = useRef<HTMLDivElement>(null)
  const saveButton = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const titleId = useId()
  const messageId = useId()
  const canSave = request?.canSave ?? true
  // Without Save, the safe answer takes the focus: Enter must not discard work.
  useModalFocus(
    dialog,
    request !== null,
    () => request && workspace.answer(request.id, 'cancel'),
    canSave ? saveButton : cancelButton,
  )
  if (!request) return null
  return (
    <div className="modal-backdrop">
      <div
        ref={dialog}
        className="modal confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
      >
        <h2 id={titleId}>{request.title}</h2>
        <p id={messageId}>{request.message}</p>
        <div className="modal-actions">
          <button type="button" ref={cancelButton} onClick={() => workspace.answer(request.id, 'cancel')}>
            Cancel
          </button>
          {request.proceedLabel && request.keepLabel && (
            <button type="button" onClick={() => workspace.answer(request.id, 'keep')}>
              {request.keepLabel}
            </button>
          )}
          {request.proceedLabel ? (
            <button
              type="button"
              ref={saveButton}
              className="primary"
              onClick={() => workspace.answer(request.id, 'proceed')}
            >
              {request.proceedLabel}
            </button>
          ) : (
            <button type="button" className="danger" onClick={() => workspace.answer(request.id, 'discard')}>
              Discard changes
            </button>
          )}
          {canSave && !request.proceedLabel && (
            <button
              type="button"
              ref={saveButton}
              className="primary"
              onClick={() => workspace.answer(request.id, 'save')}
            >
              Save changes
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
