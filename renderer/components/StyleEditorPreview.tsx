import { useEffect, useRef, useState } from 'react'
import type { StylePreview } from '../state/useTemplatesStyleDraft'

const PAGE_WIDTH = 420

/** The live preview of the style being edited: every page of the PDF the host rendered with it. */
export function StyleEditorPreview({ preview, subject }: { preview: StylePreview; subject: string }) {
  const holder = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const { bytes } = preview

  useEffect(() => {
    const target = holder.current
    if (!target || !bytes) return
    const controller = new AbortController()
    import('../pdf/render-pages')
      .then(({ drawPdfPages }) => drawPdfPages(bytes, PAGE_WIDTH, controller.signal))
      .then(
        (drawn) => {
          if (controller.signal.aborted) return
          drawn.pages.forEach((page, index) => {
            page.canvas.className = 'tm-page-canvas se-preview-page'
            page.canvas.setAttribute('role', 'img')
            page.canvas.setAttribute('aria-label', `Preview, page ${index + 1} of ${drawn.pages.length}`)
          })
          // The previous pages stay until the new ones are drawn: no flash while typing.
          target.replaceChildren(...drawn.pages.map((page) => page.canvas))
          setFailure(null)
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFailure(error instanceof Error ? error.message : String(error))
        },
      )
    return () => controller.abort()
  }, [bytes])

  const error = preview.error ?? failure
  return (
    // Focusable so that the keyboard can scroll the pages (it holds no control of its own).
    <section className="se-preview" aria-label="Preview" tabIndex={0}>
      <header className="se-preview-header">
        <h3>Preview</h3>
        <span className="tm-muted" role="status">
          {preview.loading
            ? 'Updating…'
            : `${subject}${preview.pages > 0 ? ` · ${preview.pages} page${preview.pages === 1 ? '' : 's'}` : ''}`}
        </span>
      </header>
      {error && (
        <p className="tm-error" role="alert">
          The preview failed: {error}
        </p>
      )}
      <div className="se-preview-pages" ref={holder} data-testid="style-preview-pages" />
    </section>
  )
}
