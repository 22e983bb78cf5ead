// Shapes of the lines around a plain-text article's headline: the site or office that published it,
// metadata rows, times, and bylines printed as a bare name. Each test is about shape, not about names.
import { isDateLine, isoDate } from './text-lines'

/** Words that end or make an organisation's name: "Department of Defense", "DoD News", "Office of …". */
const ORGANISATION_WORD =
  /^(?:News|Newsroom|Media|Department|Ministry|Agency|Office|Service|Services|Press|Bureau|Council|Commission|Institute|Center|Centre|Network|Radio|Television|TV|Times|Post|Herald|Journal|Gazette|Tribune|Broadcasting|Corporation|Wire|Daily|Weekly|Chronicle|Observer|Telegraph|Monitor|Spokesperson|Secretariat|Embassy|Mission|Agencies)$/u
const CONNECTOR = /^(?:of|the|for|and|on|&|de|du|des|la|le|del)$/u
const CAPITALISED_WORD = /^(?:\p{Lu}[\p{L}\p{M}.'’-]*|\p{Lu}{2,}[\p{L}]*)$/u

/**
 * A line that names a publisher rather than a story: every part (split at commas, bars and dashes) is a
 * capitalised name, at least one word is an organisation word, and nothing is a number.
 */
export function looksLikeOutletLine(line: string): boolean {
  if (line.length > 80 || /\d/u.test(line)) return false
  const parts = line.split(/\s*(?:,|\||·|–|—)\s*/u).filter((part) => part !== '')
  if (parts.length === 0 || parts.length > 3) return false
  let organisation = false
  for (const part of parts) {
    const words = part.split(/\s+/u)
    if (words.length > 6 || !CAPITALISED_WORD.test(words[0] ?? '')) return false
    for (const word of words) {
      if (ORGANISATION_WORD.test(word)) organisation = true
      else if (!CAPITALISED_WORD.test(word) && !CONNECTOR.test(word)) return false
    }
  }
  return organisation
}

/** "12:02 P.M. EDT", "10:33 a.m.": a clock time on its own line. */
export function isTimeLine(line: string): boolean {
  return /^\(?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?\s*(?:[A-Z]{2,5})?\)?$/u.test(line)
}

/**
 * A metadata row ("07/26/2024 | News release | Distributed by …", "Report: X-1 | Published: 2026-03-09"):
 * parts split by bars, one of them a date. Returns the date (yyyy-mm-dd when it parses), or null.
 */
export function metadataRowDate(line: string): string | null {
  if (line.length > 240 || !line.includes('|')) return null
  const parts = line.split('|').map((part) => part.trim())
  if (parts.length < 2 || parts.some((part) => part.split(/\s+/u).length > 10)) return null
  for (const part of parts) {
    const value = part.replace(/^[\p{L} ]{1,20}:\s*/u, '')
    if (isDateLine(value)) return isoDate(value) ?? value
    const numeric = /^\d{1,2}[/.]\d{1,2}[/.]\d{4}\b/u.exec(value)
    if (numeric) return isoDate(numeric[0]) ?? numeric[0]
  }
  return null
}

const NAME_PARTICLE = /^(?:al|el|bin|ibn|van|von|der|den|de|da|di|du|la|le|dos|das|del|y|ben)$/u
/** A name word: "Pamela", "Bakke-Jensen", "O'Neil", "Çavuşoğlu", an initial "J." — not "Secretary's". */
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}\.(?:\p{Lu}\.)?)$/u
/** Heads of places and bodies ("United Nations Headquarters"), never part of a person's name. */
const PLACE_OR_BODY_WORD =
  /^(?:Headquarters|Nations|United|Union|House|Court|Assembly|Parliament|Congress|Senate|Forces|Army|Party|Bank|Group|University|Hospital|Airport|Base|Station|Square|Street|Palace|Hall|Building|Island|Islands|Republic|Kingdom|States|City|County|Province|Region)$/u
/** Endings of abstract nouns ("Relationships", "Transformation"), which headings are made of and names are not. */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ship|ness|ity|ities|ism)s?$/u
/** Function words that a capital at the start of a line can disguise ("Via Teleconference"). */
const FUNCTION_WORD =
  /^(?:Via|From|With|Into|About|After|Before|Under|Over|The|This|That|These|Those|Our|Your|Their|Its|His|Her|New|All|Some|No|Not|And|Or|For|To|In|On|At|By|Of)$/u
/** Words that open sections and boxes, never names. */
const SECTION_WORD =
  /^(?:Key|Background|Overview|Summary|Introduction|Conclusion|Conclusions|Analysis|Context|Findings|Recommendations|Implications|Highlights|What|Why|How|Who|When|Where|Related|More|Latest|Top|Read|Watch|Listen|Share|Comments|Editor|Note|Update|Updates)$/u

/** A line that opens with a word sections are named with ("Background", "What happens next"). */
export function opensSection(line: string): boolean {
  return SECTION_WORD.test(line.split(/\s+/u)[0] ?? '')
}

/** A line that is only a person's name: two to four name words, particles allowed, nothing else. */
function isNameLine(line: string): boolean {
  const words = line.split(/\s+/u)
  if (words.length < 2 || words.length > 5 || words.some((word) => /[’']s$/u.test(word))) return false
  let named = 0
  for (const word of words) {
    if (NAME_PARTICLE.test(word) || /^\p{Ll}{1,3}-$/u.test(word)) continue
    if (!NAME_WORD.test(word) || SECTION_WORD.test(word) || PLACE_OR_BODY_WORD.test(word)) return false
    if (ABSTRACT_NOUN.test(word) || FUNCTION_WORD.test(word)) return false
    if (ORGANISATION_WORD.test(word)) return false
    if (word.replace(/\./gu, '').length >= 2) named += 1
  }
  return named >= 2 && named <= 4
}

/**
 * A byline printed without "By": a bare name ("Pamela Dockins") or a name and a short role
 * ("Antony J. Blinken, Secretary of State"). Returns the line, or null.
 */
export function bareBylineOf(line: string): string | null {
  if (line.length > 100 || /[.!?;:]$/u.test(line.replace(/\b\p{Lu}\.$/u, ''))) return null
  const [name = '', ...role] = line.split(/\s*,\s*/u)
  if (!isNameLine(name)) return null
  const roleText = role.join(', ')
  if (role.length > 1 || roleText.split(/\s+/u).length > 6) return null
  if (roleText !== '' && !/^\p{Lu}/u.test(roleText)) return null
  // "Jane Doe, Reuters" and "Antony J. Blinken, Secretary of State"; a second place ("New York, New York") is neither.
  const roleWords = roleText.split(/\s+/u)
  if (roleWords.length > 1 && !roleWords.some((word) => /^\p{Ll}/u.test(word))) return null
  return line
}
