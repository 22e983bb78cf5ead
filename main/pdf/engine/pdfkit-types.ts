import type { ParsedFont } from './faces'

/*
 * The slice of pdfkit 0.20 that the renderer uses. @types/pdfkit lags 0.20 (parsed fonts, struct
 * options, outline destinations, annotation structParent, the PDF/UA subset), so the document is
 * typed here, narrowly, instead of widening the community types.
 */

/** A structure element (P, H1, L, Link…) in the tagged-PDF tree. */
export type StructElement = {
  add(child: StructElement | StructContent | AnnotationRef): StructElement
  end(): void
}

/** A marked-content sequence returned by `markStructureContent`. */
export type StructContent = { readonly refs: ReadonlyArray<unknown> }

/** pdfkit wraps annotation references it adds to a structure element; we never build one ourselves. */
export type AnnotationRef = { readonly annotationRef: unknown }

/** An outline (bookmark) node. */
export type OutlineNode = {
  addItem(
    title: string,
    options: { top: number; left: number; zoom: number; expanded?: boolean },
  ): OutlineNode
}

/** Options of a structure element (pdfkit 0.20 adds `scope` for table headers). */
export type StructOptions = {
  title?: string
  alt?: string
  actual?: string
  scope?: 'Column' | 'Row'
  /** Layout attributes of a Figure: its box in page coordinates (top-left origin, as drawn). */
  bbox?: [number, number, number, number]
  placement?: 'Block'
}

/** The document information dictionary. */
export type PdfInfo = {
  Title?: string
  Author?: string
  Subject?: string
  Creator?: string
  Producer?: string
  CreationDate?: Date
  ModDate?: Date
}

/** The options of a text call: one line on an alphabetic baseline, laid out by the renderer. */
export type TextOptions = {
  lineBreak: false
  baseline: 'alphabetic'
  characterSpacing?: number
}

/** The pdfkit document methods the renderer calls. */
export type PdfDoc = {
  page: { width: number; height: number }
  info: PdfInfo
  outline: OutlineNode
  on(event: 'data', listener: (chunk: Uint8Array) => void): PdfDoc
  on(event: 'end' | 'error', listener: (error?: unknown) => void): PdfDoc
  end(): void
  addPage(): PdfDoc
  switchToPage(index: number): unknown
  bufferedPageRange(): { start: number; count: number }
  /** Selects a font, kept under `name` for the rest of the document. */
  font(font: ParsedFont, name: string): PdfDoc
  fontSize(size: number): PdfDoc
  fillColor(color: string): PdfDoc
  strokeColor(color: string): PdfDoc
  fillOpacity(opacity: number): PdfDoc
  lineWidth(width: number): PdfDoc
  /** One line, never wrapped; for text the renderer has measured, see `drawMeasuredText`. */
  text(text: string, x: number, y: number, options: TextOptions): PdfDoc
  rect(x: number, y: number, width: number, height: number): PdfDoc
  moveTo(x: number, y: number): PdfDoc
  lineTo(x: number, y: number): PdfDoc
  fill(color?: string): PdfDoc
  stroke(): PdfDoc
  save(): PdfDoc
  restore(): PdfDoc
  rotate(angle: number, options: { origin: [number, number] }): PdfDoc
  translate(x: number, y: number): PdfDoc
  scale(x: number, y: number): PdfDoc
  path(svg: string): PdfDoc
  link(
    x: number,
    y: number,
    width: number,
    height: number,
    url: string,
    options: { structParent: StructElement },
  ): PdfDoc
  /** Only bytes: pdfkit would read a string as a file path. */
  image(
    src: Uint8Array,
    x: number,
    y: number,
    options: { width: number; height: number; ignoreOrientation: true },
  ): PdfDoc
  dash(length: number, options: { space: number }): PdfDoc
  undash(): PdfDoc
  roundedRect(x: number, y: number, width: number, height: number, radius: number): PdfDoc
  addNamedDestination(name: string, fit: 'XYZ', left: number, top: number, zoom: null): void
  goTo(
    x: number,
    y: number,
    width: number,
    height: number,
    name: string,
    options: { structParent: StructElement; Contents: string | object },
  ): PdfDoc
  struct(type: string, options?: StructOptions): StructElement
  addStructure(element: StructElement): PdfDoc
  markContent(tag: 'Artifact', options?: { type: 'Pagination' | 'Layout' }): PdfDoc
  markStructureContent(tag: string): StructContent
  endMarkedContent(): PdfDoc
}

/** What differs between the renderer's documents (a parsed font as the default font is new in 0.20). */
export type PdfDocSettings = {
  size: 'LETTER' | 'A4'
  margins: { top: number; right: number; bottom: number; left: number }
  font: ParsedFont
  info: PdfInfo
}
