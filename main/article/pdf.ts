import type { Article } from './types'
import type { ReadContext } from './assemble'
import { assembleArticle } from './assemble'
import { ArticleError, describeError, throwIfAborted } from './errors'
import { limits } from './limits'
import type { TextRun } from './pdf-layout'
import { linesToDraft, runsToLines } from './pdf-layout'

/**
 * PDF → Article from pdf.js text content: lines rebuilt from run positions, headings from font
 * size, paragraphs from vertical gaps (see pdf-layout). pdf.js runs with eval, font faces and
 * system fonts off; it only reads text here, nothing is rendered.
 */
export async function readPdf(
  bytes: Uint8Array,
  context: ReadContext,
  signal?: AbortSignal,
): Promise<Article> {
  // Loaded on first use: pdf.js is a large module that most reads never need.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  })
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openError(error, context.origin)
    })
    const pages = Math.min(document.numPages, limits.pdfPages)
    const runs: TextRun[] = []
    for (let page = 1; page <= pages; page++) {
      throwIfAborted(signal, context.origin)
      const content = await (await document.getPage(page)).getTextContent()
      for (const item of content.items) {
        const run = toRun(item, page)
        if (run) runs.push(run)
      }
    }
    const info = await document.getMetadata().then(
      (metadata) => metadata.info as Record<string, unknown>,
      () => ({}) as Record<string, unknown>,
    )
    const draft = linesToDraft(runsToLines(runs))
    if (draft.blocks.length === 0) {
      throw new ArticleError(
        'empty',
        `${context.origin} has no text layer (it may be a scan). Run OCR on it first, or paste the text.`,
      )
    }
    if (!draft.meta.title && typeof info.Title === 'string') draft.meta.title = info.Title
    if (document.numPages > pages) {
      draft.warnings?.push(`Only the first ${pages} of ${document.numPages} pages were read.`)
    }
    return assembleArticle(draft, context)
  } finally {
    await task.destroy()
  }
}

/** A pdf.js text item as a run; marked-content markers and vertical text are skipped. */
function toRun(item: unknown, page: number): TextRun | null {
  if (typeof item !== 'object' || item === null || !('str' in item) || !('transform' in item)) return null
  const { str, transform, width } = item as { str: unknown; transform: unknown; width: unknown }
  if (typeof str !== 'string' || !Array.isArray(transform) || transform.length < 6) return null
  const [a, b, c, d, x, y] = transform.map(Number)
  if (![a, b, c, d, x, y].every(Number.isFinite) || Math.abs(b) > Math.abs(a)) return null
  return { text: str, x, y, width: typeof width === 'number' ? width : 0, size: Math.hypot(c, d), page }
}

function openError(error: unknown, origin: string): ArticleError {
  const name = error instanceof Error ? error.name : ''
  if (name === 'PasswordException') {
    return new ArticleError(
      'unreadable',
      `${origin} is password-protected. Remove the password and open it again.`,
      { cause: error },
    )
  }
  if (name === 'InvalidPDFException') {
    return new ArticleError(
      'unreadable',
      `${origin} is not a valid PDF file. Check that it opens in a PDF viewer.`,
      { cause: error },
    )
  }
  return new ArticleError('unreadable', `${origin} could not be read as a PDF (${describeError(error)}).`, {
    cause: error,
  })
}
