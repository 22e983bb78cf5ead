// The first pass over a plain-text article's lines: what is page furniture (credits, share bars,
// player controls, promotions printed twice), what is a caption, and which lines form a box of key
// points. Everything here is decided by shape and position, never by a site's wording.
import { bareBylineOf, isTimeLine, looksLikeOutletLine, metadataRowDate } from './text-header'
import { labelOf } from './text-labels'
import { bylineOf, isBoilerplate, isDateLine, isListItem } from './text-lines'
import type { Unit } from './text-units'

export type MarkedUnit = Unit & {
  role: 'content' | 'caption' | 'drop' | 'box-label' | 'box-item'
  /** Why a unit was dropped: page boilerplate (credits, copyright), a furniture run, or a repeat. */
  dropped?: 'boilerplate' | 'furniture' | 'repeat'
}

/** Photo and picture credits, and a short credit on its own line in parentheses ("(Reuters)"). */
const CREDIT =
  /^(?:photo|photograph|image|picture|video|credit|caption)s?(?:\s+(?:credit|by|courtesy(?:\s+of)?))?\s*[:：|]/iu
const BOX_LABEL =
  /^(?:key (?:points|takeaways|facts|findings)|at a glance|in brief|in short|quick (?:read|facts)|fast facts|the facts|what we know|what you need to know|the big picture|highlights|summary)\s*:?$/iu
const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/u

function isCreditLine(line: string): boolean {
  return CREDIT.test(line) || isParentheticalNote(line)
}

/** "(Reuters)", "(IN12689)", "(Laughter.)": a short note in parentheses on its own line, not a date. */
function isParentheticalNote(line: string): boolean {
  return /^\([^()]{1,40}\)$/u.test(line) && line.split(/\s+/u).length <= 4 && !isDateLine(line)
}

function isBoxLabel(line: string): boolean {
  return BOX_LABEL.test(line)
}

/** Wire photo captions open with "FILE -" or "FILE PHOTO:" (a picture from the archive). */
const FILE_PHOTO = /^FILE(?: PHOTO)?\s*(?:-|–|—|:)\s/u

export function markUnits(units: readonly Unit[]): MarkedUnit[] {
  const marked: MarkedUnit[] = units.map((unit) =>
    isBoilerplate(unit.text) || isCreditLine(unit.text)
      ? { ...unit, role: 'drop', dropped: 'boilerplate' }
      : { ...unit, role: FILE_PHOTO.test(unit.text) ? 'caption' : 'content' },
  )
  markBoxes(marked)
  markRepeats(marked)
  markFurnitureRuns(marked)
  markCaptions(marked)
  return marked
}

/** A key-points label with the lines printed under it (same block of lines, or the next block). */
function markBoxes(marked: MarkedUnit[]): void {
  marked.forEach((unit, index) => {
    if (unit.role !== 'content' || !isBoxLabel(unit.text)) return
    const after = marked.slice(index + 1).filter((next) => next.role === 'content')
    const first = after[0]
    if (first === undefined) return
    if (isListItem(first.text)) {
      unit.role = 'box-label'
      return
    }
    const chunk = first.chunk === unit.chunk ? unit.chunk : first.chunk
    const items = after.filter((next) => next.chunk === chunk)
    if (items.length < 2 && chunk !== unit.chunk) return
    unit.role = 'box-label'
    for (const item of items) item.role = 'box-item'
  })
}

const comparable = (text: string): string => text.toLowerCase().replace(/\s+/gu, ' ')

/**
 * A passage printed twice is not two passages: right after itself it is a photo caption printed as
 * figure and as text (kept once, as a caption); elsewhere it is a promotion (dropped). The headline
 * repeated in the body stays the headline.
 */
function markRepeats(marked: MarkedUnit[]): void {
  const seen = new Map<string, number[]>()
  marked.forEach((unit, index) => {
    // Transcripts repeat their formulas ("OPERATOR: Thank you. That line is open."): a turn is not a promotion.
    if (unit.role !== 'content' || unit.text.split(/\s+/u).length < 8 || labelOf(unit.text) !== null) return
    const key = comparable(unit.text)
    seen.set(key, [...(seen.get(key) ?? []), index])
  })
  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue
    const [first = 0, second = 0] = indexes
    const between = marked.slice(first + 1, second).every((unit) => unit.role === 'drop')
    if (first === 0) {
      for (const index of indexes.slice(1)) drop(marked[index], 'repeat')
    } else if (indexes.length === 2 && between) {
      const unit = marked[first]
      if (unit) unit.role = 'caption'
      drop(marked[second], 'repeat')
    } else {
      for (const index of indexes) drop(marked[index], 'repeat')
    }
  }
}

/** A fragment: a few words that are not a sentence and not header material. */
function isFragment(unit: MarkedUnit, index: number): boolean {
  const text = unit.text
  if (unit.role !== 'content' || index === 0 || text.split(/\s+/u).length > 6) return false
  if (ENDS_SENTENCE.test(text) || isListItem(text) || isDateLine(text) || isTimeLine(text)) return false
  // A name with a role ("Jane Doe, Reuters") is a byline; a bare two-word line may as well be a button.
  if (metadataRowDate(text) !== null || bylineOf(text) !== null) return false
  if (text.includes(',') && bareBylineOf(text) !== null) return false
  return !looksLikeOutletLine(text) && !isBoxLabel(text) && labelOf(text) === null
}

/**
 * Three or more fragments in a row (dropped lines between them do not count) are page furniture:
 * share bars ("Share", "Copy Link"), player controls ("0:00", "Direct link"), menus. A real section
 * heading is followed by its text, not by two more headings.
 */
function markFurnitureRuns(marked: MarkedUnit[]): void {
  let run: number[] = []
  const close = (): void => {
    if (run.length >= 3) for (const index of run) drop(marked[index], 'furniture')
    run = []
  }
  marked.forEach((unit, index) => {
    if (unit.role === 'drop') return
    if (isFragment(unit, index)) run.push(index)
    else close()
  })
  close()
}

/**
 * A photo's caption sits above its widget: when a credit line follows a run of furniture (share
 * buttons), the passage before that run is the caption, and a short title right above it is the
 * photo's title.
 */
function markCaptions(marked: MarkedUnit[]): void {
  marked.forEach((unit, index) => {
    if (unit.dropped !== 'boilerplate' || !isCreditLine(unit.text)) return
    let at = index - 1
    let skipped = 0
    while (at >= 0 && marked[at]?.role === 'drop') {
      if (marked[at]?.dropped === 'furniture') skipped += 1
      else if (!isCreditLine(marked[at]?.text ?? '')) return
      at -= 1
    }
    const caption = marked[at]
    if (!caption || caption.role !== 'content' || skipped === 0 || at === 0) return
    caption.role = 'caption'
    const title = marked[at - 1]
    if (title && at - 1 > 0 && title.role === 'content' && isFragment(title, at - 1)) title.role = 'caption'
  })
}

function drop(unit: MarkedUnit | undefined, why: NonNullable<MarkedUnit['dropped']>): void {
  if (!unit) return
  unit.role = 'drop'
  unit.dropped = why
}
