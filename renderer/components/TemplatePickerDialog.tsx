import { useId, useRef, useState } from 'react'
import type { TemplateListing, TemplatePick } from '../state/app-state'
import { useModalFocus } from '../dom/useModalFocus'
import { useAppState, useServices } from '../state/useAppState'

/** Change template: the installed templates to pick from, the brief's current one marked. */
export function TemplatePickerDialog() {
  const { templates } = useServices()
  const request = useAppState((state) => state.ui.templatePick)
  const listings = useAppState((state) => state.session.templates)
  return (
    request && (
      <Picker key={request.id} request={request} listings={listings} onAnswer={templates.answerPick} />
    )
  )
}

function Picker({
  request,
  listings,
  onAnswer,
}: {
  request: TemplatePick
  listings: TemplateListing[]
  onAnswer: (id: number, templateId: string | null) => void
}) {
  const [picked, setPicked] = useState(request.currentId)
  const form = useRef<HTMLFormElement>(null)
  const checked = useRef<HTMLInputElement>(null)
  const titleId = useId()
  const noteId = useId()
  const group = useId()
  useModalFocus(form, true, () => onAnswer(request.id, null), checked)
  const changes = picked !== request.currentId && listings.some((listing) => listing.id === picked)
  return (
    <div className="modal-backdrop">
      <form
        ref={form}
        className="modal template-picker"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={noteId}
        onSubmit={(event) => {
          event.preventDefault()
          if (changes) onAnswer(request.id, picked)
        }}
      >
        <h2 id={titleId}>Change template</h2>
        <p id={noteId} className="muted">
          The brief takes the template’s sections, headings and page style, and its sections are drafted from
          the open article. What you wrote moves into the section of the same kind; what you wrote in sections
          the template has no place for is kept at the end. Undo changes it back.
        </p>
        <div className="template-grid picker-grid" role="radiogroup" aria-label="Template">
          {listings.map((listing) => (
            <label
              key={listing.id}
              className={`template-card${picked === listing.id ? ' picked' : ''}${listing.error ? ' broken' : ''}`}
            >
              <input
                ref={listing.id === request.currentId ? checked : undefined}
                type="radio"
                name={group}
                value={listing.id}
                checked={picked === listing.id}
                disabled={Boolean(listing.error)}
                onChange={() => setPicked(listing.id)}
              />
              <span className="template-name">
                {listing.name}
                {listing.id === request.currentId && <span className="badge">Current</span>}
                {!listing.builtIn && <span className="badge">Yours</span>}
              </span>
              <span className="template-description">{listing.error ?? listing.description}</span>
            </label>
          ))}
        </div>
        <div className="modal-actions">
          <button type="button" onClick={() => onAnswer(request.id, null)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!changes}>
            Change template
          </button>
        </div>
      </form>
    </div>
  )
}
