import { useId, useRef, useState } from 'react'
import type { KeyboardEvent, Ref } from 'react'
import { CONFIDENCE_LEVELS, LIKELIHOOD_BANDS, SCALE_NAMES } from '../../main/common/icd-203'
import { editorFor } from '../editor/editor-registry'
import './EstimativeMenu.css'

/** The terms offered: one scale's seven bands (the likely/unlikely scale, ICD 203's first), then confidence. */
const ITEMS: { term: string; note: string }[] = [
  ...LIKELIHOOD_BANDS.map((band) => ({ term: band.likelihood[0] ?? '', note: band.percent })),
  ...CONFIDENCE_LEVELS.map((level) => ({ term: level, note: 'confidence' })),
]

/**
 * A menu of ICD 203's estimative terms for a section's toolbar: picking one puts it at the editor's
 * caret (in place of a selection). The menu keeps the editor's selection while it is open.
 */
export function EstimativeMenu({
  sectionId,
  buttonRef,
  tabIndex,
  onFocus,
}: {
  sectionId: string
  buttonRef: Ref<HTMLButtonElement>
  tabIndex: number
  onFocus: () => void
}) {
  const [open, setOpen] = useState(false)
  const menuId = useId()
  const items = useRef<(HTMLButtonElement | null)[]>([])
  const button = useRef<HTMLButtonElement | null>(null)

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }
  const insert = (term: string) => {
    close(false)
    const view = editorFor(sectionId)
    if (!view) return
    view.dispatch(view.state.replaceSelection(term))
    view.focus()
  }
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const at = items.current.findIndex((item) => item === document.activeElement)
    const moves: Record<string, number> = {
      ArrowDown: (at + 1) % ITEMS.length,
      ArrowUp: (at - 1 + ITEMS.length) % ITEMS.length,
      Home: 0,
      End: ITEMS.length - 1,
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      close(true)
    } else if (event.key in moves) {
      event.preventDefault()
      items.current[moves[event.key] ?? 0]?.focus()
    }
    // The toolbar's own arrows must not move the focus out of the open menu.
    event.stopPropagation()
  }

  return (
    <span className="estimative-menu">
      <button
        ref={(element) => {
          button.current = element
          if (typeof buttonRef === 'function') buttonRef(element)
        }}
        type="button"
        className="format-button format-estimative"
        tabIndex={tabIndex}
        aria-label="Estimative language"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={`Estimative language (ICD 203, ${SCALE_NAMES.likelihood} scale)`}
        onMouseDown={(event) => event.preventDefault()}
        onFocus={onFocus}
        onClick={() => {
          setOpen(!open)
          if (!open) requestAnimationFrame(() => items.current[0]?.focus())
        }}
      >
        Estimative language
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-label="Estimative language"
          className="estimative-items"
          onKeyDown={onMenuKey}
        >
          {ITEMS.map((item, index) => (
            <li key={item.term} role="none">
              <button
                ref={(element) => {
                  items.current[index] = element
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => insert(item.term)}
              >
                {item.term} <small>{item.note}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
    </span>
  )
}
