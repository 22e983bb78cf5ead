import type { Provenance } from '../../main/brief/schema'

// "Where did this sentence come from?": drafted sentences are copied from the article (escaped and
// tidied), and each section keeps the article spans it drew on. A click in a section finds the
// sentence under the caret and the span whose words it shares most.

const WORD = /[\p{L}\p{N}]+/gu

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).filter((word) => word.length > 1)
}

/** The sentence of `body` around `position`: within its line, between sentence ends; Markdown marks off. */
export function sentenceAt(body: string, position: number): string {
  const lineStart = body.lastIndexOf('\n', Math.max(0, position - 1)) + 1
  const lineEndAt = body.indexOf('\n', position)
  const lineEnd = lineEndAt < 0 ? body.length : lineEndAt
  const line = body.slice(lineStart, lineEnd)
  const offset = position - lineStart
  const ends = [...line.matchAll(/[.!?]["”’)]*\s+/g)].map((match) => (match.index ?? 0) + match[0].length)
  const start = ends.filter((end) => end <= offset).pop() ?? 0
  const end = ends.find((candidate) => candidate > offset) ?? line.length
  return line
    .slice(start, end)
    .replace(/^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s*|#+\s+)/, '')
    .replace(/\\(.)/g, '$1')
    .trim()
}

/**
 * The provenance entry of the sentence at `position`, or null: at least 60% of the sentence's words
 * must be in the span (drafting copies sentences, so a real match is close to 100%).
 */
export function provenanceAt(
  body: string,
  position: number,
  provenance: Provenance[],
  textOf: (sourceId: string) => string | null,
): Provenance | null {
  const sentence = words(sentenceAt(body, position))
  if (sentence.length < 3) return null
  let best: { entry: Provenance; score: number } | null = null
  for (const entry of provenance) {
    const text = textOf(entry.sourceId)
    if (text === null) continue
    const span = new Set(words(text.slice(entry.start, entry.end)))
    if (span.size === 0) continue
    const shared = sentence.filter((word) => span.has(word)).length
    // Ties go to the tighter span: a quote inside a longer sentence is the better pointer.
    const score = shared / sentence.length + (shared / span.size) * 0.01
    if (shared / sentence.length >= 0.6 && (!best || score > best.score)) best = { entry, score }
  }
  return best?.entry ?? null
}
