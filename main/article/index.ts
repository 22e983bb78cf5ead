import type { Article } from './types'
import type { ReadContext } from './assemble'
import { fitArticle } from './assemble'
import { assertLooksLikeText, charsetOf, decodeBytes, sniffHtmlCharset } from './decode'
import { ArticleError, describeError, formatBytes, throwIfAborted } from './errors'
import type { FetchLimits } from './limits'
import { defaultFetchLimits, limits } from './limits'
import { readMarkdown } from './markdown'
import { articleFromSnapshot } from './snapshot'
import type { ArticleSnapshot } from './snapshot'
import type { ArticleFormat } from '../common/article-files'
import { detectFormat, formatForName, looksLikeHtml, sniffFormat } from './sniff'
import { readSourceFile, readStream } from './source-fs'
import { articleFromText } from './text'
import { fetchArticle, parseHttpUrl } from './url'

export type { Article } from './types'
export type { ArticleErrorCode } from './errors'
export type { FetchLimits } from './limits'
export { ArticleError, isArticleError } from './errors'

/**
 * Where an article comes from: a file's bytes, pasted text, an http(s) address, or the copy of its
 * text a brief keeps (a brief reopened without the file it was drafted from).
 */
export type ArticleSource =
  | { kind: 'bytes'; name: string; bytes: Uint8Array }
  | { kind: 'text'; text: string; name?: string }
  | { kind: 'url'; url: string }
  | { kind: 'snapshot'; snapshot: ArticleSnapshot }

export type ReadArticleOptions = {
  signal?: AbortSignal
  /** Clock for `meta.retrievedAt` (tests pin it). */
  now?: () => Date
  /** Overrides of the URL limits (15 s, 10 MB, 5 redirects). */
  fetchLimits?: Partial<FetchLimits>
  /** What `readArticleFromPath('-')` reads; process.stdin by default. */
  stdin?: AsyncIterable<Uint8Array | string>
}

/**
 * Reads any supported source into an Article: .txt, .md, .html, .docx, .pdf (by extension, else
 * by content), pasted text, or an http(s) page. Failures are ArticleErrors with a one-line message.
 */
export async function readArticle(source: ArticleSource, options: ReadArticleOptions = {}): Promise<Article> {
  const origin =
    source.kind === 'bytes'
      ? source.name
      : source.kind === 'url'
        ? source.url
        : source.kind === 'snapshot'
          ? `The brief’s copy of “${source.snapshot.title ?? source.snapshot.id}”`
          : (source.name ?? 'pasted text')
  return explained(readSource(source, options), origin)
}

async function readSource(source: ArticleSource, options: ReadArticleOptions): Promise<Article> {
  const retrievedAt = (options.now?.() ?? new Date()).toISOString()
  switch (source.kind) {
    case 'bytes':
      return readBytes(
        source.bytes,
        detectFormat(source.name, source.bytes),
        { origin: source.name, retrievedAt },
        options,
      )
    case 'text':
      return readPasted(source.text, source.name, { origin: source.name ?? 'pasted text', retrievedAt })
    case 'url':
      return readUrl(source.url, { origin: source.url, retrievedAt }, options)
    case 'snapshot': {
      const article = articleFromSnapshot(source.snapshot)
      if (!article)
        throw new ArticleError(
          'unreadable',
          `The brief’s copy of “${source.snapshot.title ?? source.snapshot.id}” does not read back as it was drafted from; open the article itself.`,
        )
      return article
    }
  }
}

/** Reads a file path, an http(s) URL, or `-` for standard input (text, or HTML when it starts with `<`). */
export async function readArticleFromPath(
  target: string,
  options: ReadArticleOptions = {},
): Promise<Article> {
  return explained(readPath(target, options), target === '-' ? 'stdin' : target)
}

async function readPath(target: string, options: ReadArticleOptions): Promise<Article> {
  const retrievedAt = (options.now?.() ?? new Date()).toISOString()
  if (target === '-') {
    const bytes = await readStream(options.stdin ?? process.stdin, limits.fileBytes, 'Standard input')
    const format = sniffFormat(bytes)
    const html = format === 'text' && /^\s*</.test(decodeBytes(bytes.subarray(0, 1024)).text)
    return readBytes(bytes, html ? 'html' : format, { origin: 'stdin', retrievedAt }, options)
  }
  // Anything URL-like goes to the URL reader, which refuses all but http(s) with a clear message.
  // "C:\…" (one letter) and "notes:v2.md" stay file paths.
  if (/^[a-z][a-z0-9+.-]+:\/\/|^(?:data|javascript|vbscript|file|blob|about|mailto):/i.test(target)) {
    return readUrl(target, { origin: target, retrievedAt }, options)
  }
  const bytes = await readSourceFile(target, limits.fileBytes, options.signal)
  return readBytes(bytes, detectFormat(target, bytes), { origin: target, retrievedAt }, options)
}

async function readBytes(
  bytes: Uint8Array,
  format: ArticleFormat,
  context: ReadContext,
  options: ReadArticleOptions,
): Promise<Article> {
  throwIfAborted(options.signal, context.origin)
  if (bytes.byteLength === 0) throw new ArticleError('empty', `${context.origin} is empty.`)
  const cap = format === 'pdf' || format === 'docx' ? limits.fileBytes : limits.textBytes
  if (bytes.byteLength > cap) {
    throw new ArticleError(
      'too-large',
      `${context.origin} is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(cap)} limit.`,
    )
  }
  // The PDF, Word and HTML readers pull in pdf.js, mammoth and jsdom: load each only when its format
  // turns up, so reading plain text (and starting the CLI) stays fast.
  if (format === 'pdf') {
    const { readPdf } = await import('./pdf')
    return finish(await readPdf(bytes, context, options.signal), context, format)
  }
  if (format === 'docx') {
    const { readDocx } = await import('./docx')
    return finish(await readDocx(bytes, context), context, format)
  }
  const charset = format === 'html' ? sniffHtmlCharset(bytes) : null
  return readDecoded(decodeBytes(bytes, charset).text, format, context)
}

async function readPasted(text: string, name: string | undefined, context: ReadContext): Promise<Article> {
  const byName = name ? formatForName(name) : null
  const format = byName === 'markdown' || byName === 'html' ? byName : looksLikeHtml(text) ? 'html' : 'text'
  return readDecoded(text, format, context)
}

async function readDecoded(
  text: string,
  format: ArticleFormat,
  context: ReadContext,
  url?: string,
): Promise<Article> {
  if (text.trim() === '') throw new ArticleError('empty', `${context.origin} contains only blank space.`)
  if (text.length > limits.textBytes) {
    throw new ArticleError('too-large', `${context.origin} is over ${formatBytes(limits.textBytes)} of text.`)
  }
  assertLooksLikeText(text, context.origin)
  if (format === 'html') {
    const { readHtml } = await import('./html')
    return finish(readHtml(text, context, { url }), context, format)
  }
  if (format === 'markdown') return finish(readMarkdown(text, context), context, format)
  return finish(articleFromText(text, context.origin, { retrievedAt: context.retrievedAt }), context, format)
}

async function readUrl(address: string, context: ReadContext, options: ReadArticleOptions): Promise<Article> {
  parseHttpUrl(address)
  const fetched = await fetchArticle(
    address,
    { ...defaultFetchLimits, ...options.fetchLimits },
    options.signal,
  )
  if (fetched.bytes.byteLength === 0)
    throw new ArticleError('empty', `${fetched.finalUrl} returned an empty page.`)
  const mediaType = fetched.contentType.split(';')[0].trim().toLowerCase()
  const head = decodeBytes(fetched.bytes.subarray(0, 2048)).text
  const html =
    mediaType === 'text/html' ||
    mediaType === 'application/xhtml+xml' ||
    (mediaType === '' && looksLikeHtml(head))
  const charset = charsetOf(fetched.contentType) ?? (html ? sniffHtmlCharset(fetched.bytes) : null)
  const article = await readDecoded(
    decodeBytes(fetched.bytes, charset).text,
    html ? 'html' : 'text',
    context,
    fetched.finalUrl,
  )
  // The page actually read, after redirects; a canonical link may point elsewhere.
  return { ...article, meta: { ...article.meta, url: fetched.finalUrl } }
}

/**
 * Library failures that no check foresaw (a parser bug, a stack overflow on some new kind of
 * hostile input) still reach the user as one ArticleError line; the original stays as `cause`.
 */
async function explained(reading: Promise<Article>, origin: string): Promise<Article> {
  try {
    return await reading
  } catch (error) {
    if (error instanceof ArticleError) throw error
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      throw new ArticleError(
        'too-complex',
        `${origin} is too deeply structured to read. Save it as PDF or text.`,
        {
          cause: error,
        },
      )
    }
    throw new ArticleError('unreadable', `${origin} could not be read (${describeError(error)}).`, {
      cause: error,
    })
  }
}

/** Every reader ends here: an article without any text is an error, and the api's bounds hold. */
function finish(article: Article, context: ReadContext, format: ArticleFormat): Article {
  if (article.blocks.length === 0) {
    const hints: Partial<Record<ArticleFormat, string>> = {
      pdf: ' It may be a scan without a text layer; run OCR on it first.',
      html: ' If the page needs JavaScript or a login, save it from your browser and open the saved file.',
    }
    throw new ArticleError('empty', `No article text found in ${context.origin}.${hints[format] ?? ''}`)
  }
  return fitArticle(article)
}
