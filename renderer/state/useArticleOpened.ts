import { useEffect, useRef } from 'react'
import { useAppState } from './useAppState'

/** Calls `onOpened` after each render in which an article was added to the open ones. */
export function useArticleOpened(onOpened: () => void): void {
  const count = useAppState((state) => state.session.articles.length)
  const seen = useRef(count)
  useEffect(() => {
    const opened = count > seen.current
    seen.current = count
    if (opened) onOpened()
  }, [count, onOpened])
}

/**
 * Whether the focus fell to the page: the control that had it went away or was disabled (a file
 * picker's button while the file is read), so keyboard users would start again from the top.
 */
export function focusFellToPage(): boolean {
  return !document.activeElement || document.activeElement === document.body
}
