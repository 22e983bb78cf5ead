import type { Brief } from '../../main/brief/schema'
import type { Client } from '../api'

/** How often a session beats its copy's heartbeat: several times within the timeout, at most every 5 s. */
export function heartbeatInterval(timeoutSeconds: number): number {
  if (!Number.isFinite(timeoutSeconds)) return 5000
  return Math.max(250, Math.min(5000, (timeoutSeconds * 1000) / 4))
}

/** A session's id, which names its recovery copy: random, in the ids' alphabet. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8))
  return `s-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}

/**
 * This window's (or tab's) one recovery copy: autosave replaces it, save and discard remove it, and
 * while it exists a heartbeat tells other sessions that this one is still editing, so they do not
 * offer it back as if it had been left behind.
 */
export function createRecoveryCopy(
  api: Client,
  options: {
    /** Whether the open brief still has unsaved changes, and which brief it is. */
    current: () => { brief: Brief | null; dirty: boolean }
    /** The settings' recovery timeout, once loaded. */
    timeoutSeconds: () => number
  },
) {
  const sessionId = newSessionId()
  let id: string | undefined
  let timer: ReturnType<typeof setInterval> | undefined

  function stopBeating(): void {
    clearInterval(timer)
    timer = undefined
  }

  function startBeating(): void {
    if (timer !== undefined) return
    timer = setInterval(() => void beat(), heartbeatInterval(options.timeoutSeconds()))
  }

  async function beat(): Promise<void> {
    const beating = id
    if (!beating) return stopBeating()
    try {
      const { kept } = await api.touchRecovery({ id: beating })
      if (kept || id !== beating) return
      // The copy went (another session took it while this one was asleep): write it again.
      id = undefined
      stopBeating()
      const { brief, dirty } = options.current()
      if (brief && dirty) await save(brief)
    } catch {
      // A missed beat is retried at the next; only a long silence makes the copy look left behind.
    }
  }

  /** Writes (or replaces) the copy; removes it again when the brief was saved or closed meanwhile. */
  async function save(brief: Brief): Promise<void> {
    try {
      const entry = await api.saveRecovery({ brief, id: id ?? sessionId })
      if (options.current().dirty) {
        id = entry.id
        startBeating()
      } else {
        await api.discardRecovery({ id: entry.id }).catch(() => undefined)
      }
    } catch {
      // Autosave is a safety net; a failed copy must not interrupt the user. The next edit retries.
    }
  }

  /** The brief was saved or its changes discarded: its copy is not needed any more. */
  async function discard(): Promise<void> {
    stopBeating()
    const gone = id
    id = undefined
    if (gone) await api.discardRecovery({ id: gone }).catch(() => undefined)
  }

  /** The page goes (closed, reloaded, navigated away): leave the copy behind for the next session. */
  function end(): void {
    stopBeating()
    if (id) void api.touchRecovery({ id, ending: true }).catch(() => undefined)
  }

  /** The page came back from the browser's back-forward cache: this session runs again. */
  function resume(): void {
    if (!id) return
    startBeating()
    void beat()
  }

  return { save, discard, end, resume, dispose: stopBeating }
}
