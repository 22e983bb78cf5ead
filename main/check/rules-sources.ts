import { createHash } from 'node:crypto'
import { escapeMarkdown, tidySentence } from '../brief/markdown-text'
import type { Provenance, Section, Source } from '../brief/schema'
import { clip } from './rules-quotes'
import type { CheckContext, Finding } from './types'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** Where a drafted sentence stands in the body (drafting copies it tidied and escaped), or nothing. */
function placeOf(section: Section, sentence: string): { start: number; end: number } {
  const drafted = escapeMarkdown(tidySentence(sentence))
  const at = drafted === '' ? -1 : section.body.indexOf(drafted)
  return at < 0 ? { start: 0, end: 0 } : { start: at, end: at + drafted.length }
}

/** Why a passage's source no longer holds what was drafted from it; null when it still does. */
function change(
  entry: Provenance,
  source: Source | undefined,
  fresh: string | undefined,
  section: Section,
): { message: string; sentence: string | null } | null {
  if (!source) return { message: 'a passage drawn from a source no longer in this brief', sentence: null }
  const snapshot = source.text
  const current = fresh ?? snapshot
  if (current === null) return null
  const drafted = snapshot?.slice(entry.start, entry.end) ?? null
  if (entry.end > current.length)
    return {
      message: `the source “${source.title ?? source.id}” is now shorter than the passage drawn from it`,
      sentence: drafted,
    }
  const now = current.slice(entry.start, entry.end)
  // Read afresh: the text at the span is compared with the snapshot's.
  if (fresh !== undefined && drafted !== null && tidySentence(now) !== tidySentence(drafted))
    return {
      message: `the source “${source.title ?? source.id}” now reads “${clip(now)}” where this passage was drawn from`,
      sentence: drafted,
    }
  // The snapshot itself was changed after drafting (its hash no longer matches): a passage whose
  // text at its span is not in the body any more points at changed text.
  if (
    fresh === undefined &&
    source.sha256 !== null &&
    snapshot !== null &&
    sha256(snapshot) !== source.sha256
  ) {
    if (placeOf(section, now).end === 0)
      return {
        message: `the source “${source.title ?? source.id}” was changed after this passage was drafted`,
        sentence: null,
      }
  }
  return null
}

/** Drafted sentences whose source span no longer holds the text they came from. */
export function sourceChanged(context: CheckContext): Finding[] {
  const { brief, options } = context
  const findings: Finding[] = []
  for (const section of brief.sections) {
    for (const entry of section.provenance) {
      const source = brief.sources.find((candidate) => candidate.id === entry.sourceId)
      const changed = change(entry, source, options.sourceTexts?.[entry.sourceId], section)
      if (!changed) continue
      findings.push({
        rule: 'source-changed',
        severity: 'warning',
        section: section.id,
        message: `${changed.message[0]?.toUpperCase() ?? ''}${changed.message.slice(1)}.`,
        ...(changed.sentence === null ? { start: 0, end: 0 } : placeOf(section, changed.sentence)),
      })
    }
  }
  return findings
}
