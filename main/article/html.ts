import { Readability } from '@mozilla/readability'
import { JSDOM, VirtualConsole } from 'jsdom'
import type { Article } from './types'
import type { BlockDraft, ReadContext } from './assemble'
import { assembleArticle, normalizeSpace } from './assemble'
import { ArticleError, formatBytes } from './errors'
import { assertHtmlDepth } from './html-guard'
import { domDepth, htmlToBlocks } from './html-blocks'
import { readHtmlMeta } from './html-meta'
import { stripInertHtml } from './html-strip'
import { dropClosingTaglines } from './html-tagline'
import { limits } from './limits'

export type HtmlOptions = {
  /** Address of the page, for resolving relative links; also the fallback for meta.url. */
  url?: string | null
  /** Readability finds the main content of web pages; converted documents (DOCX) have nothing else. */
  useReadability?: boolean
}

/**
 * HTML → Article. Scripts never run and nothing is fetched: the page is parsed by DOMParser into a
 * document with no browsing context, under a window that has no `runScripts` and no `resources`.
 * Metadata is read before Readability, which edits the document in place.
 */
export function readHtml(html: string, context: ReadContext, options: HtmlOptions = {}): Article {
  if (html.length > limits.textBytes) {
    throw new ArticleError('too-large', `${context.origin} is over ${formatBytes(limits.textBytes)} of HTML.`)
  }
  assertHtmlDepth(html, limits.htmlDepth, context.origin)
  const base = options.url && /^https?:/i.test(options.url) ? options.url : undefined
  const document = parseDocument(stripInertHtml(html))
  try {
    // Nothing below runs scripts, but their text must not reach the article through any path.
    // (Tag lookups rather than a selector: jsdom's selector engine costs more than the parse here.)
    for (const tag of ['script', 'style', 'noscript', 'template']) {
      for (const element of Array.from(document.getElementsByTagName(tag))) {
        if (element.getAttribute('type') !== 'application/ld+json') element.remove()
      }
    }
    const meta = readHtmlMeta(document, base ?? null, options.useReadability === false ? 'document' : 'page')
    const warnings: string[] = []
    const depth = domDepth(document)
    if (depth > limits.htmlDepth) {
      throw new ArticleError(
        'too-deep',
        `${context.origin} is nested ${depth} elements deep; save it as PDF or text.`,
      )
    }
    const useReadability = options.useReadability !== false
    let content: Element | null = null
    if (useReadability && depth <= limits.readabilityDepth) content = mainContent(document)
    else if (useReadability)
      warnings.push(`The page is nested ${depth} elements deep; the whole page was read.`)
    const root = content ?? document.body ?? document.documentElement
    const taglines = useReadability ? dropClosingTaglines(root) : 0
    const walked = htmlToBlocks(root, { dropBoilerplate: useReadability })
    const blocks = dropRepeats(walked.blocks, [meta.title, meta.subtitle, meta.byline])
    const body = dropAuthorBio(blocks, meta.byline)
    const dropped = taglines + walked.dropped + (blocks.length - body.length)
    if (dropped > 0)
      warnings.push(
        `Left out ${dropped} non-article part${dropped === 1 ? '' : 's'} (navigation, captions, promotions, author bio).`,
      )
    return assembleArticle(
      { meta: { ...meta, url: meta.url ?? options.url ?? null }, blocks: body, warnings },
      context,
    )
  } finally {
    // jsdom tracks elements with an id or name for the window's named properties until they are
    // detached, even in a DOMParser document: without this every page read would stay in memory.
    document.documentElement?.remove()
  }
}

// Building a jsdom window costs more than parsing most articles, so pages are parsed by one
// window's DOMParser (a document with no window of its own to run anything in). The window is
// replaced now and then: jsdom's selector engine registers listeners on it for each document it
// queries, which would otherwise keep every page read in memory.
const pagesPerWindow = 32
let shared: { parser: DOMParser; close: () => void; pages: number } | null = null

function parseDocument(html: string): Document {
  if (shared === null || shared.pages >= pagesPerWindow) {
    shared?.close()
    const fresh = new JSDOM('', { virtualConsole: new VirtualConsole() }).window
    shared = { parser: new fresh.DOMParser(), close: () => fresh.close(), pages: 0 }
  }
  shared.pages++
  return shared.parser.parseFromString(html, 'text/html')
}

/** Readability's main content element, or null when it finds no article. */
function mainContent(document: Document): Element | null {
  const reader = new Readability<Node>(document, { keepClasses: true, serializer: (node) => node })
  const parsed = reader.parse()
  const content: unknown = parsed?.content
  return isElement(content) && normalizeSpace(content.textContent ?? '').length > 0 ? content : null
}

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as { nodeType?: unknown }).nodeType === 1
}

/** The headline, dek and byline often appear again at the top of the content; keep them only in meta. */
function dropRepeats(blocks: BlockDraft[], repeats: Array<string | null>): BlockDraft[] {
  const known = new Set(repeats.filter((r): r is string => r !== null).map(comparable))
  let leading = true
  return blocks.filter((block) => {
    const keep =
      !(leading && known.has(comparable(block.text))) &&
      !(block.kind === 'heading' && known.has(comparable(block.text)))
    if (block.kind === 'paragraph' && keep) leading = false
    return keep
  })
}

function comparable(text: string): string {
  return normalizeSpace(text)
    .toLowerCase()
    .replace(/^by\s+/, '')
}

/** An author bio closes many articles ("Jane Doe is a correspondent…"); it is not the story. */
function dropAuthorBio(blocks: BlockDraft[], byline: string | null): BlockDraft[] {
  const names = (byline ?? '')
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .filter((name) => name.split(' ').length >= 2)
  if (names.length === 0) return blocks
  const bio = new RegExp(
    `^(?:${names.map(escapeRegExp).join('|')})\\s+(?:is|was|has|covers|reports|writes)\\b`,
    'i',
  )
  const tail = Math.max(0, blocks.length - 3)
  return blocks.filter((block, i) => !(i >= tail && block.kind === 'paragraph' && bio.test(block.text)))
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
