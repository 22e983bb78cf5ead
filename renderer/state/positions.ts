import type { Analysis } from '../../main/analysis/types'
import type { Provenance } from '../../main/brief/schema'
import { matrixRowOf, withMatrixActor, withoutMatrixActor } from './positions-matrix'

// The Positions section as a table: one `### Actor` subsection per actor, with who speaks, a one-line
// stance and quotes with attribution (the shape main/brief/positions.ts drafts), after the positions
// matrix (positions-matrix.ts), which adding and removing an actor keep in step. The table is
// parsed from the section's Markdown and written back to it, so the section stays the one truth and
// text the table does not know (an intro, extra paragraphs) is kept as it is.

/** A quote of a position: its words (Markdown, without quotation marks) and who said them. */
export type PositionQuote = { text: string; speaker: string }

/** One actor's subsection. Text fields are Markdown as written in the section. */
export type Position = {
  /** The subsection heading as written (Markdown escapes and all). */
  heading: string
  who: string | null
  stance: string
  quotes: PositionQuote[]
  /** Paragraphs the table does not model, kept in order after the quotes. */
  notes: string[]
}

/** A Positions section body, parsed. */
export type PositionsDoc = { intro: string; positions: Position[] }

/** One row of the positions view: an actor in the section, or one the article quotes that is not (yet). */
export type PositionRow = {
  actor: string
  included: boolean
  stance: string
  quotes: PositionQuote[]
  /** Where the article's quotes of this actor are, for provenance when the row is added. */
  spans: Provenance[]
}

const ESCAPABLE = /[\\`*_[\]<>|~]/g

/** Escapes text for a Markdown heading or line (as the drafter does). */
export function escapeInline(text: string): string {
  return text
    .replace(ESCAPABLE, (character) => `\\${character}`)
    .replace(/\s+/g, ' ')
    .trim()
}

/** Markdown escapes removed, for display and matching. */
export function unescapeInline(text: string): string {
  return text.replace(/\\([\\`*_[\]<>|~#+\-=.!()])/g, '$1')
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
}

const WHO = /^\*\*Who speaks:\*\*\s*([\s\S]*)$/
const STANCE = /^\*\*Stance:\*\*\s*([\s\S]*)$/
const ATTRIBUTION = /^(?:—|--|–)\s*(.*)$/

function parseQuote(paragraph: string): PositionQuote | null {
  const lines = paragraph.split('\n')
  if (!lines.every((line) => line.trimStart().startsWith('>'))) return null
  const inner = lines.map((line) => line.trimStart().replace(/^>\s?/, '').trim()).filter(Boolean)
  const last = inner[inner.length - 1] ?? ''
  const attribution = ATTRIBUTION.exec(last)
  const words = (attribution ? inner.slice(0, -1) : inner).join(' ').trim()
  return { text: words.replace(/^[“"]|[”"]$/g, ''), speaker: attribution ? attribution[1].trim() : '' }
}

function parsePosition(heading: string, body: string): Position {
  const position: Position = { heading: heading.trim(), who: null, stance: '', quotes: [], notes: [] }
  for (const paragraph of paragraphs(body)) {
    const who = WHO.exec(paragraph)
    const stance = STANCE.exec(paragraph)
    const quote = parseQuote(paragraph)
    if (who && position.who === null) position.who = who[1].replace(/\s+/g, ' ').trim()
    else if (stance && !position.stance) position.stance = stance[1].replace(/\s+/g, ' ').trim()
    else if (quote) position.quotes.push(quote)
    else position.notes.push(paragraph)
  }
  return position
}

/** Parses a Positions body into its intro and `### Actor` subsections. */
export function parsePositions(body: string): PositionsDoc {
  const parts = body.split(/^###[ \t]+(.*)$/m)
  const positions: Position[] = []
  for (let index = 1; index < parts.length; index += 2)
    positions.push(parsePosition(parts[index], parts[index + 1] ?? ''))
  return { intro: parts[0].trim(), positions }
}

function serializePosition(position: Position): string {
  const blocks = [`### ${position.heading}`]
  if (position.who) blocks.push(`**Who speaks:** ${position.who}`)
  if (position.stance.trim()) blocks.push(`**Stance:** ${position.stance.replace(/\s+/g, ' ').trim()}`)
  for (const quote of position.quotes) {
    const words = `> “${quote.text}”`
    blocks.push(quote.speaker ? `${words}\n>\n> — ${quote.speaker}` : words)
  }
  blocks.push(...position.notes)
  return blocks.join('\n\n')
}

/** Writes the subsections back as Markdown (the inverse of parsePositions for drafted bodies). */
export function serializePositions(doc: PositionsDoc): string {
  return [doc.intro, ...doc.positions.map(serializePosition)].filter((part) => part.trim()).join('\n\n')
}

function sameActor(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0
}

/**
 * The rows of the positions view: the section's subsections first, in their order, then the actors
 * the articles quote that have no subsection. Quotes are grouped by actor, or by speaker when the
 * speaker's actor is unknown (as drafting does).
 */
export function positionRows(
  doc: PositionsDoc,
  sources: { sourceId: string; analysis: Analysis }[],
): PositionRow[] {
  const quoted = new Map<string, { quotes: PositionQuote[]; spans: Provenance[] }>()
  for (const { sourceId, analysis } of sources) {
    for (const quote of analysis.quotes) {
      const actor = quote.actor ?? quote.speaker
      const key = [...quoted.keys()].find((known) => sameActor(known, actor)) ?? actor
      const entry = quoted.get(key) ?? { quotes: [], spans: [] }
      entry.quotes.push({ text: escapeInline(quote.text), speaker: escapeInline(quote.speaker) })
      entry.spans.push({ sourceId, start: quote.start, end: quote.end })
      quoted.set(key, entry)
    }
  }
  const rows: PositionRow[] = doc.positions.map((position) => ({
    actor: unescapeInline(position.heading),
    included: true,
    stance: position.stance,
    quotes: position.quotes,
    spans: [],
  }))
  for (const [actor, entry] of quoted) {
    if (rows.some((row) => sameActor(row.actor, actor))) continue
    // An actor in the matrix is in the brief, with or without a subsection under it.
    const included = matrixRowOf(doc.intro, actor) !== null
    rows.push({ actor, included, stance: '', quotes: entry.quotes, spans: entry.spans })
  }
  return rows
}

function indexOfActor(doc: PositionsDoc, actor: string): number {
  return doc.positions.findIndex((position) => sameActor(unescapeInline(position.heading), actor))
}

/** Sets an actor's stance; an actor without a subsection gets one (with its quotes). */
export function setStance(doc: PositionsDoc, row: PositionRow, stance: string): PositionsDoc {
  const index = indexOfActor(doc, row.actor)
  if (index < 0) return includeActor(doc, { ...row, stance })
  const positions = doc.positions.map((position, at) => (at === index ? { ...position, stance } : position))
  return { ...doc, positions }
}

/** Adds a subsection for an actor the article quotes: who speaks, the stance, its quotes. */
export function includeActor(doc: PositionsDoc, row: PositionRow): PositionsDoc {
  if (indexOfActor(doc, row.actor) >= 0) return doc
  const speakers = [...new Set(row.quotes.map((quote) => quote.speaker).filter(Boolean))]
  const position: Position = {
    heading: escapeInline(row.actor),
    who: speakers.length > 0 ? `${speakers.join('; ')}.` : null,
    stance: row.stance,
    quotes: row.quotes,
    notes: [],
  }
  const quote = [...row.quotes].sort((a, b) => a.text.length - b.text.length)[0]
  const intro = withMatrixActor(doc.intro, {
    actor: position.heading,
    stance: 'neutral/unclear',
    keyWords: quote ? `“${quote.text}”` : '',
    where: '',
  })
  return { ...doc, intro, positions: [...doc.positions, position] }
}

/** Removes an actor's subsection. */
export function excludeActor(doc: PositionsDoc, actor: string): PositionsDoc {
  const index = indexOfActor(doc, actor)
  // An actor the matrix lists without a subsection of its own leaves the matrix.
  if (index < 0) return { ...doc, intro: withoutMatrixActor(doc.intro, actor) }
  return {
    ...doc,
    intro: withoutMatrixActor(doc.intro, actor),
    positions: doc.positions.filter((_, at) => at !== index),
  }
}
