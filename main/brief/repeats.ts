/** A passage of this many words said twice in one brief reads as a copy, not an echo. */
export const REPEAT_PASSAGE_WORDS = 8

/** Lower-cased words of Markdown text, without its syntax (tables, quote marks, emphasis, escapes). */
export function wordsOf(markdown: string): string[] {
  return markdown
    .toLowerCase()
    .replace(/\\(.)/g, '$1')
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((word) => word.replace(/^'+|'+$/g, ''))
    .filter((word) => word !== '')
}

/** The runs of `size` consecutive words in a text, joined by spaces. */
export function shinglesOf(words: readonly string[], size = REPEAT_PASSAGE_WORDS): string[] {
  const shingles: string[] = []
  for (let index = 0; index + size <= words.length; index += 1) {
    shingles.push(words.slice(index, index + size).join(' '))
  }
  return shingles
}

/**
 * The passages of `size` or more words that occur more than once across the given texts (section
 * bodies, say), each reported once at its full length. Overlapping repeats of one longer passage
 * are one passage; a heading's whole text, a name, is not a repeat.
 */
export function repeatedPassages(texts: readonly string[], size = REPEAT_PASSAGE_WORDS): string[] {
  // Texts are kept apart so that a passage never spans two sections, nor two cells of a table row.
  const documents = texts.flatMap((text) => text.split(/(?<!\\)\|/).map((part) => wordsOf(part)))
  const count = new Map<string, number>()
  for (const words of documents) {
    for (const shingle of shinglesOf(words, size)) count.set(shingle, (count.get(shingle) ?? 0) + 1)
  }
  const passages = new Set<string>()
  for (const words of documents) {
    let runStart = -1
    for (let index = 0; index + size <= words.length + 1; index += 1) {
      const shingle = index + size <= words.length ? words.slice(index, index + size).join(' ') : ''
      const repeated = (count.get(shingle) ?? 0) > 1
      if (repeated && runStart < 0) runStart = index
      if (!repeated && runStart >= 0) {
        passages.add(words.slice(runStart, index - 1 + size).join(' '))
        runStart = -1
      }
    }
  }
  // A passage repeated in full inside a longer reported one is the same repeat. A heading is a name
  // (an actor's, say), and a name recurs where it is meant: "### X" over a row naming X.
  const headings = texts.flatMap((text) =>
    text
      .split('\n')
      .filter((line) => /^#{1,6}\s/.test(line))
      .map((line) => wordsOf(line).join(' ')),
  )
  const list = [...passages]
  return list.filter(
    (passage) =>
      !list.some((other) => other !== passage && other.includes(passage)) &&
      !headings.some((heading) => heading === passage),
  )
}
