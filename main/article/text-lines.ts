// Heuristics that recognise the parts of a plain-text article line by line. Plain text has no markup,
// so each test here is about shape: length, closing punctuation, capitals, and a few fixed phrases.

const TERMINAL = /[.!?;:,…]["'”’»)\]]*$/u
const DOTTED_ABBREVIATION_END = /(?:\b\p{Lu}\.){2,}$/u
const LIST_ITEM = /^(?:[-*•–·▪◦]|\d{1,3}[.)])\s+\S/u
const OPENING_QUOTE = /^["“‘'«„]/u

/** Lines that belong to the page around the article, not to the article. */
const BOILERPLATE: readonly RegExp[] = [
  /^(?:photo|photograph|image|picture|video|credit|caption)s?(?:\s+credit)?\s*[:：|]/iu,
  /\((?:[^()]*\/)?(?:AP|AFP|Reuters|Getty|EPA|Xinhua|Pool)[^()]*(?:Photo|Images?|Pool)[^()]*\)\s*$/iu,
  /\((?:AP|AFP|Reuters|EPA)\s+Photo(?:\/[^()]*)?\)/iu,
  /^(?:AP|AFP|Reuters|EPA|Getty Images|Shutterstock)(?:\s+Photo)?\s*$/iu,
  /(?:Getty Images|Shutterstock|via Reuters|AFP via Getty)\.?\s*$/iu,
  /^This (?:story|article|report) (?:originally |was originally |first )?(?:originated|appeared|ran|was (?:first )?published)\b/iu,
  /^(?:Copyright\b|©|\(c\)\s)/iu,
  /\bAll rights reserved\b/iu,
  /^Follow (?:us|me|him|her|them|@?\S+) on\b/iu,
  /^Sign up (?:for|to|here)\b/iu,
  /^(?:Subscribe|Advertisement|Sponsored|Skip advertisement|Share this|Share on|Click here|Read more|See more|Read also|See also|Related)\b/iu,
  /^(?:Additional reporting|Reporting|Writing|Editing|Edited) by\b/iu,
  /\bcontributed to this (?:report|story)\.?$/iu,
]

const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
const DATE_LINE = new RegExp(
  `^(?:(?:Published|Updated|Posted|Last updated)(?: on)?:?\\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?` +
    `(?:(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH})\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})` +
    `(?:[\\s,]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?` +
    `(?:\\s*\\(?(?:UTC|GMT)(?:[+−-]\\d{1,2}(?::?\\d{2})?)?\\)?)?\\.?$`,
  'iu',
)

/** "KYIV, Ukraine (AP) — " and "LONDON — ": capitals, an optional region, an optional agency, a dash. */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s*[\p{L}\p{M}\p{N} .'’-]+?)?)\s*(?:\(([^()]{1,40})\))?\s*(?:—|–|--|-)\s+(?=\S)/u

const BYLINE =
  /^By\s+(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|van|von|der|da|al|bin|,)){0,12})\s*(?:,\s*([^,]{2,60}))?$/u

export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line)
}

export function isBoilerplate(line: string): boolean {
  return line.length <= 400 && BOILERPLATE.some((pattern) => pattern.test(line))
}

/** A line that only dates the article ("March 4, 2025", "Posted May 2nd, 2024 at 8:40 am", "(May 3, 2024)"). */
export function isDateLine(line: string): boolean {
  const bare = /^\(.*\)$/u.test(line) ? line.slice(1, -1).trim() : line
  // Every form of DATE_LINE has a four-digit year; most lines have none, and the cheap test spares
  // compiling and running the Unicode, case-insensitive pattern on them.
  return bare.length <= 80 && /\d{4}/.test(bare) && DATE_LINE.test(bare)
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/**
 * yyyy-mm-dd of the first date in a line, computed by hand so the result does not depend on the time
 * zone. A numeric date counts only when its order is certain (07/26/2024; 26/07/2024); null otherwise.
 */
export function isoDate(line: string): string | null {
  const iso = /(\d{4})-(\d{2})-(\d{2})/u.exec(line)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const monthFirst = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/u.exec(line)
  const dayFirst = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/u.exec(line)
  const [month, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : []
  const monthIndex = MONTHS.indexOf((month ?? '').toLowerCase())
  if (monthIndex >= 0 && day !== undefined && year !== undefined)
    return `${year}-${String(monthIndex + 1).padStart(2, '0')}-${day.padStart(2, '0')}`
  const numeric = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/u.exec(line)
  if (!numeric) return null
  const [first, second] = [Number(numeric[1]), Number(numeric[2])]
  const pad = (n: number) => String(n).padStart(2, '0')
  if (first > 12 && second <= 12) return `${numeric[3]}-${pad(second)}-${pad(first)}`
  if (second > 12 && first <= 12) return `${numeric[3]}-${pad(first)}-${pad(second)}`
  return null
}

/** The byline's names ("Jane Doe and John Roe"), or null when the line is not a byline. */
export function bylineOf(line: string): string | null {
  // BYLINE starts with "By": the cheap test spares most lines the Unicode pattern.
  if (line.length > 120 || !line.startsWith('By')) return null
  const match = BYLINE.exec(line)
  return match?.[1] ? line.replace(/^By\s+/u, '').trim() : null
}

/** What a dateline says: place ("KYIV"), region as printed ("Ukraine", "Ill."), agency, date, length. */
export type DatelineParts = {
  place: string
  region: string | null
  agency: string | null
  date: string | null
  length: number
}

const DATE_PART = `(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+(?:${MONTH})\\.?,?\\s+\\d{4}`
/** "WASHINGTON, Nov. 9, 2017 —", "Washington, D.C., June 25, 2008 -": a place (any case) and a date. */
const DATED_DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{L}\\p{M}.'’ -]{1,40}?)(?:,\\s*(\\p{Lu}[\\p{L}\\p{M}.'’ -]{0,30}?))?,\\s*(${DATE_PART})` +
    `\\s*(?:\\(([^()]{1,40})\\))?\\s*(?:—|–|--|-)\\s+(?=\\S)`,
  'u',
)

/** Place, region, agency and date of a dateline at the start of a paragraph, with its length; null when none. */
export function datelineOf(line: string): DatelineParts | null {
  // Both forms start with a capital and end in a dash and a space: a cheap test first, as most
  // paragraphs are not datelines.
  if (!/^\p{Lu}/u.test(line) || !/[—–-]\s/.test(line)) return null
  const dated = DATED_DATELINE.exec(line)
  if (dated?.[1] && dated[3]) {
    return {
      place: dated[1].trim(),
      region: dated[2]?.trim() ?? null,
      agency: dated[4]?.trim() ?? null,
      date: isoDate(dated[3]) ?? dated[3],
      length: dated[0].length,
    }
  }
  const match = DATELINE.exec(line)
  if (!match?.[1]) return null
  // A dateline place is shouted ("KYIV", "WASHINGTON"); a capitalised sentence start is not a dateline.
  const [first = '', ...rest] = match[1].split(',')
  if (first.replace(/[^\p{L}]/gu, '').length < 2 || first !== first.toUpperCase()) return null
  const region = rest.join(',').trim()
  return {
    place: first.trim(),
    region: region === '' ? null : region,
    agency: match[2]?.trim() ?? null,
    date: null,
    length: match[0].length,
  }
}

function wordCount(line: string): number {
  return line.split(/\s+/u).filter((word) => word !== '').length
}

function endsLikeSentence(line: string): boolean {
  return TERMINAL.test(line) && !DOTTED_ABBREVIATION_END.test(line)
}

/** A headline: a short line of words that does not end like a sentence (a question mark is allowed). */
export function looksLikeHeadline(line: string): boolean {
  const words = wordCount(line)
  if (words < 2 || words > 30 || line.length > 200) return false
  if (!/^[\p{Lu}\p{N}"“‘'«„]/u.test(line)) return false
  if (isListItem(line) || datelineOf(line) || bylineOf(line)) return false
  // A headline that is itself a quotation keeps the quotation's own full stop.
  return !endsLikeSentence(line) || /[?!]["”’]?$/u.test(line) || isWhollyQuoted(line)
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '‘': '’',
  "'": "'",
  '«': '»',
  '„': '“',
}

/** A line that is one quotation from its first character to its last: “We will not leave.” */
function isWhollyQuoted(line: string): boolean {
  const close = QUOTE_PAIRS[line[0] ?? '']
  if (close === undefined || line.length < 4 || !line.endsWith(close)) return false
  const inner = line.slice(1, -1)
  return !inner.includes(close) && !(close === '”' && inner.includes('“'))
}

/**
 * A section heading that is a quotation: a short line quoted whole, with no full stop, comma or
 * question mark inside its closing mark (a one-line quoted sentence is a paragraph).
 */
export function looksLikeQuotedHeading(line: string): boolean {
  if (!isWhollyQuoted(line) || wordCount(line) > 12) return false
  return !/[.,;:?…]$/u.test(line.slice(1, -1))
}

const MINOR_WORD =
  /^(?:a|an|the|and|or|but|nor|of|to|in|on|at|by|for|from|with|as|via|vs\.?|per|into|over|upon)$/u

/** Title Case: every word but short function words starts with a capital or a digit. */
export function looksLikeTitleCase(line: string): boolean {
  const words = line.split(/\s+/u).filter((word) => /\p{L}/u.test(word))
  return (
    words.length >= 2 && words.every((word) => MINOR_WORD.test(word) || /^[\p{Lu}\p{N}"“‘'(]/u.test(word))
  )
}

/** A dek: a short line right under the headline, usually without closing punctuation. */
export function looksLikeDek(line: string): boolean {
  const words = wordCount(line)
  if (words < 3 || line.length > 250 || datelineOf(line) || isListItem(line)) return false
  if (!/^[\p{Lu}\p{N}]/u.test(line)) return false
  return !endsLikeSentence(line)
}

/**
 * A section heading: a short capitalised line without closing punctuation. A question on its own
 * line ends with "?" and so stays a paragraph.
 */
export function looksLikeHeading(line: string): boolean {
  const words = wordCount(line)
  if (words < 1 || words > 15 || line.length > 120) return false
  if (!/^[\p{Lu}\p{N}]/u.test(line) || OPENING_QUOTE.test(line) || isListItem(line)) return false
  if (datelineOf(line) || bylineOf(line) || isDateLine(line)) return false
  return !endsLikeSentence(line)
}
