import mammoth from 'mammoth'
import type { Article } from './types'
import type { ReadContext } from './assemble'
import { ArticleError, describeError } from './errors'
import { readHtml } from './html'
import { limits } from './limits'
import { checkZip } from './zip-guard'

// Word's built-in styles that mammoth's default map leaves as plain paragraphs, by style id and by
// name (Word names its caption style "caption", lower-case).
const styleMap = [
  ...['p.Title', "p[style-name='Title']"].map((p) => `${p} => h1.title:fresh`),
  ...['p.Subtitle', "p[style-name='Subtitle']"].map((p) => `${p} => p.subtitle:fresh`),
  ...['p.Quote', 'p.IntenseQuote', "p[style-name='Quote']", "p[style-name='Intense Quote']"].map(
    (p) => `${p} => blockquote > p:fresh`,
  ),
  ...['p.Caption', "p[style-name='caption']", "p[style-name='Caption']"].map(
    (p) => `${p} => figcaption:fresh`,
  ),
]

/**
 * DOCX → Article through mammoth's HTML and the shared HTML walk (no Readability: a document
 * has no page furniture). The zip is checked first; mammoth's external file access stays at its
 * default (off), and images are never decoded.
 */
export async function readDocx(bytes: Uint8Array, context: ReadContext): Promise<Article> {
  const names = checkZip(
    bytes,
    { maxEntries: limits.zipEntries, maxUncompressedBytes: limits.zipUncompressedBytes },
    context.origin,
  )
  if (!names.some((name) => name.startsWith('word/'))) {
    throw new ArticleError('unsupported', `${context.origin} is a zip archive but not a Word document.`)
  }
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    )
    html = result.value
  } catch (error) {
    throw new ArticleError(
      'unreadable',
      `${context.origin} could not be read as a Word document (${describeError(error)}).`,
      {
        cause: error,
      },
    )
  }
  return readHtml(`<!doctype html><html><head></head><body>${html}</body></html>`, context, {
    useReadability: false,
  })
}
