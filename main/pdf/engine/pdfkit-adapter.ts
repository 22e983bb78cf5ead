import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { LRUCache } from 'lru-cache'
import PDFDocument from 'pdfkit'
import type { TextDirection } from './faces'
import { DIRECTED_RUN } from './pdfkit-font'
import type { PdfDoc, PdfDocSettings, PdfInfo, TextOptions } from './pdfkit-types'

/*
 * The renderer's pdfkit documents: how they are made, and each use of a pdfkit member that is not
 * part of its documented interface. README.md in this folder lists them with their canary tests.
 */

/** What every document of the renderer is: tagged PDF 1.7 for PDF/UA, in English, pages kept until the end. */
const PDF_UA_PROFILE = {
  pdfVersion: '1.7',
  tagged: true,
  lang: 'en-US',
  displayTitle: true,
  subset: 'PDF/UA',
  bufferPages: true,
  autoFirstPage: true,
} as const

type PdfDocOptions = PdfDocSettings & typeof PDF_UA_PROFILE

/** Creates a pdfkit document; the one place where pdfkit's own types are set aside. */
export function createPdfDoc(settings: PdfDocSettings): PdfDoc {
  const Ctor = PDFDocument as unknown as new (options: PdfDocOptions) => PdfDoc
  const doc = new Ctor({ ...settings, ...PDF_UA_PROFILE })
  sortDestinationsByCodeUnit(doc)
  deflateStreamsOnce(doc)
  return doc
}

/** Deflated streams kept by their content: an edit's document repeats most of the one before. */
const DEFLATED_STREAMS_KEPT = 64
const deflatedStreams = new LRUCache<string, Uint8Array>({ max: DEFLATED_STREAMS_KEPT })

/** A stream's bytes deflated as pdfkit deflates them (zlib's defaults), from the kept ones when seen. */
function deflated(data: Uint8Array): Uint8Array {
  const key = createHash('sha1').update(data).digest('hex')
  let bytes = deflatedStreams.get(key)
  if (bytes === undefined) {
    bytes = deflateSync(data)
    deflatedStreams.set(key, bytes)
  }
  return bytes
}

/**
 * pdfkit deflates each stream when it ends, though an edit's document repeats most of the one
 * before: the same font files (kept by pdfkit-font.ts), their character maps, the pages the edit
 * did not reach. Each reference's `end` is wrapped: after pdfkit's own `write` (which sets the
 * `Length` and `Filter`), the reference's chunks are joined and deflated, or taken deflated from
 * the kept streams, and its own deflating is turned off before `finalize` writes it. The bytes are
 * pdfkit's.
 */
function deflateStreamsOnce(doc: PdfDoc): void {
  const ref: unknown = Reflect.get(doc, 'ref')
  if (typeof ref !== 'function') throw new Error('pdfkit no longer has ref(): see main/pdf/engine/README.md')
  Reflect.set(doc, 'ref', (data?: unknown): unknown => {
    const reference: unknown = Reflect.apply(ref, doc, [data])
    if (typeof reference !== 'object' || reference === null) return reference
    const write: unknown = Reflect.get(reference, 'write')
    const finalize: unknown = Reflect.get(reference, 'finalize')
    if (typeof write !== 'function' || typeof finalize !== 'function') return reference
    Reflect.set(reference, 'end', (chunk?: unknown): void => {
      if (chunk) Reflect.apply(write, reference, [chunk])
      const chunks: unknown = Reflect.get(reference, 'buffer')
      if (
        Reflect.get(reference, 'compress') === true &&
        Array.isArray(chunks) &&
        chunks.length > 0 &&
        chunks.every((part) => part instanceof Uint8Array)
      ) {
        Reflect.set(reference, 'buffer', [deflated(Buffer.concat(chunks as Uint8Array[]))])
        Reflect.set(reference, 'compress', false)
      }
      Reflect.apply(finalize, reference, [])
    })
    return reference
  })
}

/** Code-unit order: a name tree's keys are sorted by their bytes (ISO 32000-1, 7.9.6). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * pdfkit sorts the named destinations (the targets of the contents' links) with `localeCompare`,
 * whose first call in a process loads ICU's collator: about 7 ms of a command-line run. The
 * destination tree gets code-unit order instead. Should pdfkit keep the tree elsewhere, it is left
 * to pdfkit, which sorts the renderer's ASCII anchors (section-1, section-2…) the same way.
 */
function sortDestinationsByCodeUnit(doc: PdfDoc): void {
  let node: unknown = doc
  for (const key of ['_root', 'data', 'Names', 'data', 'Dests']) {
    node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined
  }
  if (typeof node === 'object' && node !== null && typeof Reflect.get(node, '_compareKeys') === 'function') {
    Reflect.set(node, '_compareKeys', compareCodeUnits)
  }
}

/**
 * A run of text the renderer has laid out: where it starts, its width in points, its letter
 * spacing, and the direction the bidi algorithm gave it (none: the script's own, word by word).
 */
export type MeasuredText = {
  text: string
  x: number
  width: number
  characterSpacing: number
  direction?: TextDirection
}

/** pdfkit's text options that say the text is measured already; its text layout sets them itself. */
type MeasuredTextOptions = TextOptions & {
  textWidth: number
  wordCount: number
  features?: readonly string[]
}

/**
 * Draws one line of text, never wrapped, whose width the renderer has measured already. pdfkit's
 * text layout works out `textWidth` and `wordCount` itself and takes them from the options when
 * they are there: passing them spares it one of its two extra shaping passes. They only size the
 * links and rules pdfkit would draw itself, which the renderer never asks for.
 */
export function drawMeasuredText(doc: PdfDoc, run: MeasuredText, baseline: number): void {
  const draw: (text: string, x: number, y: number, options: MeasuredTextOptions) => PdfDoc =
    doc.text.bind(doc)
  draw(run.text, run.x, baseline, {
    lineBreak: false,
    baseline: 'alphabetic',
    textWidth: run.width,
    wordCount: 1,
    ...(run.characterSpacing ? { characterSpacing: run.characterSpacing } : {}),
    ...(run.direction ? { features: DIRECTED_RUN[run.direction] } : {}),
  })
}

/** The document with pdfkit's metadata step, which `end()` calls to write the XMP packet. */
type WithEndMetadata = PdfDoc & { endMetadata(): void }

function hasEndMetadata(doc: PdfDoc): doc is WithEndMetadata {
  return typeof Reflect.get(doc, 'endMetadata') === 'function'
}

/**
 * Writes the XMP packet from `xmpInfo(doc.info)` instead of `doc.info`, leaving the info dictionary
 * as it is. pdfkit has no option for this: `end()` writes the info dictionary, then calls its
 * `endMetadata()`, which copies `doc.info` into the packet; that call is wrapped.
 */
export function writeXmpFrom(doc: PdfDoc, xmpInfo: (info: PdfInfo) => PdfInfo): void {
  if (!hasEndMetadata(doc))
    throw new Error('pdfkit no longer has endMetadata(): see main/pdf/engine/README.md')
  const endMetadata = doc.endMetadata.bind(doc)
  doc.endMetadata = () => {
    const original = doc.info
    doc.info = xmpInfo(original)
    try {
      endMetadata()
    } finally {
      doc.info = original
    }
  }
}
