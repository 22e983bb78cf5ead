// Parts of a page that never hold article text, cut from the raw HTML before it is parsed. On news
// pages inline scripts, JSON blobs, styles and SVG icons are often most of the bytes; the parser
// would tokenize every character of them and build nodes that each later pass walks again.

// Script and style content is raw text to the parser: it ends at the first matching end tag,
// whatever it contains. The others hold markup, so nested elements of the same name are counted.
const rawText = new Set(['script', 'style'])
const openTag = /^<(script|style|svg|noscript|template)(?=[\s/>])/i
// Inside svg these HTML tags make the parser leave the svg, so what follows them is page text:
// an svg that holds one is left to the parser.
const svgBreakout =
  /<\/?(?:b|big|blockquote|body|br|center|code|dd|div|dl|dt|em|embed|font|h[1-6]|head|hr|i|img|li|listing|menu|meta|nobr|ol|p|pre|ruby|s|small|span|strong|strike|sub|sup|table|tt|u|ul|var)(?=[\s/>])/i

/**
 * Returns the HTML without comments and without script (except JSON-LD), style, svg, noscript and
 * template elements. An unclosed comment, script or style runs to the end of the input, as the
 * parser reads it; an unclosed svg, noscript or template is left to the parser. Linear in the
 * input: each cut jumps past its end, and searches that cut nothing share a budget of a few passes
 * over the input, after which the rest is left to the parser.
 */
export function stripInertHtml(html: string): string {
  const kept: string[] = []
  let copied = 0
  const budget = { left: 4 * html.length }
  let at = html.indexOf('<')
  while (at !== -1) {
    let end = -1
    if (html.startsWith('<!--', at)) {
      const close = html.indexOf('-->', at + 4)
      end = close === -1 ? html.length : close + 3
    } else {
      const name = openTag.exec(html.slice(at, at + 12))?.[1].toLowerCase()
      if (name !== undefined && !(name === 'script' && isJsonLd(html, at)))
        end = elementEnd(html, at, name, budget)
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

/** Index just past the element that starts at `at`, or -1 to leave it to the parser. */
function elementEnd(html: string, at: number, name: string, budget: { left: number }): number {
  const raw = rawText.has(name)
  if (!raw && budget.left <= 0) return -1
  const tagEnd = html.indexOf('>', at)
  if (tagEnd === -1) return raw ? html.length : -1
  // Only foreign elements (svg) close themselves with "/>"; in HTML the slash is ignored.
  if (name === 'svg' && html[tagEnd - 1] === '/') return tagEnd + 1
  const tags = new RegExp(raw ? `</${name}(?=[\\s/>])[^>]*>` : `<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi')
  tags.lastIndex = tagEnd + 1
  let depth = 1
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    if (raw || match[1] === '/') depth--
    else if (!match[0].endsWith('/>')) depth++
    if (depth === 0) {
      const end = match.index + match[0].length
      if (name === 'svg' && svgBreakout.test(html.slice(tagEnd + 1, match.index))) {
        budget.left -= end - at
        return -1
      }
      return end
    }
  }
  if (raw) return html.length
  budget.left -= html.length - at
  return -1
}
