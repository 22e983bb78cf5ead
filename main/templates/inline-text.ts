/*
 * Text as every export sets it, from section Markdown: which links may be followed, the entities
 * marked leaves in text, and the characters that draw nothing. The PDF and the Word document both
 * use these, so a brief reads the same in each.
 */

/** Inline nesting (emphasis in links in emphasis…) deeper than this is set as plain text. */
export const MAX_INLINE_DEPTH = 24

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** The URL to attach to a link, or null when it is not an http, https or mailto URL. */
export function safeHref(href: string): string | null {
  let url: URL
  try {
    url = new URL(href.trim())
  } catch {
    return null
  }
  return LINK_SCHEMES.has(url.protocol) ? url.href : null
}

// Control and format characters draw nothing (or a box) and confuse text extraction: soft hyphen,
// zero-width and bidi controls, variation selectors, byte-order mark. Built from code point ranges
// because a literal would need the control characters in a regular expression.
const INVISIBLE_RANGES: [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
]
const INVISIBLE = new RegExp(
  `[${INVISIBLE_RANGES.map(([from, to]) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`,
  'gu',
)

/** Removes invisible characters and turns tabs into spaces; newlines are kept (soft breaks). */
export function cleanText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      .replace(INVISIBLE, '')
      // Typed ligatures (ﬁ, ﬂ…) become letters: the fonts form them again, and text extraction stays searchable.
      .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'))
  )
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  copy: '©',
  euro: '€',
}

/** Decodes the HTML entities marked leaves in text (`&amp;`, `&#8212;`, `&mdash;`…). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole
  })
}
