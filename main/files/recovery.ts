import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Brief } from '../brief/schema'
import type { RecoveryEntry } from './app-data-schema'
import { writeFileAtomic } from './atomic'
import { parseBriefJson, serializeBrief } from './brief-file'

/** Autosaved copies of unsaved briefs, offered back on the next start. */
export type RecoveryStore = {
  /** Writes a copy; with `id`, replaces that copy (one per open document). */
  save(brief: Brief, id?: string): Promise<RecoveryEntry>
  list(): Promise<RecoveryEntry[]>
  /** Returns the brief of a copy and removes the copy. */
  take(id: string): Promise<Brief>
  discard(id: string): Promise<boolean>
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const EXTENSION = '.brief'

/**
 * Recovery copies kept as ordinary .brief files in `<dataDir>/recovery`, so a user can also open one
 * by hand. Ids are checked against a strict pattern before they become file names.
 */
export function createRecoveryStore(dataDir: string): RecoveryStore {
  const dir = path.join(dataDir, 'recovery')

  function fileOf(id: string): string {
    if (!ID.test(id)) throw new RecoveryError(`"${id.slice(0, 64)}" is not a recovery id.`)
    return path.join(dir, `${id}${EXTENSION}`)
  }

  async function save(brief: Brief, id?: string): Promise<RecoveryEntry> {
    const entryId = id ?? newRecoveryId()
    const text = serializeBrief(brief)
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(fileOf(entryId), text)
    return {
      id: entryId,
      title: brief.meta.title,
      savedAt: new Date().toISOString(),
      bytes: Buffer.byteLength(text),
    }
  }

  async function list(): Promise<RecoveryEntry[]> {
    let names: string[]
    try {
      names = await readdir(dir)
    } catch {
      return []
    }
    const entries: RecoveryEntry[] = []
    for (const name of names) {
      const id = name.slice(0, -EXTENSION.length)
      if (!name.endsWith(EXTENSION) || !ID.test(id)) continue
      try {
        const file = path.join(dir, name)
        const [info, text] = await Promise.all([stat(file), readFile(file, 'utf8')])
        entries.push({
          id,
          title: parseBriefJson(text).meta.title,
          savedAt: info.mtime.toISOString(),
          bytes: info.size,
        })
      } catch {
        // A damaged copy cannot be offered back; it stays on disk for a person to look at.
      }
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt))
  }

  async function take(id: string): Promise<Brief> {
    const file = fileOf(id)
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch {
      throw new RecoveryError('This recovery copy is gone.')
    }
    const brief = parseBriefJson(text)
    await unlink(file)
    return brief
  }

  async function discard(id: string): Promise<boolean> {
    try {
      await unlink(fileOf(id))
      return true
    } catch (error) {
      if (error instanceof RecoveryError) throw error
      return false
    }
  }

  return { save, list, take, discard }
}

/** A recovery id: time-ordered and unguessable enough not to collide between windows. */
export function newRecoveryId(now = Date.now()): string {
  return `r-${now.toString(36)}-${randomBytes(4).toString('hex')}`
}

/** A recovery copy that cannot be used. */
export class RecoveryError extends Error {
  override name = 'RecoveryError'
}
