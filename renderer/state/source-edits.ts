import type { Brief, Source } from '../../main/brief/schema'
import { BRIEF_LIMITS } from '../../main/common/limits'

/**
 * The fields of a source a user edits (its id ties drafted passages to it and stays; its text
 * snapshot is what the passages were drawn from).
 */
export type SourceField = Exclude<keyof Source, 'id' | 'text' | 'sha256'>

/** How long each field may be, as the brief's schema allows. */
export const SOURCE_FIELD_LIMITS: Record<SourceField, number> = {
  title: BRIEF_LIMITS.sourceTitle,
  outlet: BRIEF_LIMITS.author,
  byline: BRIEF_LIMITS.author,
  date: BRIEF_LIMITS.author,
  url: BRIEF_LIMITS.sourceUrl,
  retrievedAt: BRIEF_LIMITS.author,
}

/** Sets one field of a source; an emptied field becomes null, which the PDF leaves out. */
export function setSourceField(brief: Brief, id: string, field: SourceField, value: string): Brief {
  const clipped = value.slice(0, SOURCE_FIELD_LIMITS[field])
  const next = clipped.trim() === '' ? null : clipped
  let changed = false
  const sources = brief.sources.map((source) => {
    if (source.id !== id || source[field] === next) return source
    changed = true
    return { ...source, [field]: next }
  })
  return changed ? { ...brief, sources } : brief
}
