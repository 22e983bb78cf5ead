import { ArticleError } from './errors'

export type Decoded = { text: string; encoding: string }

/**
 * Bytes → string. A byte-order mark wins, then a declared charset (HTTP header or <meta>), then
 * strict UTF-8; bytes that are not valid UTF-8 are read as Windows-1252, the usual encoding of
 * older Western text files.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeWith('utf-8', bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes.subarray(2))
  const label = declared ? supportedLabel(declared) : null
  if (label && label !== 'utf-8') return decodeWith(label, bytes)
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    return decodeWith('windows-1252', bytes)
  }
}

function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding }
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}

// 0x80-0x9F in Windows-1252 (WHATWG); the five unassigned bytes stay C1 controls.
const high1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Node's TextDecoder('windows-1252') decodes as ISO-8859-1 (curly quotes and dashes become C1
 * controls), so the one range where the two differ is mapped here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192)
    text += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => high1252[c.charCodeAt(0) - 0x80])
  }
  return text
}

/** The WHATWG name for a charset label, or null when TextDecoder does not know it. */
function supportedLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding
  } catch {
    return null
  }
}

/** The charset parameter of a Content-Type value. */
export function charsetOf(contentType: string | null): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null
  return match ? match[1] : null
}

/** A `<meta charset>` or http-equiv Content-Type in the first KB of an HTML file (as the HTML spec does). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024))
  const match = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)
  return match ? match[1] : null
}

/**
 * Refuses decoded text that is mostly not text: binary data read as Windows-1252 is full of
 * control characters, and broken encodings leave replacement characters.
 */
export function assertLooksLikeText(text: string, origin: string): void {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  let bad = 0
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i)
    const control =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) ||
      (code >= 0x7f && code < 0xa0)
    if (control || code === 0xfffd) bad++
  }
  if (bad > 0 && bad / Math.max(sample.length, 1) > 0.01) {
    throw new ArticleError(
      'not-text',
      `${origin} does not look like text (${bad} control or unreadable characters). Open a text, Markdown, HTML, DOCX or PDF file.`,
    )
  }
}
