import { APP_ORIGIN } from './app-protocol'

// Every security decision of the shell as a plain function, so it is tested without Electron.
// main/electron/security.ts wires them to Electron's events.

/** The origins a window may show: the app itself, and the dev server while developing. */
export function appOrigins(devServerUrl?: string): string[] {
  const origins = [APP_ORIGIN]
  if (devServerUrl) {
    const origin = originOf(devServerUrl)
    if (origin && /^http:\/\/(localhost|127\.0\.0\.1):\d+$/.test(origin)) origins.push(origin)
  }
  return origins
}

/** Whether a window may navigate to `target`: only within the app's own origin(s). */
export function isAllowedNavigation(target: string, allowedOrigins: string[]): boolean {
  const origin = originOf(target)
  return origin !== null && allowedOrigins.includes(origin)
}

/** Whether a link may be handed to the system browser: http(s) only, no credentials, a real host. */
export function isSafeExternalUrl(target: string): boolean {
  let url: URL
  try {
    url = new URL(target)
  } catch {
    return false
  }
  return (
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    url.hostname !== '' &&
    !url.username &&
    !url.password
  )
}

/** What to do with a `window.open` or target=_blank link: never a new window; safe links go to the browser. */
export function windowOpenDecision(target: string): { action: 'deny'; openExternally: boolean } {
  return { action: 'deny', openExternally: isSafeExternalUrl(target) }
}

/** The app asks for no permission (camera, notifications, clipboard-read…): every request is refused. */
export function decidePermission(_permission: string): boolean {
  return false
}

/** The parts of an IPC event's sender frame that the check reads (Electron's WebFrameMain). */
export type SenderFrame = { url: string; parent: unknown }

/**
 * Whether an IPC message may be answered: it must come from a main frame (no iframe) showing the
 * app's own origin. A frame that navigated elsewhere, or a null frame (gone), is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, allowedOrigins: string[]): boolean {
  if (!frame || frame.parent !== null) return false
  return isAllowedNavigation(frame.url, allowedOrigins)
}

// The origin of a URL compared as a string; custom schemes (app:) have the opaque origin "null" in
// WHATWG URL, so it is rebuilt from protocol and host.
function originOf(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.username || url.password || url.host === '') return null
  return `${url.protocol}//${url.host.toLowerCase()}`
}
