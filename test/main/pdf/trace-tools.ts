import { run } from './pdf-tools'

/** A run of text as mutool draws it: the font it is set in and its characters. */
export type TracedSpan = { font: string; text: string }

/** The text spans of one page (1-based) with their fonts, subset prefixes removed (`mutool trace`). */
export function tracedSpans(path: string, page: number): TracedSpan[] {
  const trace = run('mutool', ['trace', path, String(page)])
  const spans: TracedSpan[] = []
  for (const match of trace.matchAll(/<span font="([^"]+)"[^>]*>([\s\S]*?)<\/span>/g)) {
    const glyphs = [...(match[2] ?? '').matchAll(/unicode="([^"]*)"/g)].map((glyph) => decode(glyph[1] ?? ''))
    spans.push({ font: (match[1] ?? '').replace(/^[A-Z]{6}\+/, ''), text: glyphs.join('') })
  }
  return spans
}

function decode(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The font of the first span whose text starts with `text`, on the first of `pages` pages that has one. */
export function fontOf(path: string, pages: number, text: string): string | undefined {
  for (let page = 1; page <= pages; page++) {
    const found = tracedSpans(path, page).find((span) => span.text.startsWith(text))
    if (found) return found.font
  }
  return undefined
}

/** `pdfimages -list` rows: page and type ('image', 'smask'…). */
export function imageRows(path: string): { page: number; type: string; width: number; height: number }[] {
  return run('pdfimages', ['-list', path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      return {
        page: Number(columns[0]),
        type: columns[2] ?? '',
        width: Number(columns[3]),
        height: Number(columns[4]),
      }
    })
}
