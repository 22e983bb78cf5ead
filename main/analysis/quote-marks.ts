import type { Article } from '../article/types'

/** One quoted stretch inside one block: the marks' offsets and the trimmed words between them. */
export type QuoteSegment = {
  block: number
  /** Offset of the opening mark. */
  open: number
  /** Offset of the closing mark, or the block's end when the quote runs on to the next paragraph. */
  close: number
  closed: boolean
  /** The block starts by reopening a quote the previous block left open (a multi-paragraph quote). */
  continuation: boolean
  start: number
  end: number
  /** The quoted words ended with a comma (dropped from the span): the sentence goes on after them. */
  trailingComma: boolean
  /** A quotation inside another: a paragraph in single marks while a double-marked quote is open. */
  nested?: true
}

type Role = 'open' | 'close' | 'either'

const DOUBLE_OPEN = new Set(['“', '„', '«', '「', '『', '〝', '‟'])
const DOUBLE_CLOSE = new Set(['”', '»', '」', '』', '〞'])
const DOUBLE_EITHER = new Set(['"', '＂'])
const SINGLE_OPEN = new Set(['‘'])
const SINGLE_CLOSE = new Set(['’'])
const SINGLE_EITHER = new Set(["'"])
const ALL_MARKS = /["“”„«»「」『』〝〞‟＂‘’']/u
const MARK_CHARS = new Set('"“”„«»「」『』〝〞‟＂‘’\''.split(''))
const BEFORE_OPEN = /[\s([{—–\-/]/u
const AFTER_CLOSE = /[\s.,;:!?)\]}—–\-/…]/u

/**
 * Finds quoted stretches block by block, straight or curly. Marks are read by their glyph and checked
 * against their surroundings (a space before and a letter after opens), so a mistyped mark still pairs.
 * Articles that use no double quotation marks at all are read with single marks, skipping apostrophes.
 */
export function findQuoteSegments(article: Article): QuoteSegment[] {
  const text = article.text
  const single = !/["“”„«»「」『』〝〞‟＂]/u.test(text)
  const opens = single ? SINGLE_OPEN : DOUBLE_OPEN
  const closes = single ? SINGLE_CLOSE : DOUBLE_CLOSE
  const either = single ? SINGLE_EITHER : DOUBLE_EITHER
  const segments: QuoteSegment[] = []
  let pendingFromPrevious = false
  article.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'heading') {
      pendingFromPrevious = false
      return
    }
    let openAt = -1
    let continuation = false
    const firstMark = block.text.search(/\S/u)
    for (let p = block.start; p < block.end; p++) {
      const char = text.charAt(p)
      if (!MARK_CHARS.has(char)) continue
      const isOpen = opens.has(char)
      const isClose = closes.has(char)
      if (!isOpen && !isClose && !either.has(char)) continue
      if (single && isApostrophe(text, p)) continue
      const role = roleOf(text, p, isOpen ? 'open' : isClose ? 'close' : 'either', block.start, block.end)
      const opening = role === 'open' || (role === 'either' && openAt < 0)
      if (opening) {
        openAt = p
        continuation = pendingFromPrevious && p === block.start + Math.max(0, firstMark)
      } else if (openAt >= 0) {
        pushSegment(segments, text, blockIndex, openAt, p, true, continuation)
        openAt = -1
        continuation = false
      }
    }
    if (!single && openAt < 0 && nestedParagraph(segments, text, blockIndex, block.start, block.end)) return
    pendingFromPrevious = false
    if (openAt >= 0) {
      pushSegment(segments, text, blockIndex, openAt, block.end, false, continuation)
      pendingFromPrevious = true
    }
  })
  return segments
}

/**
 * `‘Everybody knows …’` as a paragraph of its own in an article quoted with double marks: a quotation
 * nested in a longer one (a correspondent's report quoting a speaker). The longer quote stays open.
 */
function nestedParagraph(
  segments: QuoteSegment[],
  text: string,
  block: number,
  from: number,
  to: number,
): boolean {
  if (segments.at(-1)?.block === block) return false
  const body = text.slice(from, to)
  const open = body.search(/\S/u)
  const close = body.search(/’[.,;:!?…]?\s*$/u)
  if (open < 0 || body.charAt(open) !== '‘' || close <= open + 1) return false
  if (/["“”„«»「」『』〝〞‟＂]/u.test(body)) return false
  pushSegment(segments, text, block, from + open, from + close, true, false)
  const pushed = segments.at(-1)
  if (pushed?.block === block) pushed.nested = true
  return true
}

function pushSegment(
  segments: QuoteSegment[],
  text: string,
  block: number,
  open: number,
  close: number,
  closed: boolean,
  continuation: boolean,
): void {
  let start = open + 1
  let end = close
  while (start < end && /\s/u.test(text.charAt(start))) start++
  while (end > start && /\s/u.test(text.charAt(end - 1))) end--
  // `"…dialogue," he said`: the comma belongs to the sentence around the quote, not to the words.
  const trailingComma = end > start && text.charAt(end - 1) === ','
  if (trailingComma) end--
  if (end > start) segments.push({ block, open, close, closed, continuation, start, end, trailingComma })
}

function roleOf(text: string, p: number, glyph: Role, from: number, to: number): Role {
  const before = p > from ? text.charAt(p - 1) : ' '
  const after = p + 1 < to ? text.charAt(p + 1) : ' '
  const leftFlank = (BEFORE_OPEN.test(before) || ALL_MARKS.test(before)) && !/\s/u.test(after)
  const rightFlank = !/\s/u.test(before) && (AFTER_CLOSE.test(after) || ALL_MARKS.test(after))
  if (glyph === 'open') return rightFlank && !leftFlank ? 'close' : 'open'
  if (glyph === 'close') return leftFlank && !rightFlank ? 'open' : 'close'
  if (leftFlank && !rightFlank) return 'open'
  if (rightFlank && !leftFlank) return 'close'
  return 'either'
}

/** A mark between two letters ("don’t"), or after an s at a word's end ("the States’ plan"). */
function isApostrophe(text: string, p: number): boolean {
  const before = text.charAt(p - 1)
  const after = text.charAt(p + 1)
  if (/\p{L}/u.test(before) && /\p{L}/u.test(after)) return true
  return before === 's' && /\s/u.test(after) && text.charAt(p) !== '‘'
}
