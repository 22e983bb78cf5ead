import type { ArticleMeta } from './types'
import { normalizeSpace } from './assemble'

export type HtmlMeta = Pick<ArticleMeta, 'title' | 'subtitle' | 'byline' | 'outlet' | 'published' | 'url'>

/**
 * Headline, dek, byline, outlet, date and address from a page's markup. `page` mode reads web
 * metadata (Open Graph, article:*, <title>); `document` mode (converted DOCX) trusts only a
 * title-styled paragraph or a leading h1, because a later h1 there is a section heading.
 */
export function readHtmlMeta(
  document: Document,
  baseUrl: string | null,
  mode: 'page' | 'document',
): HtmlMeta {
  if (mode === 'document') {
    return {
      title: text(document.querySelector('.title')) ?? leadingHeading(document),
      subtitle: text(document.querySelector('.subtitle')),
      byline: null,
      outlet: null,
      published: null,
      url: null,
    }
  }
  const marks = landmarks(document)
  const outlet = metaContent(document, 'og:site_name') ?? metaContent(document, 'application-name')
  const title =
    metaContent(document, 'og:title') ??
    metaContent(document, 'twitter:title') ??
    // In this order, not the first h1 of the page: that is often a site name in the masthead.
    text(marks.articleH1 ?? marks.mainH1 ?? marks.h1) ??
    stripOutlet(text(marks.title), outlet)
  return {
    title,
    subtitle:
      text(marks.dek) ?? metaContent(document, 'og:description') ?? metaContent(document, 'description'),
    byline: byline(document, marks.author),
    outlet,
    published:
      metaContent(document, 'article:published_time') ??
      metaContent(document, 'datePublished') ??
      metaContent(document, 'date') ??
      metaContent(document, 'pubdate') ??
      metaContent(document, 'dc.date') ??
      attribute(marks.time, 'datetime'),
    url: absoluteHttp(attribute(marks.canonical, 'href') ?? metaContent(document, 'og:url'), baseUrl),
  }
}

function byline(document: Document, author: Element | null): string | null {
  const found = metaContent(document, 'author') ?? metaContent(document, 'article:author') ?? text(author)
  // An article:author value is often a profile URL, not a name.
  if (found === null || /^https?:/i.test(found)) return null
  return found.replace(/^by\s+/i, '')
}

type Landmarks = Record<
  'articleH1' | 'mainH1' | 'h1' | 'title' | 'dek' | 'time' | 'canonical' | 'author',
  Element | null
>

const dekClasses = ['dek', 'subtitle', 'standfirst', 'subheadline', 'article-subtitle']
const authorClasses = ['byline', 'author']

/**
 * The first element of each kind the metadata looks at, found in one walk of the page in document
 * order. (jsdom's selector engine walks the whole page for each selector, and a page's metadata
 * asks for eight: that cost more than parsing the page.)
 */
function landmarks(document: Document): Landmarks {
  const found: Landmarks = {
    articleH1: null,
    mainH1: null,
    h1: null,
    title: null,
    dek: null,
    time: null,
    canonical: null,
    author: null,
  }
  const pending: Array<{ element: Element; inArticle: boolean; inMain: boolean }> = []
  if (document.documentElement)
    pending.push({ element: document.documentElement, inArticle: false, inMain: false })
  while (pending.length > 0) {
    const { element, inArticle, inMain } = pending.pop() as (typeof pending)[number]
    const tag = element.localName
    if (tag === 'h1') {
      found.h1 ??= element
      if (inArticle) found.articleH1 ??= element
      if (inMain) found.mainH1 ??= element
    } else if (tag === 'title') found.title ??= element
    else if (tag === 'time' && element.hasAttribute('datetime')) found.time ??= element
    else if (tag === 'link' && tokens(element.getAttribute('rel')).includes('canonical'))
      found.canonical ??= element
    // The class attribute itself, not classList: a DOMTokenList per element costs more than the walk.
    const classes = (element.getAttribute('class') ?? '').split(/\s+/)
    if (found.dek === null && dekClasses.some((name) => classes.includes(name))) found.dek = element
    if (
      found.author === null &&
      ((element.getAttribute('rel') ?? '').toLowerCase() === 'author' ||
        element.getAttribute('itemprop') === 'author' ||
        authorClasses.some((name) => classes.includes(name)))
    )
      found.author = element
    const children: Element[] = []
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) children.push(child)
    for (let i = children.length - 1; i >= 0; i--) {
      pending.push({
        element: children[i],
        inArticle: inArticle || tag === 'article',
        inMain: inMain || tag === 'main',
      })
    }
  }
  return found
}

function tokens(value: string | null): string[] {
  return (value ?? '').toLowerCase().split(/\s+/)
}

function metaContent(document: Document, key: string): string | null {
  // A tag lookup, not a selector: this runs a dozen times a page, and jsdom's selector engine walks
  // the whole document each time.
  for (const element of Array.from(document.getElementsByTagName('meta'))) {
    const name =
      element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop')
    if (name !== null && name.toLowerCase() === key.toLowerCase()) {
      const value = normalizeSpace(element.getAttribute('content') ?? '')
      if (value.length > 0) return value
    }
  }
  return null
}

function leadingHeading(document: Document): string | null {
  const first = document.body?.firstElementChild
  return first?.localName === 'h1' ? text(first) : null
}

function text(element: Element | null | undefined): string | null {
  const value = normalizeSpace(element?.textContent ?? '')
  return value.length > 0 ? value : null
}

function attribute(element: Element | null, name: string): string | null {
  const value = element?.getAttribute(name)?.trim()
  return value ? value : null
}

/** "Headline | Outlet" or "Headline - Outlet" in <title> → "Headline". */
function stripOutlet(title: string | null, outlet: string | null): string | null {
  if (title === null) return null
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/)
  if (
    parts.length > 1 &&
    (outlet === null || parts[parts.length - 1].toLowerCase() === outlet.toLowerCase())
  ) {
    return parts.slice(0, -1).join(' - ')
  }
  return title
}

function absoluteHttp(value: string | null, baseUrl: string | null): string | null {
  if (value === null) return null
  try {
    const url = baseUrl ? new URL(value, baseUrl) : new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
