import { createHash } from 'node:crypto'
import { BRIEF_LIMITS } from '../common/limits'
import type { Brief } from './schema'

/** The hex SHA-256 of a text (its UTF-8 bytes). */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * The snapshot a brief keeps of a source's text: the text and its hash, or nulls when the text is
 * longer than a brief keeps (the brief still saves; the checks that need the text skip that source).
 */
export function snapshotOf(text: string): { text: string | null; sha256: string | null } {
  if (text.length > BRIEF_LIMITS.sourceText) return { text: null, sha256: null }
  return { text, sha256: sha256Of(text) }
}

/**
 * The brief with the hash of every snapshot that has none (a source added in the editor, which
 * cannot hash synchronously). The same brief (by reference) when nothing is missing.
 */
export function withSnapshotHashes(brief: Brief): Brief {
  if (!brief.sources.some((source) => source.text !== null && source.sha256 === null)) return brief
  return {
    ...brief,
    sources: brief.sources.map((source) =>
      source.text !== null && source.sha256 === null ? { ...source, sha256: sha256Of(source.text) } : source,
    ),
  }
}
