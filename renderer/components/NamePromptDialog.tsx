import { useId, useRef, useState } from 'react'
import { TEMPLATE_LIMITS } from '../../main/common/limits'
import type { NamePrompt } from '../state/app-state'
import { useModalFocus } from '../dom/useModalFocus'
import { useAppState, useServices } from '../state/useAppState'

/** Asks for a name (Save as template): Enter or the button accepts it, Escape or Cancel gives up. */
export function NamePromptDialog() {
  const { templates } = useServices()
  const request = useAppState((state) => state.ui.namePrompt)
  // Keyed by the request, so that each question starts from its own initial name.
  return request && <NameForm key={request.id} request={request} onAnswer={templates.answerName} />
}

function NameForm({
  request,
  onAnswer,
}: {
  request: NamePrompt
  onAnswer: (id: number, name: string | null) => void
}) {
  const [name, setName] = useState(request.initial)
  const form = useRef<HTMLFormElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const inputId = useId()
  const descriptionId = useId()
  useModalFocus(form, true, () => onAnswer(request.id, null), input)
  const usable = name.trim() !== ''
  return (
    <div className="modal-backdrop">
      <form
        ref={form}
        className="modal confirm name-prompt"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={request.description ? descriptionId : undefined}
        onSubmit={(event) => {
          event.preventDefault()
          if (usable) onAnswer(request.id, name)
        }}
      >
        <h2 id={titleId}>{request.title}</h2>
        {request.description && (
          <p id={descriptionId} className="muted">
            {request.description}
          </p>
        )}
        <label htmlFor={inputId}>{request.label}</label>
        <input
          ref={input}
          id={inputId}
          className="name-input"
          value={name}
          maxLength={TEMPLATE_LIMITS.name}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setName(event.currentTarget.value)}
        />
        <div className="modal-actions">
          <button type="button" onClick={() => onAnswer(request.id, null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!usable}>
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </div>
  )
}
