import { bylineOf, isBoilerplate, isDateLine, isListItem } from './text-lines'

/** A logical line of a plain-text article, and the blank-line group ("chunk") it came from. */
export type Unit = { text: string; chunk: number }

/**
 * Splits text into logical lines ("units"). Blank lines separate chunks; inside a chunk, a hard-wrapped
 * paragraph is joined back into one unit, while one-paragraph-per-line text keeps each line. The chunk
 * number is kept because lines printed together without a blank line (a box of key points) belong
 * together.
 */
export function toUnits(text: string): Unit[] {
  const lines = text
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
  const units: Unit[] = []
  let chunk: string[] = []
  let chunkIndex = 0
  for (const line of [...lines, '']) {
    if (line !== '') {
      chunk.push(line)
      continue
    }
    if (chunk.length > 0) {
      for (const unit of unwrap(chunk)) units.push({ text: unit, chunk: chunkIndex })
      chunkIndex += 1
    }
    chunk = []
  }
  return units
}

/**
 * A line is wrapped into the next when it fills most of the chunk's width (under 120 columns) and the
 * next line's first word would not have fitted after it (how greedy wrapping breaks lines), or it breaks
 * mid-sentence before a lower-case word. A headline over its dek stays two lines: the dek's first word
 * would have fitted after the headline.
 */
function unwrap(chunk: readonly string[]): string[] {
  if (chunk.length < 2) return [...chunk]
  const width = chunk.reduce((max, line) => Math.max(max, line.length), 0)
  if (width > 120 || width < 30) return [...chunk]
  const endsSentence = (line: string): boolean => /[.!?]["'”’)]*$/u.test(line)
  // Wrapped prose breaks most full lines mid-sentence; one paragraph per line ends them with a stop.
  const midSentence = chunk.slice(0, -1).filter((line) => line.length >= 0.75 * width && !endsSentence(line))
  const prose = midSentence.length >= 2
  const units: string[] = []
  let previousLine: string | undefined
  for (const line of chunk) {
    const previous = units.at(-1)
    const firstWord = line.split(' ')[0] ?? ''
    const wrapped =
      previousLine !== undefined &&
      previousLine.length >= 0.6 * width &&
      !isBoilerplate(previousLine) &&
      !isBoilerplate(line) &&
      ((previousLine.length + 1 + firstWord.length > width - 3 && (!endsSentence(previousLine) || prose)) ||
        (/^[\p{Ll}\p{N}]/u.test(line) && !endsSentence(previousLine)))
    const continues =
      previous !== undefined && wrapped && !isListItem(line) && bylineOf(line) === null && !isDateLine(line)
    if (continues) units[units.length - 1] = `${previous} ${line}`
    else units.push(line)
    previousLine = line
  }
  return units
}
