import * as pdfjs from 'pdfjs-dist'
import type { PDFDocumentProxy } from 'pdfjs-dist'
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'

// Loaded lazily (PdfPages imports this module on first use): pdf.js is large and only the preview
// needs it. Its worker is a file of the bundle (content-hashed name, cached for good by the browser),
// so the CSP's worker-src 'self' allows it.

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl

let worker: pdfjs.PDFWorker | null = null

/**
 * One pdf.js worker for the whole session: starting one costs a script load and parse (1.2 MB), which
 * every redraw paid when each document made its own. Documents given a worker leave it running.
 */
function sharedWorker(): pdfjs.PDFWorker {
  if (!worker || worker.destroyed) worker = new pdfjs.PDFWorker()
  return worker
}

/** Starts the shared worker ahead of the first document (it loads and parses its script meanwhile). */
export function startPdfWorker(): void {
  sharedWorker()
}

/** Loads a PDF in the shared worker; the caller destroys it when done (or `signal` aborts the load). */
export async function openPdf(bytes: Uint8Array, signal: AbortSignal): Promise<PDFDocumentProxy> {
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    worker: sharedWorker(),
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    stopAtErrors: false,
    // Glyphs drawn from their outlines: every edit is a new document with its own embedded font
    // subsets, and loading each into the page as a font face cost more than drawing the outlines
    // (the preview's keystroke-to-settled time falls by about a tenth, more on long briefs).
    disableFontFace: true,
  })
  const abort = () => void task.destroy()
  signal.addEventListener('abort', abort, { once: true })
  try {
    return await task.promise
  } finally {
    signal.removeEventListener('abort', abort)
  }
}

/** Draws page `number` (1-based) into a new canvas `cssWidth` CSS pixels wide (sharp on HiDPI). */
export async function drawPage(
  document: PDFDocumentProxy,
  number: number,
  cssWidth: number,
  signal?: AbortSignal,
): Promise<DrawnPage> {
  const ratio = Math.min(window.devicePixelRatio || 1, 2)
  const page = await document.getPage(number)
  const base = page.getViewport({ scale: 1 })
  const viewport = page.getViewport({ scale: (cssWidth / base.width) * ratio })
  const canvas = window.document.createElement('canvas')
  canvas.width = Math.floor(viewport.width)
  canvas.height = Math.floor(viewport.height)
  // A draw that a newer edit made stale stops where it is (its promise rejects).
  signal?.throwIfAborted()
  const task = page.render({ canvas, viewport })
  const cancel = () => task.cancel()
  signal?.addEventListener('abort', cancel, { once: true })
  try {
    await task.promise
  } finally {
    signal?.removeEventListener('abort', cancel)
    page.cleanup()
  }
  return { canvas, width: cssWidth, height: Math.round(viewport.height / ratio) }
}

/** One drawn page. */
export type DrawnPage = { canvas: HTMLCanvasElement; width: number; height: number }
/** A bookmark of the PDF, its page (1-based) and its depth (1: a section, 2: a heading inside it). */
export type OutlineEntry = { title: string; page: number; level: number }
/** The drawn pages and the PDF's outline. */
export type DrawnPdf = { pages: DrawnPage[]; outline: OutlineEntry[] }

type OutlineNode = { title: string; dest: string | unknown[] | null; items: OutlineNode[] }

async function pageOf(document: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | null> {
  const explicit = typeof dest === 'string' ? await document.getDestination(dest) : dest
  const target = explicit?.[0]
  if (typeof target === 'number') return target + 1
  if (target && typeof target === 'object' && 'num' in target && 'gen' in target)
    return (await document.getPageIndex(target as { num: number; gen: number })) + 1
  return null
}

/**
 * The PDF's bookmarks, depth first. main/pdf writes one at the top level for each section it printed
 * (in its order, as titled there) and one below it for each heading inside the section.
 */
export async function readOutline(document: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = []
  const visit = async (nodes: OutlineNode[], level: number) => {
    for (const node of nodes) {
      const page = await pageOf(document, node.dest).catch(() => null)
      if (page !== null) entries.push({ title: node.title, page, level })
      await visit(node.items ?? [], level + 1)
    }
  }
  await visit(((await document.getOutline()) ?? []) as OutlineNode[], 1)
  return entries
}

/**
 * Draws every page of a PDF into its own canvas at `cssWidth` CSS pixels wide (sharp on HiDPI).
 * A strict CSP allows no PDF plugin, iframe or blob: document, so the preview is drawn, not embedded.
 */
export async function drawPdfPages(
  bytes: Uint8Array,
  cssWidth: number,
  signal: AbortSignal,
): Promise<DrawnPdf> {
  const document = await openPdf(bytes, signal)
  try {
    const pages: DrawnPage[] = []
    for (let number = 1; number <= document.numPages; number += 1) {
      if (signal.aborted) break
      pages.push(await drawPage(document, number, cssWidth))
    }
    const outline = await readOutline(document).catch(() => [])
    return { pages, outline }
  } finally {
    void document.destroy()
  }
}
