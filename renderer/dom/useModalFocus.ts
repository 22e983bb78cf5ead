import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { deepActiveElement } from '../editor/editor-registry'

const FOCUSABLE = 'button:not(:disabled), input:not(:disabled), [tabindex]:not([tabindex="-1"])'

/**
 * Focus for a modal layer while `open`: the first field (or `initial`) takes the focus, Tab stays
 * inside, Escape calls `onEscape`, and the focus goes back where it was when the layer closes.
 */
export function useModalFocus(
  container: RefObject<HTMLElement | null>,
  open: boolean,
  onEscape: () => void,
  initial?: RefObject<HTMLElement | null>,
): void {
  const escape = useRef(onEscape)
  useEffect(() => {
    escape.current = onEscape
  })
  useEffect(() => {
    if (!open) return
    const previous = deepActiveElement()
    const root = container.current
    const first = initial?.current ?? root?.querySelector<HTMLElement>(FOCUSABLE)
    first?.focus()
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        escape.current()
        return
      }
      if (event.key !== 'Tab' || !root) return
      const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)]
      if (items.length === 0) return
      const index = items.indexOf(document.activeElement as HTMLElement)
      const next = event.shiftKey
        ? index <= 0
          ? items[items.length - 1]
          : items[index - 1]
        : index === items.length - 1
          ? items[0]
          : items[index + 1]
      event.preventDefault()
      next.focus()
    }
    root?.addEventListener('keydown', onKey)
    return () => {
      root?.removeEventListener('keydown', onKey)
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus()
    }
  }, [container, open, initial])
}
