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
  const outlet = metaContent(document, 'og:site_name') ?? metaContent(document, 'application-name')
  const title =
    metaContent(document, 'og:title') ??
    metaContent(document, 'twitter:title') ??
    // One selector at a time: a selector list would return the first match in document order,
    // which on many pages is a site-name h1 in the masthead.
    text(
      document.querySelector('article h1') ??
        document.querySelector('main h1') ??
        document.querySelector('h1'),
    ) ??
    stripOutlet(text(document.querySelector('title')), outlet)
  return {
    title,
    subtitle:
      text(document.querySelector('.dek, .subtitle, .standfirst, .subheadline, .article-subtitle')) ??
      metaContent(document, 'og:description') ??
      metaContent(document, 'description'),
    byline: byline(document),
    outlet,
    published:
      metaContent(document, 'article:published_time') ??
      metaContent(document, 'datePublished') ??
      metaContent(document, 'date') ??
      metaContent(document, 'pubdate') ??
      metaContent(document, 'dc.date') ??
      attribute(document.querySelector('article time[datetime], time[datetime]'), 'datetime'),
    url: absoluteHttp(
      attribute(document.querySelector('link[rel~="canonical"]'), 'href') ?? metaContent(document, 'og:url'),
      baseUrl,
    ),
  }
}

function byline(document: Document): string | null {
  const found =
    metaContent(document, 'author') ??
    metaContent(document, 'article:author') ??
    text(document.querySelector('[rel="author"], [itemprop="author"], .byline, .author'))
  // An article:author value is often a profile URL, not a name.
  if (found === null || /^https?:/i.test(found)) return null
  return found.replace(/^by\s+/i, '')
}

function metaContent(document: Document, key: string): string | null {
  for (const element of Array.from(document.querySelectorAll('meta'))) {
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
