import type { Api, CallName } from '../main/api/contract'
import type { CallResult } from '../main/api/dispatch'
import type { ApiErrorCode } from '../main/api/errors'
import type { BriefwrightBridge } from '../main/electron/bridge-types'
import type { CommandId } from '../main/electron/commands'
import { downloadFile } from './download'
import { decodeWire, encodeWire } from './wire'

// The one place in the renderer that knows whether it runs in the desktop app (the preload's
// `window.briefwright`) or in a browser (HTTP to 127.0.0.1 with the launch token).

/** A failed call, with the host's one-line message. */
export class ApiCallError extends Error {
  override name = 'ApiCallError'
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * Every call of the contract, keyed by name. A mapped type over the contract: a new call does not
 * compile until the client knows it.
 */
export const clientCalls: { [K in CallName]: true } = {
  openArticle: true,
  draftBrief: true,
  renderPdf: true,
  exportPdf: true,
  openBrief: true,
  saveBrief: true,
  listTemplates: true,
  getTemplate: true,
  getSettings: true,
  setSettings: true,
  listRecent: true,
  addRecent: true,
  saveRecovery: true,
  listRecovery: true,
  takeRecovery: true,
  discardRecovery: true,
}

type Transport = (name: CallName, input: unknown) => Promise<CallResult>

function unwrap(result: CallResult): unknown {
  if (result.ok) return result.value
  throw new ApiCallError(result.error.code, result.error.message)
}

/** Builds the typed api over a transport that returns result envelopes. */
export function createApi(transport: Transport): Api {
  const entries = (Object.keys(clientCalls) as CallName[]).map((name) => [
    name,
    (input: unknown) => transport(name, input).then(unwrap),
  ])
  return Object.fromEntries(entries) as Api
}

/** The HTTP transport: `POST /api/<call>` with the launch token. */
export function httpTransport(token: string, baseUrl = ''): Transport {
  return async (name, input) => {
    const response = await fetch(`${baseUrl}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Briefwright-Token': token },
      body: encodeWire(input),
    })
    const text = await response.text()
    try {
      return decodeWire(text) as CallResult
    } catch {
      return { ok: false, error: { code: 'failed', message: `The server answered ${response.status}.` } }
    }
  }
}

/** The desktop transport: the preload's one function per call. */
export function bridgeTransport(bridge: BriefwrightBridge): Transport {
  return (name, input) => {
    const call = bridge.api[name] as (input: unknown) => Promise<CallResult>
    return call(input)
  }
}

/** The launch token of the browser mode: from `?token=` once, then from sessionStorage. */
export function launchToken(location: Location, storage: Storage, history: History): string {
  const fromUrl = new URLSearchParams(location.search).get('token')
  if (fromUrl) {
    storage.setItem('briefwright-token', fromUrl)
    // Keep the token out of the address bar, bookmarks and screenshots.
    history.replaceState(null, '', location.pathname)
    return fromUrl
  }
  return storage.getItem('briefwright-token') ?? ''
}

/** What the app does differently on the desktop: native dialogs, menus, files with paths. */
export type Shell = {
  kind: 'desktop' | 'browser'
  /** Saves a .brief's text: to its file (desktop), or as a download. Returns the name saved as, or null. */
  saveDocument(input: { text: string; fileName: string; saveAs: boolean }): Promise<string | null>
  savePdf(input: { bytes: Uint8Array; fileName: string }): Promise<string | null>
  /** The native Open dialog; null in the browser (the page's file input is used instead). */
  openDocument(): Promise<{ name: string; kind: 'brief' | 'article'; bytes: Uint8Array } | null>
  resetDocument(): Promise<void>
  takePendingDocument(): Promise<{ name: string; text: string } | null>
  /** Menu commands (desktop) or the same shortcuts from the keyboard (browser). */
  onCommand(listener: (command: CommandId) => void): () => void
}

function desktopShell(bridge: BriefwrightBridge): Shell {
  const desktop = bridge.desktop
  return {
    kind: 'desktop',
    saveDocument: async ({ text, fileName, saveAs }) =>
      (
        unwrap(await desktop.saveDocument({ text, suggestedName: fileName, saveAs })) as {
          name: string | null
        }
      ).name,
    savePdf: async ({ bytes, fileName }) =>
      (unwrap(await desktop.savePdf({ bytes, suggestedName: fileName })) as { name: string | null }).name,
    openDocument: async () =>
      unwrap(await desktop.openDocument({})) as Awaited<ReturnType<Shell['openDocument']>>,
    resetDocument: async () => {
      unwrap(await desktop.resetDocument({}))
    },
    takePendingDocument: async () =>
      unwrap(await desktop.takePendingDocument({})) as { name: string; text: string } | null,
    onCommand: (listener) => bridge.onCommand(listener),
  }
}

const SHORTCUTS: Record<string, CommandId> = {
  n: 'new-brief',
  o: 'open',
  s: 'save',
  'shift+s': 'save-as',
  e: 'export-pdf',
}

function browserShell(): Shell {
  return {
    kind: 'browser',
    saveDocument: async ({ text, fileName }) => {
      downloadFile(new Blob([text], { type: 'application/json' }), fileName)
      return fileName
    },
    savePdf: async ({ bytes, fileName }) => {
      downloadFile(new Blob([bytes.slice().buffer], { type: 'application/pdf' }), fileName)
      return fileName
    },
    openDocument: async () => null,
    resetDocument: async () => undefined,
    takePendingDocument: async () => null,
    onCommand: (listener) => {
      // Undo and redo stay with the browser's text fields; the page's own shortcuts mirror the menus.
      const onKey = (event: KeyboardEvent) => {
        if (!(event.ctrlKey || event.metaKey) || event.altKey) return
        const command = SHORTCUTS[`${event.shiftKey ? 'shift+' : ''}${event.key.toLowerCase()}`]
        if (!command) return
        event.preventDefault()
        listener(command)
      }
      window.addEventListener('keydown', onKey)
      return () => window.removeEventListener('keydown', onKey)
    },
  }
}

/** The api and shell of this page: the preload bridge when present, HTTP otherwise. */
export function connect(): { api: Api; shell: Shell } {
  // Set by the desktop app's preload (contextBridge); absent in a browser.
  const bridge = (window as Window & { briefwright?: BriefwrightBridge }).briefwright
  if (bridge) return { api: createApi(bridgeTransport(bridge)), shell: desktopShell(bridge) }
  const token = launchToken(window.location, window.sessionStorage, window.history)
  return { api: createApi(httpTransport(token)), shell: browserShell() }
}
