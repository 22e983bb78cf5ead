import { SPEAKER_LABEL } from '../analysis/transcript-talk'

/**
 * Shortening a sentence for a takeaway by rule: only whole stretches are taken out (a lead clause, a
 * parenthetical, detail while it runs long), so every word that stays, with every number, name and
 * quotation, is the article's own, in its order. Who says so always stays: a reporting frame at the
 * start ("Kovacevic added that …", "According to the ministry, …") and an attribution at the end
 * (", officials said."): what they frame is a claim, and without them the bullet would state it as
 * a fact.
 */

/** The most words a takeaway bullet may have. */
export const TAKEAWAY_MAX_WORDS = 35
/** Fewer words than this left after cutting is a fragment, not a point. */
const MIN_WORDS = 6
/** Detail is cut while a takeaway is longer than this; a reader takes in about this much at a glance. */
const TAKEAWAY_TARGET_WORDS = 25
/** The longest lead clause taken out ("In a significant diplomatic development,"). */
const LEAD_CLAUSE_MAX_WORDS = 12
/** Words a sentence-opening adverbial starts with: the clause before its comma sets a scene. */
const LEAD_WORDS =
  /^(?:in|amid|after|before|following|during|despite|with|under|at|on|for|over|by|since|as part of|however|meanwhile|still|moreover|nonetheless|indeed|notably|separately|earlier|later|ultimately|overall|today|yesterday|now|also|additionally|furthermore|in addition)\b/i

type Cut = { start: number; end: number }

const QUOTED = /“[^”]*”|"[^"]*"/g
const REPORTING_VERBS =
  'said|says|stated|states|noted|notes|added|adds|told|announced|announces|indicated|indicate|indicates|' +
  'reported|reports|believes|believe|argued|argues|emphasized|emphasised|stressed|stresses|explained|insisted|' +
  'acknowledged|confirmed|confirms|suggested|suggest|suggests|claimed|claims'

/** Cuts that are always safe: they never carry the point of the sentence. */
// Every pattern is global: cutsOf collects each one's matches with matchAll.
const ALWAYS: RegExp[] = [
  // A parenthetical aside.
  /\s*\([^()]*\)/g,
  // An answer's signpost: "To your first question, …".
  /^(?:and |but |so )?(?:to|on|as for) (?:your|the|that) (?:(?:first|second|third|last|other|next) )?question,\s+/giu,
]

/** An attribution at the end: ", officials said." / ", according to the ministry." It stays. */
const END_ATTRIBUTION = new RegExp(
  `,\\s+(?:(?:${REPORTING_VERBS})\\s+[^,“”"]{1,60}|[^,“”"]{1,60}\\s+(?:${REPORTING_VERBS})|according to [^,“”"]{1,60})(?=[.!?]?$)`,
  'u',
)

/** Cuts made only while the sentence is too long: they drop detail, not the point. */
const WHEN_LONG: RegExp[] = [
  // An appositive after a name: "Steve Witkoff, a special envoy appointed by …, has".
  /(?<=\p{Lu}[\p{L}’'.-]*),\s+(?:a|an|the|who|which)\s+[^,;“”"]{3,100},(?=\s+\p{Ll})/gu,
  // A dash aside, closed or running to the end; not one a sentence needs to go on ("as it relates to –").
  /(?<!\b(?:to|of|the|a|an|and|or|but|in|on|for|with|by|as|at|from|that|is|are|was|were)\s*)\s*[—–]\s*[^—–“”"]+?(?:[—–]\s*|(?=[.!?]$))/gu,
  // A trailing participial or linking clause: ", marking a notable shift in …".
  /,\s+(?:marking|reflecting|underscoring|signaling|signalling|suggesting|highlighting|raising|making|leaving|prompting|which|while|as|with|amid|(?:\p{Ll}+ly\s+)?\p{Ll}+ing)\b[^;“”"]*(?=[.!?]$)/gu,
]

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

function quotedRanges(text: string): Cut[] {
  return [...text.matchAll(QUOTED)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/**
 * A lead clause with no fact in it: at most a dozen words before the first comma, with no digit, no
 * quotation and no capitalised word after its first ("In a significant diplomatic development,",
 * "However,"). "As Witkoff meets Putin," names people, so it stays.
 */
function leadClause(text: string): Cut | null {
  const comma = text.indexOf(',')
  if (comma < 0) return null
  const clause = text.slice(0, comma)
  const clauseWords = clause.split(/\s+/).filter(Boolean)
  if (!LEAD_WORDS.test(clause) || clauseWords.length > LEAD_CLAUSE_MAX_WORDS) return null
  if (/[\d“”"]/.test(clause) || clauseWords.slice(1).some((word) => /^\p{Lu}/u.test(word))) return null
  const after = /^,\s*/.exec(text.slice(comma))
  return { start: 0, end: comma + (after?.[0].length ?? 1) }
}

function apply(text: string, cuts: Cut[]): string {
  const quotes = quotedRanges(text)
  const kept = cuts
    .filter((cut) => !quotes.some((quote) => cut.start < quote.end && quote.start < cut.end))
    .sort((a, b) => a.start - b.start)
  let result = ''
  let at = 0
  // A cut never joins the words on either side of it ("accord — signed in May — reopens").
  const join = (piece: string) => {
    result += /[\p{L}\p{N}]$/u.test(result) && /^[\p{L}\p{N}]/u.test(piece) ? ` ${piece}` : piece
  }
  for (const cut of kept) {
    if (cut.start < at) continue
    join(text.slice(at, cut.start))
    at = cut.end
  }
  join(text.slice(at))
  return result
}

function cutsOf(text: string, patterns: readonly RegExp[]): Cut[] {
  return patterns.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })),
  )
}

function finish(text: string): string {
  const tidy = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim()
  const capital = tidy.charAt(0).toUpperCase() + tidy.slice(1)
  return /[.!?]["”’]?$/.test(capital) ? capital : `${capital.replace(/[,;:]$/, '')}.`
}

/**
 * The sentence as a takeaway: its lead clause and parentheticals taken out, then (while it is longer
 * than a glance) its appositives, asides and trailing clauses. An attribution at the end is set
 * aside first, so that no cut takes it with a clause, and put back. Null when it is still longer
 * than `maxWords` (less than the takeaways' limit where a speaker's name goes before it) or too
 * little is left.
 */
export function shortenForTakeaway(sentence: string, maxWords = TAKEAWAY_MAX_WORDS): string | null {
  // A transcript's speaker label goes first: the drafter names the speaker itself (`cite`).
  let text = sentence.replace(/\s+/g, ' ').trim().replace(SPEAKER_LABEL, '')
  const attribution = END_ATTRIBUTION.exec(text)
  const said = attribution && !insideQuotation(text, attribution.index) ? attribution[0] : ''
  if (said) text = `${text.slice(0, attribution?.index)}.`
  const lead = leadClause(text)
  if (lead) text = apply(text, [lead])
  text = apply(text, cutsOf(text, ALWAYS))
  for (const pattern of WHEN_LONG) {
    if (words(text) + words(said) <= TAKEAWAY_TARGET_WORDS) break
    text = apply(text, cutsOf(text, [pattern]))
  }
  const result = finish(said ? `${finish(text).replace(/[.!?]$/, '')}${said}` : text)
  const count = words(result)
  return count >= MIN_WORDS && count <= maxWords ? result : null
}

function insideQuotation(text: string, at: number): boolean {
  return quotedRanges(text).some((quote) => quote.start <= at && at < quote.end)
}

/**
 * Where the kept words start in the article: a cut lead clause or attribution moves a shortened
 * sentence's provenance to the words it really opens with, so "Show in article" lands on them.
 */
export function keptStart(sentence: { start: number; text: string }, kept: string): number {
  const opening = kept.split(/\s+/)
  for (let count = 3; count > 0; count -= 1) {
    const escaped = opening
      .slice(0, count)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+')
    const found = new RegExp(escaped, 'i').exec(sentence.text)
    if (found) return sentence.start + found.index
  }
  return sentence.start
}

/**
 * A sentence of another section (implications, outlook) kept as written unless it runs over the
 * takeaways' limit; then shortened by the same rules, when they can bring it under.
 */
export function concise<T extends { start: number; end: number; text: string }>(sentence: T): T {
  if (words(sentence.text) <= TAKEAWAY_MAX_WORDS) return sentence
  const text = shortenForTakeaway(sentence.text)
  return text === null ? sentence : { ...sentence, start: keptStart(sentence, text), text }
}
