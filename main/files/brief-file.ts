import { readFile } from 'node:fs/promises'
import { DocumentError, migrateBrief } from '../brief/migrate'
import type { Brief } from '../brief/schema'
import { withSnapshotHashes } from '../brief/source-snapshot'
import { writeFileAtomic } from './atomic'

const MAX_BRIEF_BYTES = 50 * 1024 * 1024

/** Parses the text of a .brief file: JSON, validated and migrated. Throws DocumentError. */
export function parseBriefJson(text: string): Brief {
  if (text.trim() === '') throw new DocumentError('This brief is empty.')
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new DocumentError(`This brief is not valid JSON (${detail}); it may be truncated.`)
  }
  return migrateBrief(document)
}

/**
 * The text of a .brief file: stable key order, two-space indent, final newline. Source snapshots
 * the editor added are hashed here, so every saved snapshot carries its hash.
 */
export function serializeBrief(brief: Brief): string {
  return `${JSON.stringify(withSnapshotHashes(brief), null, 2)}\n`
}

/** Reads and opens a .brief file from disk. */
export async function readBriefFile(filePath: string): Promise<Brief> {
  let bytes: Buffer
  try {
    bytes = await readFile(filePath)
  } catch (error) {
    throw new DocumentError(describeFsError(error, filePath))
  }
  if (bytes.length > MAX_BRIEF_BYTES)
    throw new DocumentError(`${filePath} is larger than 50 MB; not a brief.`)
  return parseBriefJson(bytes.toString('utf8'))
}

/** Saves a brief atomically: the old file stays whole until the new one is complete. */
export async function writeBriefFile(filePath: string, brief: Brief): Promise<void> {
  await writeFileAtomic(filePath, serializeBrief(brief))
}

/** A one-line message for a failed file operation. */
export function describeFsError(error: unknown, filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOENT':
      return `${filePath}: no such file.`
    case 'EISDIR':
      return `${filePath} is a folder, not a file.`
    case 'EACCES':
    case 'EPERM':
      return `${filePath}: permission denied.`
    default:
      return `${filePath}: ${error instanceof Error ? error.message : String(error)}`
  }
}
