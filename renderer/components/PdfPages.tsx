import { useEffect, useRef, useState } from 'react'
import type { RefObject } from 'react'
import type { DrawnPdf, openPdf } from '../pdf/render-pages'

type LoadedDocument = Awaited<ReturnType<typeof openPdf>>

const GUTTER = 28
const MIN_WIDTH = 280
/**
 * How long a resize must rest before the pages are drawn again at the new width. Until then the
 * drawn pages scale with the pane (CSS), so dragging a splitter stays smooth; the redraw sharpens.
 */
const RESIZE_SETTLE_MS = 40

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
      timer = setTimeout(measure, RESIZE_SETTLE_MS)
    })
    observer.observe(target)
    return () => {
      clearTimeout(timer)
      observer.disconnect()
    }
  }, [element])
  return width
}

/** A page on screen and what it was drawn from. */
type Shown = { canvas: HTMLCanvasElement; hash: string | null; cssWidth: number }

/**
 * The PDF drawn page by page into canvases with pdf.js (loaded on first use). One document is loaded
 * at a time (the previous one is destroyed when a new one replaces it), and only the pages whose
 * content hash changed, or all at a new width, are drawn again; the others stay as they are. The old
 * pages stay until the new ones are ready and are swapped in place at once, so the preview never
 * flashes empty and keeps its scroll position.
 */
export function PdfPages({
  bytes,
  pageHashes = null,
  zoom,
  scroller,
  onDrawn,
}: {
  bytes: Uint8Array | null
  /** One content hash per page (from the host); without them every page is drawn again. */
  pageHashes?: string[] | null
  /** 1 fits the page to the pane's width. */
  zoom: number
  scroller: RefObject<HTMLDivElement | null>
  onDrawn: (pdf: Pick<DrawnPdf, 'outline'> | null) => void
}) {
  const width = useWidth(scroller)
  const [error, setError] = useState<string | null>(null)
  const shown = useRef<Shown[]>([])
  // The document on screen and the bytes it was loaded from: a new width or zoom draws from it again
  // (pdf.js keeps each page's parsed content), only new bytes load a new one.
  const loaded = useRef<{ bytes: Uint8Array; document: LoadedDocument } | null>(null)

  useEffect(
    () => () => {
      void loaded.current?.document.destroy()
      loaded.current = null
    },
    [],
  )

  useEffect(() => {
    const container = scroller.current?.querySelector<HTMLDivElement>('.pdf-pages')
    if (!container) return
    if (!bytes) {
      container.replaceChildren()
      shown.current = []
      onDrawn(null)
      return
    }
    const controller = new AbortController()
    const { signal } = controller
    const cssWidth = Math.max(MIN_WIDTH, Math.round(((width || 640) - GUTTER) * zoom))
    const draw = async () => {
      const { openPdf, drawPage, readOutline } = await import('../pdf/render-pages')
      const current = loaded.current?.bytes === bytes ? loaded.current.document : null
      const document = current ?? (await openPdf(bytes, signal))
      // A document loaded for this draw is this draw's to drop if it is abandoned; the one on screen stays.
      const abandon = () => {
        if (document !== current) void document.destroy()
      }
      if (signal.aborted) {
        abandon()
        return
      }
      const previous = shown.current
      const place = (page: Shown, index: number, count: number) => {
        const { canvas } = page
        canvas.className = 'pdf-page'
        // Sized by the pane (a container, see styles.css), not in pixels: when the pane resizes the
        // drawn pages scale with it at once, and the redraw at the new width only sharpens them.
        canvas.style.width = `max(${MIN_WIDTH}px, ${zoom * 100}cqw)`
        canvas.setAttribute('role', 'img')
        canvas.setAttribute('aria-label', `Page ${index + 1} of ${count}`)
        canvas.dataset.page = String(index + 1)
        const there = container.children[index]
        if (there !== canvas) {
          if (there) container.replaceChild(canvas, there)
          else container.append(canvas)
        }
      }
      // With nothing on screen yet (a new draft, an opened brief), each page shows as soon as it and
      // the pages before it are drawn; otherwise the new pages replace the old ones all at once.
      const ready: (Shown | undefined)[] = []
      let placed = 0
      const showInOrder = (page: Shown, index: number) => {
        if (previous.length > 0 || signal.aborted) return
        ready[index] = page
        for (let next = ready[placed]; next !== undefined; next = ready[placed]) {
          place(next, placed, document.numPages)
          placed += 1
        }
      }
      // The pages to draw are asked for at once: pdf.js's worker reads the next page's content while
      // this thread draws the one before. The outline is read meanwhile too.
      const outlineRead = readOutline(document).catch(() => [])
      const pages = Array.from({ length: document.numPages }, async (_unused, index): Promise<Shown> => {
        const hash = pageHashes?.[index] ?? null
        const old = previous[index]
        if (old && hash !== null && old.hash === hash && old.cssWidth === cssWidth) return old
        const page = {
          canvas: (await drawPage(document, index + 1, cssWidth, signal)).canvas,
          hash,
          cssWidth,
        }
        showInOrder(page, index)
        return page
      })
      const next = await Promise.all(pages).catch((failure: unknown) => {
        abandon()
        throw failure
      })
      if (signal.aborted) {
        abandon()
        return
      }
      const outline = await outlineRead
      if (signal.aborted) {
        abandon()
        return
      }
      if (document !== current) {
        void loaded.current?.document.destroy()
        loaded.current = { bytes, document }
      }
      next.forEach((page, index) => place(page, index, next.length))
      while (container.children.length > next.length) container.lastElementChild?.remove()
      shown.current = next
      setError(null)
      onDrawn({ outline })
    }
    draw().catch((failure: unknown) => {
      if (!signal.aborted) setError(failure instanceof Error ? failure.message : String(failure))
    })
    return () => controller.abort()
  }, [bytes, pageHashes, width, zoom, scroller, onDrawn])

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
