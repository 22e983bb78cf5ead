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
    `(?:[\\s,]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$`,
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

export function isDateLine(line: string): boolean {
  return line.length <= 80 && DATE_LINE.test(line)
}

/** The byline's names ("Jane Doe and John Roe"), or null when the line is not a byline. */
export function bylineOf(line: string): string | null {
  if (line.length > 120) return null
  const match = BYLINE.exec(line)
  return match?.[1] ? line.replace(/^By\s+/u, '').trim() : null
}

/** Place and agency of a dateline at the start of a paragraph, with its length; null when none. */
export function datelineOf(line: string): { place: string; agency: string | null; length: number } | null {
  const match = DATELINE.exec(line)
  if (!match?.[1]) return null
  // A dateline place is shouted ("KYIV", "WASHINGTON"); a capitalised sentence start is not a dateline.
  const first = match[1].split(',')[0] ?? ''
  if (first.replace(/[^\p{L}]/gu, '').length < 2 || first !== first.toUpperCase()) return null
  return { place: match[1].trim(), agency: match[2]?.trim() ?? null, length: match[0].length }
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
  return !endsLikeSentence(line) || /[?!]["”’]?$/u.test(line)
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
