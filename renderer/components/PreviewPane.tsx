import { useCallback, useRef, useState } from 'react'
import type { DrawnPdf } from '../pdf/render-pages'
import { useAppState, useServices } from '../state/useAppState'
import { usePdfPreview } from '../state/usePdfPreview'
import { PdfPages } from './PdfPages'

const ZOOMS = [0.75, 1, 1.25, 1.5, 2]

/**
 * The exact PDF (the bytes an export writes), its page count, and a list to jump to each section it
 * prints: the PDF's own top-level bookmarks, so a section left out (empty) is not listed and the
 * order and titles are the printed ones.
 */
export function PreviewPane() {
  // The renderer follows the store's brief (useApp subscribes it); this pane shows what it made.
  const preview = usePdfPreview(useServices().preview)
  const budget = useAppState((state) => state.session.template?.pageBudget)
  const [zoom, setZoom] = useState(1)
  const [drawn, setDrawn] = useState<Pick<DrawnPdf, 'outline'> | null>(null)
  const scroller = useRef<HTMLDivElement>(null)
  const onDrawn = useCallback((pdf: Pick<DrawnPdf, 'outline'> | null) => setDrawn(pdf), [])

  const printed = drawn?.outline.filter((entry) => entry.level === 1) ?? []
  const jump = (page: number) => {
    const canvas = scroller.current?.querySelector<HTMLCanvasElement>(`canvas[data-page="${page}"]`)
    canvas?.scrollIntoView?.({ block: 'start', behavior: 'smooth' })
  }
  const zoomIndex = ZOOMS.indexOf(zoom)

  return (
    <div className="pane-inner">
      <div className="pane-header">
        <h2>Preview</h2>
        <PageCount pages={preview.pages} budget={budget} />
        <span className="render-state small-text" role="status">
          {preview.loading ? 'Rendering…' : ''}
        </span>
        <div className="zoom-controls" role="group" aria-label="Zoom">
          <button
            type="button"
            className="icon"
            aria-label="Zoom out"
            disabled={zoomIndex <= 0}
            onClick={() => setZoom(ZOOMS[zoomIndex - 1])}
          >
            −
          </button>
          <button type="button" className="small quiet" aria-label="Fit width" onClick={() => setZoom(1)}>
            {zoom === 1 ? 'Fit' : `${Math.round(zoom * 100)}%`}
          </button>
          <button
            type="button"
            className="icon"
            aria-label="Zoom in"
            disabled={zoomIndex >= ZOOMS.length - 1}
            onClick={() => setZoom(ZOOMS[zoomIndex + 1])}
          >
            +
          </button>
        </div>
      </div>
      {printed.length > 0 && (
        <nav className="preview-outline" aria-label="Jump to section">
          <ul>
            {printed.map((entry, index) => (
              // Titles can repeat (two "Notes" sections): the place in the list tells them apart.
              <li key={`${index}-${entry.title}`}>
                <button type="button" onClick={() => jump(entry.page)}>
                  <span className="outline-heading">{entry.title}</span>
                  <span className="outline-page">p. {entry.page}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {preview.error && (
        <p className="preview-error" role="alert">
          The preview could not be made: {preview.error} The last good preview is shown.
        </p>
      )}
      {preview.warnings.length > 0 && (
        <ul className="preview-warnings small-text" aria-label="Preview warnings">
          {preview.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div
        ref={scroller}
        className="pane-scroll preview-scroll"
        tabIndex={0}
        aria-label="PDF pages, scrollable"
      >
        <PdfPages
          bytes={preview.bytes}
          pageHashes={preview.pageHashes}
          zoom={zoom}
          scroller={scroller}
          onDrawn={onDrawn}
        />
      </div>
    </div>
  )
}

/**
 * The PDF's pages, against the template's page budget when it has one (marked once it runs over). It
 * says "limit": "2 of 4 pages" beside the zoom read as the page being shown.
 */
function PageCount({ pages, budget }: { pages: number; budget: number | undefined }) {
  if (pages === 0) return <span className="page-count muted small-text" />
  const plural = (count: number) => `${count} page${count === 1 ? '' : 's'}`
  if (budget === undefined) return <span className="page-count muted small-text">{plural(pages)}</span>
  const over = pages > budget
  return (
    <span
      className={`page-count small-text${over ? ' over-budget' : ' muted'}`}
      title={`The template aims at ${plural(budget)}`}
    >
      {over
        ? `${plural(pages)}, limit ${budget}: ${pages - budget} over`
        : `${plural(pages)}, limit ${budget}`}
    </span>
  )
}
