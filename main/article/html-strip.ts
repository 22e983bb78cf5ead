// Parts of a page that never hold article text, cut from the raw HTML before it is parsed. On news
// pages inline scripts, JSON blobs, styles and SVG icons are often most of the bytes; the parser
// would tokenize every character of them and build nodes that each later pass walks again.

// Script and style content is raw text to the parser: it ends at the first matching end tag,
// whatever it contains. The others hold markup, so nested elements of the same name are counted.
const rawText = new Set(['script', 'style'])
const openTag = /^<(script|style|svg|noscript|template)(?=[\s/>])/i

/**
 * Returns the HTML without comments and without script (except JSON-LD), style, svg, noscript and
 * template elements. Linear in the input: each cut jumps straight to its end, and an element left
 * open runs to the end of the input, as the parser would read it.
 */
export function stripInertHtml(html: string): string {
  const kept: string[] = []
  let copied = 0
  let at = html.indexOf('<')
  while (at !== -1) {
    let end = -1
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4)
      end = close === -1 ? html.length : close + 3
    } else {
      const name = openTag.exec(html.slice(at, at + 12))?.[1].toLowerCase()
      if (name !== undefined && !(name === 'script' && isJsonLd(html, at))) end = elementEnd(html, at, name)
    }
    if (end === -1) {
      at = html.indexOf('<', at + 1)
      continue
    }
    kept.push(html.slice(copied, at))
    copied = end
    at = html.indexOf('<', end)
  }
  if (copied === 0) return html
  kept.push(html.slice(copied))
  return kept.join('')
}

function isJsonLd(html: string, at: number): boolean {
  const tagEnd = html.indexOf('>', at)
  const startTag = html.slice(at, tagEnd === -1 ? html.length : tagEnd)
  return /\btype\s*=\s*["']?application\/ld\+json/i.test(startTag)
}

/** Index just past the element that starts at `at`, or the input's length when it never closes. */
function elementEnd(html: string, at: number, name: string): number {
  const tagEnd = html.indexOf('>', at)
  if (tagEnd === -1) return html.length
  // Only foreign elements (svg) close themselves with "/>"; in HTML the slash is ignored.
  if (name === 'svg' && html[tagEnd - 1] === '/') return tagEnd + 1
  const tags = new RegExp(
    rawText.has(name) ? `</${name}(?=[\\s/>])[^>]*>` : `<(/?)${name}(?=[\\s/>])[^>]*>`,
    'gi',
  )
  tags.lastIndex = tagEnd + 1
  let depth = 1
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    if (rawText.has(name) || match[1] === '/') depth--
    else if (!match[0].endsWith('/>')) depth++
    if (depth === 0) return match.index + match[0].length
  }
  return html.length
}
