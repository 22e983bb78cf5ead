import { useEffect, useRef, useState } from 'react'
import type { PdfPreviewState } from '../state/usePdfPreview'

/** The exact PDF, drawn page by page into canvases with pdf.js (loaded on first use). */
export function PdfPreview({ state }: { state: PdfPreviewState }) {
  const pagesRef = useRef<HTMLDivElement>(null)
  const [drawError, setDrawError] = useState<string | null>(null)
  const { bytes } = state

  useEffect(() => {
    const container = pagesRef.current
    if (!container) return
    if (!bytes) {
      container.replaceChildren()
      return
    }
    const controller = new AbortController()
    const width = Math.max(320, Math.min(container.clientWidth || 640, 900))
    import('../pdf/render-pages')
      .then(({ drawPdfPages }) => drawPdfPages(bytes, width, controller.signal))
      .then(
        (pages) => {
          if (controller.signal.aborted) return
          pages.forEach((page, index) => {
            page.canvas.className = 'pdf-page'
            page.canvas.setAttribute('role', 'img')
            page.canvas.setAttribute('aria-label', `Page ${index + 1} of ${pages.length}`)
          })
          container.replaceChildren(...pages.map((page) => page.canvas))
          setDrawError(null)
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setDrawError(error instanceof Error ? error.message : String(error))
        },
      )
    return () => controller.abort()
  }, [bytes])

  const error = state.error ?? drawError
  return (
    <div className="pdf-preview">
      <h2>
        Preview
        {state.pages > 0 && (
          <span className="page-count">
            {' '}
            · {state.pages} page{state.pages === 1 ? '' : 's'}
          </span>
        )}
      </h2>
      {state.loading && <p role="status">Rendering…</p>}
      {error && <p role="alert">The preview failed: {error}</p>}
      {state.warnings.length > 0 && (
        <ul className="warnings" aria-label="Warnings">
          {state.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="pdf-pages" ref={pagesRef} data-testid="pdf-pages" />
    </div>
  )
}
