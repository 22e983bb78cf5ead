import { articleFormatOf, extensionOf } from '../common/article-files'
import type { ArticleFormat } from '../common/article-files'
import { ArticleError } from './errors'

// Formats people do try to open; each gets a message saying what to convert to.
const refused: Record<string, string> = {
  doc: 'Save it as .docx (Word: File > Save As) and open that.',
  odt: 'Save it as .docx or PDF and open that.',
  rtf: 'Save it as .docx, PDF or plain text and open that.',
  pages: 'Export it as .docx or PDF and open that.',
  epub: 'Open a single article as HTML, text or PDF.',
  zip: 'Unpack it and open the article file inside.',
}

/** The format an extension names, if any. */
export function formatForName(name: string): ArticleFormat | null {
  return articleFormatOf(extensionOf(name))
}

/** The reader for a named source: by extension first, by content when the extension says nothing. */
export function detectFormat(name: string, bytes: Uint8Array): ArticleFormat {
  const extension = extensionOf(name)
  const known = articleFormatOf(extension)
  if (known) return known
  if (refused[extension]) {
    throw new ArticleError(
      'unsupported',
      `${name}: .${extension} files are not supported. ${refused[extension]}`,
    )
  }
  return sniffFormat(bytes)
}

/** Content sniffing for files without a useful extension (and for stdin). */
export function sniffFormat(bytes: Uint8Array): ArticleFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf' // %PDF-
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx' // PK\3\4: a zip; the DOCX reader checks the rest
  return looksLikeHtml(new TextDecoder('utf-8').decode(bytes.subarray(0, 2048))) ? 'html' : 'text'
}

/** Markup at the start (after a BOM, whitespace and comments): a doctype or a document-level tag. */
export function looksLikeHtml(head: string): boolean {
  const start = head.replace(/^\ufeff?\s*(?:<!--[\s\S]*?-->\s*)*/, '').slice(0, 200)
  return /^<(?:!doctype\s+html|html|head|body|meta|title|article|\?xml[^>]*>\s*<html)\b/i.test(start)
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte)
}
