import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../api/static-files'
import { openExternalLink } from './external-links'
import { decidePermission, isAllowedNavigation, windowOpenDecision } from './guards'

/**
 * Refuses every permission request and check (camera, notifications, clipboard…) in `session`, and
 * puts the app's CSP on every response that has none of its own making: app:// responses carry it
 * already (app-protocol.ts); this covers anything else. The dev server is left alone: its inline
 * React-refresh preamble cannot run under the CSP, and it exists only while developing.
 */
export function hardenSession(session: Session, devServerOrigin?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(decidePermission(permission)),
  )
  session.setPermissionCheckHandler((_contents, permission) => decidePermission(permission))
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    if (devServerOrigin && details.url.startsWith(`${devServerOrigin}/`)) return callback({})
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
}

/**
 * Keeps a web contents inside the app: no navigation to other origins, no new windows (safe http(s)
 * links go to the system browser instead), no <webview>.
 */
export function hardenWebContents(contents: WebContents, allowedOrigins: string[]): void {
  const blockNavigation = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url, allowedOrigins)) event.preventDefault()
  }
  contents.on('will-navigate', blockNavigation)
  contents.on('will-redirect', blockNavigation)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url)
    if (decision.openExternally) void openExternalLink(url)
    return { action: decision.action }
  })
}
