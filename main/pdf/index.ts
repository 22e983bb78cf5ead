import { createHash } from 'node:crypto'
import type { Brief } from '../brief/schema'
import type { TemplateStyle } from '../templates/schema'
import { formatDate } from '../common/dates'
import { decoratePages } from './decorate'
import { drawPages } from './draw'
import { resolveContents } from './flow-contents'
import { flowBrief } from './flow-document'
import type { FlowItem, Placed } from './flow-types'
import { missingGlyphWarning } from './font-coverage'
import { constructorFont, loadShaping } from './engine/fonts'
import { createPdfDoc } from './engine/pdfkit-adapter'
import type { PdfDoc } from './engine/pdfkit-types'
import { defaultCreationDate, documentInfo, escapeXmpMetadata } from './metadata'
import { paginate } from './paginate'
import { sectionPages } from './section-pages'
import type { SectionPages } from './section-pages'
import { pdfkitPageSize, themeFor } from './theme'
import { typographyFor } from './typography'

/**
 * A rendered brief: the PDF bytes, its page count, what the renderer had to leave out or change, and
 * one hash per page of everything that page is drawn from (equal hashes draw equal pixels), so a
 * preview redraws only the pages that changed.
 */
export type PdfResult = { bytes: Uint8Array; pages: number; warnings: string[]; pageHashes?: string[] }

/** Options of `renderBriefPdf`. */
export type RenderOptions = {
  /** The PDF's creation and modification date; defaults to the brief's date at 00:00 UTC. */
  creationDate?: Date
  /** Draw page 1 only (a template's thumbnail); its footer still counts every page. */
  firstPageOnly?: boolean
  /** Hash each page's content (`pageHashes`), for a preview that redraws only the pages that changed. */
  pageHashes?: boolean
}

/** Distinct missing characters reported one by one; the rest are counted. */
const MISSING_REPORT_LIMIT = 20

function missingCollector(): { onMissing: (char: string) => void; warnings: () => string[] } {
  const seen = new Set<string>()
  return {
    onMissing: (char) => {
      seen.add(char)
    },
    warnings: () => {
      const chars = [...seen]
      const listed = chars.slice(0, MISSING_REPORT_LIMIT).map(missingGlyphWarning)
      const rest = chars.length - listed.length
      if (rest > 0) listed.push(`${rest} more characters no bundled font has were left out of the PDF`)
      return listed
    },
  }
}

function collectBytes(doc: PdfDoc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    doc.on('data', (chunk) => chunks.push(chunk))
    doc.on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
  })
}

/** The brief flowed and paginated in the style: what drawing paints, and where each section went. */
function layOut(brief: Brief, style: TemplateStyle, onMissing: (char: string) => void, notes: string[]) {
  const theme = themeFor(style)
  const items: FlowItem[] = []
  // Written once a layout: the kept sections' flowings and the page hashes are keyed by it.
  const styleKey = JSON.stringify(style)
  const anchors = flowBrief(
    { theme, type: typographyFor(theme), items, onMissing, warn: (message) => notes.push(message) },
    brief,
    style,
    styleKey,
  )
  const pages = resolveContents(paginate(items, { top: theme.contentTop, bottom: theme.contentBottom }))
  return { theme, pages, anchors, styleKey }
}

/**
 * Starts loading what setting text needs (the shaper's WebAssembly), for a caller with files to
 * read before it renders: the shaper loads while the reads wait. `renderBriefPdf` waits for it and
 * reports a failure.
 */
export function preloadRendering(): void {
  loadShaping().catch(() => undefined)
}

/** How a brief lays out without drawing it: its page count and the pages each printed section spans. */
export type BriefLayout = { pages: number; sections: SectionPages[] }

/**
 * The layout the PDF of this brief would have (the same flow and pagination as `renderBriefPdf`),
 * without drawing or encoding it: for checks that ask how long the brief is and where sections fall.
 */
export async function layoutBrief(brief: Brief, style: TemplateStyle): Promise<BriefLayout> {
  await loadShaping()
  const { pages, anchors } = layOut(brief, style, () => undefined, [])
  return { pages: pages.length, sections: sectionPages(pages, anchors) }
}

/**
 * Renders a brief as a tagged PDF (PDF/UA flag, outline, embedded subset fonts) in the template's
 * page style. The same brief, style and creation date always give the same bytes.
 */
export async function renderBriefPdf(
  brief: Brief,
  style: TemplateStyle,
  options: RenderOptions = {},
): Promise<PdfResult> {
  await loadShaping()
  const notes: string[] = []
  const missing = missingCollector()
  const { theme, pages, styleKey } = layOut(brief, style, missing.onMissing, notes)

  const creationDate = options.creationDate ?? defaultCreationDate(brief)
  const doc = createPdfDoc({
    size: pdfkitPageSize(style),
    margins: theme.margins,
    font: constructorFont(),
    info: documentInfo(brief, creationDate),
  })
  escapeXmpMetadata(doc)
  const bytes = collectBytes(doc)
  const drawn = options.firstPageOnly ? pages.slice(0, 1) : pages
  drawPages(doc, drawn, theme)
  decoratePages(
    doc,
    theme,
    {
      marking: brief.meta.marking,
      watermark: style.watermark,
      header: style.runningHeader ? style.header : null,
      footer: style.footer,
      firstPage: style.firstPage,
      fields: {
        title: brief.meta.title.trim() || 'Untitled brief',
        date: formatDate(brief.meta.date),
        marking: brief.meta.marking,
        organization: brief.meta.organization.trim(),
      },
      totalPages: pages.length,
    },
    missing.onMissing,
  )
  doc.end()
  const result: PdfResult = {
    bytes: await bytes,
    pages: drawn.length,
    warnings: [...new Set(notes), ...missing.warnings()],
  }
  if (!options.pageHashes) return result
  // What every page shares (the style, with its logo's base64, and the meta) is hashed once, not per page.
  const decoration = sha1(`${pages.length}\n${styleKey}\n${JSON.stringify(brief.meta)}`)
  return { ...result, pageHashes: drawn.map((placed, index) => pageHash(index, decoration, placed)) }
}

function sha1(data: string | Uint8Array): string {
  return createHash('sha1').update(data).digest('hex')
}

/**
 * The hash of what one page is drawn from: its laid-out items and where they are placed, its
 * number and its decoration (style, meta, the page count). The PDF's bytes cannot say this: font
 * subsets and object numbers change on every page when one page changes.
 */
function pageHash(index: number, decoration: string, placed: readonly Placed[]): string {
  const parts = [String(index), decoration]
  for (const { item, y } of placed) parts.push(itemJson(item), String(y))
  return sha1(parts.join('\n'))
}

// Items are never changed once flowed, and a layout after an edit takes the unchanged sections'
// items from its cache: each item is written as JSON once.
const itemJsons = new WeakMap<FlowItem, string>()

/** An item as JSON, an image's bytes as their digest (JSON would spell them out byte by byte). */
function itemJson(item: FlowItem): string {
  let json = itemJsons.get(item)
  if (json === undefined) {
    json = JSON.stringify(item.kind === 'image' ? { ...item, bytes: sha1(item.bytes) } : item)
    itemJsons.set(item, json)
  }
  return json
}
