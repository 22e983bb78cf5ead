import type { ArticleDraft, BlockDraft } from './assemble'
import { normalizeSpace } from './assemble'

/** One positioned text run from a PDF page (PDF coordinates: y grows upwards). */
export type TextRun = { text: string; x: number; y: number; width: number; size: number; page: number }

export type Line = { text: string; x: number; y: number; size: number; page: number }

/** Runs → lines: a run on another baseline starts a new line; a visible gap between runs is a space. */
export function runsToLines(runs: TextRun[]): Line[] {
  const lines: Line[] = []
  let line: (Line & { right: number }) | null = null
  for (const run of runs) {
    if (run.text.length === 0) continue
    const sameLine =
      line !== null &&
      line.page === run.page &&
      Math.abs(line.y - run.y) < 0.4 * Math.max(line.size, run.size)
    if (line !== null && sameLine) {
      const gap = run.x - line.right
      if (gap > 0.15 * run.size && !/\s$/.test(line.text) && !/^\s/.test(run.text)) line.text += ' '
      line.text += run.text
      line.right = run.x + run.width
      if (run.text.trim().length > 0) line.size = Math.max(line.size, run.size)
      continue
    }
    if (line !== null) lines.push(line)
    line = { text: run.text, x: run.x, y: run.y, size: run.size, page: run.page, right: run.x + run.width }
  }
  if (line !== null) lines.push(line)
  return lines
    .map(({ text, x, y, size, page }) => ({ text: normalizeSpace(text), x, y, size, page }))
    .filter((l) => l.text.length > 0)
}

type Group = { heading: boolean; size: number; lines: Line[] }

/**
 * Lines → headline, dek and blocks. Body size is the most common size by characters; larger lines
 * are headings (the largest on the first page is the headline, a heading right after it the dek).
 * A vertical gap clearly wider than the usual line spacing, or an indented first line, starts a
 * paragraph. Page numbers and running headers or footers repeated on most pages are left out.
 */
export function linesToDraft(all: Line[]): ArticleDraft {
  const lines = dropRunningLines(all)
  const body = bodySize(lines)
  const spacing = lineSpacing(lines, body)
  const groups: Group[] = []
  let previous: Line | null = null
  for (const line of lines) {
    const heading = line.size > body * 1.15 && line.text.length < 300
    const group: Group | undefined = groups[groups.length - 1]
    if (group && previous && continues(group, previous, line, heading, spacing)) group.lines.push(line)
    else groups.push({ heading, size: line.size, lines: [line] })
    previous = line
  }
  const draft: ArticleDraft = { meta: {}, blocks: [], warnings: [] }
  const firstPage = groups.filter((g) => g.heading && g.lines[0].page === groups[0]?.lines[0].page)
  const titleSize = Math.max(...firstPage.map((g) => g.size))
  const titleGroup = firstPage.find((g) => g.size === titleSize)
  const headingSizes = [
    ...new Set(groups.filter((g) => g.heading && g !== titleGroup).map((g) => round(g.size))),
  ]
  headingSizes.sort((a, b) => b - a)
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]
    const text = joinLines(group.lines)
    if (group === titleGroup) {
      draft.meta.title = text
      const next = groups[i + 1]
      if (next?.heading && next.size < group.size) {
        draft.meta.subtitle = joinLines(next.lines)
        i++
      }
      continue
    }
    const block: BlockDraft = group.heading
      ? { kind: 'heading', text, level: 2 + headingSizes.indexOf(round(group.size)) }
      : { kind: 'paragraph', text }
    draft.blocks.push(block)
  }
  return draft
}

function continues(group: Group, previous: Line, line: Line, heading: boolean, spacing: number): boolean {
  if (group.heading !== heading) return false
  if (heading)
    return (
      Math.abs(group.size - line.size) < 0.5 &&
      line.page === previous.page &&
      previous.y - line.y < line.size * 1.6
    )
  if (line.page !== previous.page) return !/[.!?:\u201d"\u2019)]$/.test(previous.text)
  const gap = previous.y - line.y
  if (gap > spacing * 1.4 || gap < 0) return false
  // An indented first line starts a paragraph in layouts without extra spacing.
  return !(line.x > previous.x + line.size * 0.8)
}

function joinLines(lines: Line[]): string {
  let text = ''
  for (const line of lines) {
    // A line broken after a hyphen or a dash continues the same word or phrase.
    text += text === '' || /[\p{L}][-\u2010]$|[\u2013\u2014]$/u.test(text) ? line.text : ` ${line.text}`
  }
  return text
}

function bodySize(lines: Line[]): number {
  const bySize = new Map<number, number>()
  for (const line of lines)
    bySize.set(round(line.size), (bySize.get(round(line.size)) ?? 0) + line.text.length)
  let best = 0
  let most = -1
  for (const [size, count] of bySize) if (count > most) [best, most] = [size, count]
  return best
}

/** The usual distance between baselines of body lines (the median, so paragraph gaps do not count). */
function lineSpacing(lines: Line[], body: number): number {
  const gaps: number[] = []
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]]
    if (a.page === b.page && round(a.size) === body && round(b.size) === body && a.y > b.y)
      gaps.push(a.y - b.y)
  }
  gaps.sort((x, y) => x - y)
  return gaps.length > 0 ? gaps[Math.floor((gaps.length - 1) / 2)] : body * 1.2
}

function dropRunningLines(lines: Line[]): Line[] {
  const pages = new Set(lines.map((l) => l.page)).size
  const seen = new Map<string, Set<number>>()
  for (const line of lines) {
    const key = line.text.replace(/\d+/g, '#')
    seen.set(key, (seen.get(key) ?? new Set()).add(line.page))
  }
  return lines.filter((line) => {
    if (/^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(line.text)) return false
    return pages < 3 || (seen.get(line.text.replace(/\d+/g, '#'))?.size ?? 0) <= pages / 2
  })
}

function round(size: number): number {
  return Math.round(size * 2) / 2
}
