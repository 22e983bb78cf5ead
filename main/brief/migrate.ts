import type * as z from 'zod'
import { BRIEF_SCHEMA_VERSION, BriefSchema } from './schema'
import type { Brief } from './schema'

/** A document that cannot be opened, with a one-line message the user can act on. */
export class DocumentError extends Error {
  override name = 'DocumentError'
}

/** One step from format N to N+1; it receives the raw JSON object of version N. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>

/** How one kind of document (brief, template) is versioned. */
export type VersionedFormat<T> = {
  kind: string
  current: number
  /** Steps keyed by the version they upgrade from. */
  migrations: Record<number, Migration>
  schema: z.ZodType<T>
}

/**
 * Format 1 kept no text of its sources: each gets an empty snapshot (the checks that need the text
 * say they cannot look, and "show in article" asks for the article to be opened, as before).
 */
function addSourceSnapshots(document: Record<string, unknown>): Record<string, unknown> {
  const { sources } = document
  return {
    ...document,
    schemaVersion: 2,
    sources: Array.isArray(sources)
      ? sources.map((source: unknown) =>
          typeof source === 'object' && source !== null && !Array.isArray(source)
            ? { ...source, text: null, sha256: null }
            : source,
        )
      : sources,
  }
}

/** The .brief format; each step upgrades the version it is keyed by. */
export const briefFormat: VersionedFormat<Brief> = {
  kind: 'brief',
  current: BRIEF_SCHEMA_VERSION,
  migrations: { 1: addSourceSnapshots },
  schema: BriefSchema,
}

/**
 * Validates a parsed document and brings it to the current version of its format. A newer version is
 * refused (never opened with its unknown fields dropped); an invalid one names the first problem.
 */
export function migrateDocument<T>(document: unknown, format: VersionedFormat<T>): T {
  const { kind } = format
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new DocumentError(`This is not a ${kind}: the file does not hold a JSON object.`)
  }
  let current = document as Record<string, unknown>
  let version = current.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DocumentError(`This is not a ${kind}: it has no valid schemaVersion.`)
  }
  if (version > format.current) {
    throw new DocumentError(
      `This ${kind} was saved by a newer Briefwright (format ${version}; this version reads up to ${format.current}). Update Briefwright to open it.`,
    )
  }
  while (version < format.current) {
    const step = format.migrations[version]
    if (!step)
      throw new DocumentError(`This ${kind} uses format ${version}, which this version cannot upgrade.`)
    current = step(current)
    version += 1
  }
  const result = format.schema.safeParse(current)
  if (!result.success)
    throw new DocumentError(`This ${kind} is damaged: ${describeIssue(result.error.issues)}`)
  return result.data
}

/** Validates and migrates a parsed .brief document. */
export function migrateBrief(document: unknown): Brief {
  return migrateDocument(document, briefFormat)
}

/** One line naming the first schema problem and where it is ("sections.2.heading: …"). */
export function describeIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const first = issues[0]
  if (!first) return 'unknown problem.'
  const where = first.path.map(String).join('.')
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''
  return `${where ? `${where}: ` : ''}${first.message}${more}.`
}
