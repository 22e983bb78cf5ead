import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readdir, readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Brief } from '../brief/schema'
import type { RecoveryEntry } from './app-data-schema'
import { writeFileAtomic } from './atomic'
import { parseBriefJson, serializeBrief } from './brief-file'
import { RECOVERY_STALE_MS, isEnded } from './recovery-liveness'
import type { Heartbeat } from './recovery-liveness'

/**
 * Autosaved copies of unsaved briefs, one per editing session (a window or a tab). Each copy has a
 * heartbeat its session refreshes while it runs; only copies whose session has ended are offered back.
 */
export type RecoveryStore = {
  /** Writes a copy; with `id`, replaces that copy (one per session). Beats its heartbeat. */
  save(brief: Brief, id?: string): Promise<RecoveryEntry>
  /** The session behind `id` is still running; false when its copy is gone (taken or discarded). */
  touch(id: string): Promise<boolean>
  /** The session behind `id` ends (its window goes): the copy is left behind now, not after the timeout. */
  release(id: string): Promise<boolean>
  /** The copies whose session ended: no heartbeat for `staleAfterMs`, or its host process is gone. */
  list(options?: { staleAfterMs?: number }): Promise<RecoveryEntry[]>
  /** Returns the brief of a copy and removes the copy. */
  take(id: string): Promise<Brief>
  discard(id: string): Promise<boolean>
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/
const EXTENSION = '.brief'
const HEARTBEAT = '.alive'

export type RecoveryStoreOptions = {
  /** This host process (Electron main or `briefwright web`); a new one each start. */
  hostId?: string
  pid?: number
  now?: () => number
  /** Whether a process runs (tests replace it). */
  processRuns?: (pid: number) => boolean
}

/**
 * Recovery copies kept as ordinary .brief files in `<dataDir>/recovery`, so a user can also open one
 * by hand, each beside a small `<id>.alive` file whose modification time is its session's heartbeat
 * and whose text names the host process. Ids are checked against a strict pattern before they
 * become file names.
 */
export function createRecoveryStore(dataDir: string, options: RecoveryStoreOptions = {}): RecoveryStore {
  const dir = path.join(dataDir, 'recovery')
  const hostId = options.hostId ?? randomBytes(8).toString('hex')
  const pid = options.pid ?? process.pid
  const now = options.now ?? Date.now
  const processRuns = options.processRuns ?? runs

  function fileOf(id: string, extension = EXTENSION): string {
    if (!ID.test(id)) throw new RecoveryError(`"${id.slice(0, 64)}" is not a recovery id.`)
    return path.join(dir, `${id}${extension}`)
  }

  async function beat(id: string): Promise<void> {
    const heartbeat: Heartbeat = { host: hostId, pid }
    const file = fileOf(id, HEARTBEAT)
    await writeFile(file, JSON.stringify(heartbeat))
    const at = new Date(now())
    await utimes(file, at, at)
  }

  async function save(brief: Brief, id?: string): Promise<RecoveryEntry> {
    const entryId = id ?? newRecoveryId(now())
    const text = serializeBrief(brief)
    await mkdir(dir, { recursive: true })
    await writeFileAtomic(fileOf(entryId), text)
    await beat(entryId)
    return {
      id: entryId,
      title: brief.meta.title,
      savedAt: new Date(now()).toISOString(),
      bytes: Buffer.byteLength(text),
    }
  }

  async function touch(id: string): Promise<boolean> {
    try {
      await stat(fileOf(id))
    } catch (error) {
      if (error instanceof RecoveryError) throw error
      return false
    }
    await beat(id)
    return true
  }

  async function release(id: string): Promise<boolean> {
    const file = fileOf(id)
    await removeHeartbeat(id)
    return stat(file).then(
      () => true,
      () => false,
    )
  }

  async function heartbeatOf(id: string): Promise<{ beat: Heartbeat | null; at: number } | null> {
    const file = fileOf(id, HEARTBEAT)
    try {
      const [info, text] = await Promise.all([stat(file), readFile(file, 'utf8')])
      return { beat: parseHeartbeat(text), at: info.mtimeMs }
    } catch {
      return null
    }
  }

  async function list({ staleAfterMs = RECOVERY_STALE_MS } = {}): Promise<RecoveryEntry[]> {
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
      const heartbeat = await heartbeatOf(id)
      const ended = isEnded(heartbeat, { hostId, now: now(), staleAfterMs, processRuns })
      if (!ended) continue
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

  async function removeHeartbeat(id: string): Promise<void> {
    await unlink(fileOf(id, HEARTBEAT)).catch(() => undefined)
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
    await removeHeartbeat(id)
    return brief
  }

  async function discard(id: string): Promise<boolean> {
    try {
      await unlink(fileOf(id))
      return true
    } catch (error) {
      if (error instanceof RecoveryError) throw error
      return false
    } finally {
      if (ID.test(id)) await removeHeartbeat(id)
    }
  }

  return { save, touch, release, list, take, discard }
}

function parseHeartbeat(text: string): Heartbeat | null {
  try {
    const value: unknown = JSON.parse(text)
    if (typeof value !== 'object' || value === null) return null
    const { host, pid } = value as Record<string, unknown>
    return typeof host === 'string' && typeof pid === 'number' && Number.isInteger(pid) ? { host, pid } : null
  } catch {
    return null
  }
}

/**
 * Signal 0 tests for a process without touching it; EPERM means it runs under another user. A
 * process that has exited but was not yet reaped (a zombie: its parent died first, and the system's
 * first process does not always reap orphans, as in some containers) still answers signal 0; on
 * Linux its state in /proc says so.
 */
export function runs(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
  return !isZombie(pid)
}

function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false
  try {
    // The state is the field after the command name, which is in parentheses and may hold spaces.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')
  } catch {
    return false
  }
}

/** A recovery id: time-ordered and unguessable enough not to collide between windows. */
export function newRecoveryId(now = Date.now()): string {
  return `r-${now.toString(36)}-${randomBytes(4).toString('hex')}`
}

/** A recovery copy that cannot be used. */
export class RecoveryError extends Error {
  override name = 'RecoveryError'
}
