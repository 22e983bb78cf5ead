import { useEffect, useState } from 'react'
import type { RefObject } from 'react'
import type { DrawnPdf } from '../pdf/render-pages'

const GUTTER = 28
const MIN_WIDTH = 280

/** The width of an element, following resizes (settled for a moment, so dragging a splitter is smooth). */
function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0)
  useEffect(() => {
    const target = element.current
    if (!target) return
    let timer: ReturnType<typeof setTimeout> | undefined
    // A hidden pane (under the Templates view) measures 0: it keeps its width and its drawn pages.
    const measure = () => {
      if (target.clientWidth > 0) setWidth(target.clientWidth)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      clearTimeout(timer)
      timer = setTimeout(measure, 150)
    })
    observer.observe(target)
    return () => {
      clearTimeout(timer)
      observer.disconnect()
    }
  }, [element])
  return width
}

/**
 * The PDF drawn page by page into canvases with pdf.js (loaded on first use). The old pages stay
 * until the new ones are ready, so the preview never flashes empty while typing.
 */
export function PdfPages({
  bytes,
  zoom,
  scroller,
  onDrawn,
}: {
  bytes: Uint8Array | null
  /** 1 fits the page to the pane's width. */
  zoom: number
  scroller: RefObject<HTMLDivElement | null>
  onDrawn: (pdf: Pick<DrawnPdf, 'outline'> | null) => void
}) {
  const width = useWidth(scroller)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    const container = scroller.current?.querySelector<HTMLDivElement>('.pdf-pages')
    if (!container) return
    if (!bytes) {
      container.replaceChildren()
      onDrawn(null)
      return
    }
    const controller = new AbortController()
    const cssWidth = Math.max(MIN_WIDTH, Math.round(((width || 640) - GUTTER) * zoom))
    import('../pdf/render-pages')
      .then(({ drawPdfPages }) => drawPdfPages(bytes, cssWidth, controller.signal))
      .then(
        ({ pages, outline }) => {
          if (controller.signal.aborted) return
          pages.forEach((page, index) => {
            page.canvas.className = 'pdf-page'
            // Sized by the pane (a container, see styles.css), not in pixels: when the pane resizes the
            // drawn pages scale with it at once, and the redraw at the new width only sharpens them.
            page.canvas.style.width = `max(${MIN_WIDTH}px, ${zoom * 100}cqw)`
            page.canvas.setAttribute('role', 'img')
            page.canvas.setAttribute('aria-label', `Page ${index + 1} of ${pages.length}`)
            page.canvas.dataset.page = String(index + 1)
          })
          container.replaceChildren(...pages.map((page) => page.canvas))
          setError(null)
          onDrawn({ outline })
        },
        (failure: unknown) => {
          if (!controller.signal.aborted)
            setError(failure instanceof Error ? failure.message : String(failure))
        },
      )
    return () => controller.abort()
  }, [bytes, width, zoom, scroller, onDrawn])

  return (
    <>
      {error && (
        <p className="preview-error" role="alert">
          The preview could not be drawn: {error}
        </p>
      )}
      <div className="pdf-pages" data-testid="pdf-pages" />
    </>
  )
}
