import { AlignmentType, LevelFormat } from 'docx'
import type { INumberingOptions } from 'docx'

/** Lists nested deeper than this level (0 is the outermost) are set at it, as the PDF does. */
export const MAX_LIST_LEVEL = 2

/**
 * The numbered lists of a document. Word numbers a list by a definition (its format and start) and
 * an instance: each Markdown list gets an instance of its own, so every list starts again at its
 * first number, and lists that start elsewhere ("3. …") get a definition with that start.
 */
export class ListNumbering {
  private readonly starts = new Set<number>()
  private instance = 0

  /** The numbering of a new ordered list starting at `start`. */
  ordered(start: number): { reference: string; instance: number } {
    this.starts.add(start)
    this.instance += 1
    return { reference: referenceFor(start), instance: this.instance }
  }

  /** The definitions the document needs, for its Numbering part. */
  config(): INumberingOptions['config'] {
    return [...this.starts].map((start) => ({
      reference: referenceFor(start),
      levels: Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        start: level === 0 ? start : 1,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    }))
  }
}

function referenceFor(start: number): string {
  return `numbered-from-${start}`
}
