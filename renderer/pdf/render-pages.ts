import * as pdfjs from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

// Loaded lazily (PdfPreview imports this module on first use): pdf.js is large and only the preview
// needs it. Its worker is a file of the bundle, so the CSP's worker-src 'self' allows it.

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

/** One drawn page. */
export type DrawnPage = { canvas: HTMLCanvasElement; width: number; height: number }

/**
 * Draws every page of a PDF into its own canvas at `cssWidth` CSS pixels wide (sharp on HiDPI).
 * A strict CSP allows no PDF plugin, iframe or blob: document, so the preview is drawn, not embedded.
 */
export async function drawPdfPages(
  bytes: Uint8Array,
  cssWidth: number,
  signal: AbortSignal,
): Promise<DrawnPage[]> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    stopAtErrors: false,
  })
  signal.addEventListener('abort', () => void task.destroy(), { once: true })
  const document = await task.promise
  try {
    const pages: DrawnPage[] = []
    const ratio = Math.min(window.devicePixelRatio || 1, 2)
    for (let number = 1; number <= document.numPages; number += 1) {
      if (signal.aborted) break
      const page = await document.getPage(number)
      const base = page.getViewport({ scale: 1 })
      const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio })
      const canvas = window.document.createElement('canvas')
      canvas.width = Math.floor(viewport.width)
      canvas.height = Math.floor(viewport.height)
      await page.render({ canvas, viewport }).promise
      pages.push({ canvas, width: cssWidth, height: Math.round(viewport.height / ratio) })
      page.cleanup()
    }
    return pages
  } finally {
    void document.destroy()
  }
}
