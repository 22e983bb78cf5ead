/**
 * Whether a recovery copy's session has ended. A session beats a heartbeat every few seconds while it
 * runs (a browser throttles a hidden tab's timers to about one a minute, so the timeout is set well
 * above that); a copy whose host process is gone ended with it, whatever the timeout.
 */

/** Without a heartbeat for this long, a session counts as ended (the settings' default). */
export const RECOVERY_STALE_MS = 150_000

/** What a heartbeat file says: which host process the session ran under. */
export type Heartbeat = { host: string; pid: number }

export function isEnded(
  heartbeat: { beat: Heartbeat | null; at: number } | null,
  context: { hostId: string; now: number; staleAfterMs: number; processRuns: (pid: number) => boolean },
): boolean {
  // Copies from before heartbeats existed, or whose heartbeat is unreadable, have no session to wait for.
  if (!heartbeat?.beat) return true
  if (context.now - heartbeat.at >= context.staleAfterMs) return true
  const { host, pid } = heartbeat.beat
  return host !== context.hostId && !context.processRuns(pid)
}
