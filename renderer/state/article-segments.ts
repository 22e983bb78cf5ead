import type { Analysis } from '../../main/analysis/types'
import type { Block } from '../../main/article/types'

/** A run of article text with one set of highlights; the article pane draws each as one text node. */
export type Segment = {
  start: number
  end: number
  text: string
  /** The speaker when the run is inside a quote. */
  speaker: string | null
  /** The actor when the run names one. */
  actor: string | null
  /** Inside the span being flashed (from "show in article"). */
  flash: boolean
  /** The run ends a quote: the pane shows the speaker after it. */
  quoteEnd: boolean
}

type Span = { start: number; end: number }
export type Mention = Span & { actor: string }

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Where actors are named in the text: each name and alias as a whole word, longest names first so
 * that "European Union" wins over "Union". Mentions never overlap.
 */
export function actorMentions(text: string, analysis: Analysis): Mention[] {
  const names = analysis.actors
    .flatMap((actor) =>
      [actor.name, ...actor.aliases].map((name) => ({ name: name.trim(), actor: actor.name })),
    )
    .filter((entry) => entry.name.length > 1)
    .sort((a, b) => b.name.length - a.name.length)
  const taken: Mention[] = []
  for (const { name, actor } of names) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu')
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0
      const end = start + match[0].length
      if (!taken.some((known) => known.start < end && start < known.end)) taken.push({ start, end, actor })
    }
  }
  return taken.sort((a, b) => a.start - b.start)
}

/** Cuts a block into segments at every quote, mention and flash boundary inside it. */
export function segmentBlock(
  block: Block,
  text: string,
  quotes: Analysis['quotes'],
  mentions: Mention[],
  flash: Span | null,
): Segment[] {
  const inBlock = <T extends Span>(spans: T[]) =>
    spans.filter((span) => span.start < block.end && block.start < span.end)
  const blockQuotes = inBlock(quotes)
  const blockMentions = inBlock(mentions)
  const cuts = new Set([block.start, block.end])
  for (const span of [...blockQuotes, ...blockMentions, ...(flash ? [flash] : [])]) {
    if (span.start > block.start && span.start < block.end) cuts.add(span.start)
    if (span.end > block.start && span.end < block.end) cuts.add(span.end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index]
    const end = points[index + 1]
    const quote = blockQuotes.find((span) => span.start <= start && end <= span.end)
    const mention = blockMentions.find((span) => span.start <= start && end <= span.end)
    segments.push({
      start,
      end,
      text: text.slice(start, end),
      speaker: quote?.speaker ?? null,
      actor: mention?.actor ?? null,
      flash: flash !== null && flash.start <= start && end <= flash.end,
      quoteEnd: quote !== undefined && (quote.end === end || end === block.end),
    })
  }
  return segments
}
