import { analyzeArticle } from '../analysis/index'
import { findQuoteSegments } from '../analysis/quote-marks'
import type { QuoteSegment } from '../analysis/quote-marks'
import { UNATTRIBUTED } from '../analysis/quotes'
import type { Block } from '../article/types'
import type { Brief, Section } from '../brief/schema'
import { inTableRow, sectionArticle, wordCount } from './section-text'
import type { CheckContext, Finding } from './types'

/** Quoted stretches shorter than this are terms, not quotations (the analysis reads them so too). */
const MIN_QUOTED_WORDS = 3

/** Text compared "verbatim, modulo quote marks and whitespace": one glyph per mark, one space per run. */
export function normalizeQuoted(text: string): string {
  return text
    .replace(/\\([\\`*_[\]<>|~#+\-=.)])/gu, '$1')
    .replace(/[‘’‚‛′`]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
}

/** The source texts a quotation may come from: each source's snapshot, or a text read afresh. */
export function sourceTextsOf(brief: Brief, fresh: Readonly<Record<string, string>> = {}): string[] {
  const texts = brief.sources.map((source) => fresh[source.id] ?? source.text)
  for (const [id, text] of Object.entries(fresh))
    if (!brief.sources.some((source) => source.id === id)) texts.push(text)
  return texts.filter((text): text is string => text !== null)
}

/** The pieces of a quotation an ellipsis ("…", "...", "[…]") separates: each must be in the source. */
function pieces(quoted: string): string[] {
  return (
    quoted
      .split(/\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/u)
      // A quotation's own closing stop or comma is often the writer's: the words are what must match.
      .map((piece) => piece.replace(/^["'\s]+|[\s"'.,;:!?]+$/gu, ''))
      .filter((piece) => wordCount(piece) > 0)
  )
}

function quotedText(section: Section, segment: QuoteSegment): string {
  return section.body.slice(segment.start, segment.end)
}

/** Words in quotation marks that no source of the brief holds, verbatim. */
export function quoteNotInSource(context: CheckContext): Finding[] {
  const sources = sourceTextsOf(context.brief, context.options.sourceTexts).map(normalizeQuoted)
  // Without any source text there is nothing to compare with (a format-1 brief, no article open).
  if (sources.length === 0) return []
  const findings: Finding[] = []
  for (const section of context.brief.sections) {
    for (const segment of findQuoteSegments(sectionArticle(section))) {
      const quoted = quotedText(section, segment)
      if (wordCount(quoted) < MIN_QUOTED_WORDS) continue
      const missing = pieces(normalizeQuoted(quoted)).some(
        (piece) => !sources.some((text) => text.includes(piece)),
      )
      if (!missing) continue
      findings.push({
        rule: 'quote-not-in-source',
        severity: 'error',
        section: section.id,
        message: `The quotation “${clip(quoted)}” is not, word for word, in any source of this brief.`,
        start: segment.open,
        end: segment.closed ? segment.close + 1 : segment.end,
      })
    }
  }
  return findings
}

/** "— A. Speaker" under a block quote: the line that says whose words the quote is. */
const ATTRIBUTION_LINE = /^(?:>\s*)?(?:[—–]|--?)\s*\S/mu
/** A "Who speaks:" line heads an actor's part of Positions and names the voices quoted in it. */
const WHO_SPEAKS = /\bwho speaks\b\W*\S/iu

/**
 * Whether the block around a quotation names its speaker outside the sentence: an attribution line
 * in the quote's own block, or a "Who speaks" line in the part (under the same heading) it stands in.
 */
function partNamesSpeaker(blocks: readonly Block[], index: number): boolean {
  if (ATTRIBUTION_LINE.test(blocks[index]?.text ?? '')) return true
  for (let i = index; i >= 0; i--) {
    const block = blocks[i]
    if (!block || block.kind === 'heading') break
    if (WHO_SPEAKS.test(block.text)) return true
  }
  return false
}

/** A quotation whose sentence and block name no speaker (the analysis's own speaker finder decides). */
export function unattributedQuote(context: CheckContext): Finding[] {
  const findings: Finding[] = []
  for (const section of context.brief.sections) {
    if (section.body.trim() === '') continue
    const article = sectionArticle(section)
    const analysis = analyzeArticle(article)
    const segments = findQuoteSegments(article)
    for (const quote of analysis.quotes) {
      if (quote.speaker !== UNATTRIBUTED) continue
      if (inTableRow(section.body, quote.start)) continue
      const index = article.blocks.findIndex((block) => block.start <= quote.start && quote.start < block.end)
      if (partNamesSpeaker(article.blocks, index)) continue
      findings.push({
        rule: 'unattributed-quote',
        severity: 'warning',
        section: section.id,
        message: `The quotation “${clip(quote.text)}” names no speaker in its sentence or its paragraph.`,
        ...marksAround(segments, quote),
      })
    }
  }
  return findings
}

/** From a quotation's opening mark to its closing one (to its words' end when it runs on). */
function marksAround(segments: readonly QuoteSegment[], quote: { start: number; end: number }) {
  const first = segments.find((segment) => segment.start === quote.start)
  const last = [...segments].reverse().find((segment) => segment.end === quote.end)
  return {
    start: first?.open ?? quote.start,
    end: last ? (last.closed ? last.close + 1 : last.end) : quote.end,
  }
}

/** The first words of a long text, for a one-line message. */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}
