import type { BriefwrightBridge } from '../main/api/bridge-types'
import type { CallInput, CallOutput } from '../main/api/contract'
import type { CallResult } from '../main/api/dispatch'
import type { ApiErrorCode } from '../main/api/errors'
import { API_CALLS, tableOf } from '../main/common/api-calls'
import type { CallName } from '../main/common/api-calls'
import type { CommandId } from '../main/common/commands'
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

/** Per-call options: a signal that cancels the call (the UI goes back to where it was). */
export type CallOptions = { signal?: AbortSignal }

/** The api as the renderer calls it: the contract's calls, each with an optional signal. */
export type Client = {
  [K in CallName]: (input: CallInput<K>, options?: CallOptions) => Promise<CallOutput<K>>
}

type Transport = (name: CallName, input: unknown, signal?: AbortSignal) => Promise<CallResult>

/** Calls a page makes as it unloads: sent with keepalive so they outlive it (their bodies are tiny). */
/** The media type of a .docx file. */
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const OUTLIVE_PAGE: ReadonlySet<CallName> = new Set(['touchRecovery'])

const CANCELLED: CallResult = { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } }

function unwrap(result: CallResult): unknown {
  if (result.ok) return result.value
  throw new ApiCallError(result.error.code, result.error.message)
}

// A transport that cannot be interrupted (IPC) still lets the caller walk away: the late answer is
// dropped and the caller sees `cancelled` at once.
function abortable(promise: Promise<CallResult>, signal: AbortSignal | undefined): Promise<CallResult> {
  if (!signal) return promise
  if (signal.aborted) return Promise.resolve(CANCELLED)
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(CANCELLED)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** Builds the typed api over a transport that returns result envelopes: one function per listed call. */
export function createApi(transport: Transport): Client {
  return tableOf(
    API_CALLS,
    (name) => (input: unknown, options?: CallOptions) =>
      abortable(transport(name, input, options?.signal), options?.signal).then(unwrap),
  ) as Client
}

/** The HTTP transport: `POST /api/<call>` with the launch token; an aborted signal aborts the request. */
export function httpTransport(token: string, baseUrl = ''): Transport {
  return async (name, input, signal) => {
    let response: Response
    try {
      response = await fetch(`${baseUrl}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Briefwright-Token': token },
        body: encodeWire(input),
        signal,
        keepalive: OUTLIVE_PAGE.has(name),
      })
    } catch (error) {
      if (signal?.aborted) return CANCELLED
      const message = error instanceof Error ? error.message : String(error)
      return {
        ok: false,
        error: {
          code: 'unavailable',
          message: `Briefwright's server did not answer (${message}). Is it still running?`,
        },
      }
    }
    const text = await response.text().catch(() => '')
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
  /** Saves an exported Word document: through the Save dialog (desktop), or as a download. */
  saveDocx(input: { bytes: Uint8Array; fileName: string }): Promise<string | null>
  /** The native Open dialog; null in the browser (the page's file input is used instead). */
  openDocument(): Promise<{ name: string; kind: 'brief' | 'article'; bytes: Uint8Array } | null>
  resetDocument(): Promise<void>
  takePendingDocument(): Promise<{ name: string; text: string } | null>
  /** Tells the desktop shell whether there is unsaved work (closing the window asks first while there is). */
  setDocumentEdited(edited: boolean): Promise<void>
  /** Answers the shell's 'request-close': true closes the window (the work was saved or discarded). */
  answerClose(close: boolean): Promise<void>
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
    saveDocx: async ({ bytes, fileName }) =>
      (unwrap(await desktop.saveDocx({ bytes, suggestedName: fileName })) as { name: string | null }).name,
    openDocument: async () =>
      unwrap(await desktop.openDocument({})) as Awaited<ReturnType<Shell['openDocument']>>,
    resetDocument: async () => {
      unwrap(await desktop.resetDocument({}))
    },
    takePendingDocument: async () =>
      unwrap(await desktop.takePendingDocument({})) as { name: string; text: string } | null,
    setDocumentEdited: async (edited) => {
      unwrap(await desktop.setDocumentEdited({ edited }))
    },
    answerClose: async (close) => {
      unwrap(await desktop.answerClose({ close }))
    },
    onCommand: (listener) => bridge.onCommand(listener),
  }
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
    saveDocx: async ({ bytes, fileName }) => {
      downloadFile(new Blob([bytes.slice().buffer], { type: DOCX_TYPE }), fileName)
      return fileName
    },
    openDocument: async () => null,
    resetDocument: async () => undefined,
    takePendingDocument: async () => null,
    // A browser tab asks before closing through beforeunload (renderer/state/useApp.ts).
    setDocumentEdited: async () => undefined,
    answerClose: async () => undefined,
    // No native menu in a browser: the page's keyboard shortcuts (renderer/state/useShortcuts.ts)
    // run the same registry.
    onCommand: () => () => undefined,
  }
}

/** The api and shell of this page: the preload bridge when present, HTTP otherwise. */
export function connect(): { api: Client; shell: Shell } {
  // Set by the desktop app's preload (contextBridge); absent in a browser.
  const bridge = (window as Window & { briefwright?: BriefwrightBridge }).briefwright
  if (bridge) return { api: createApi(bridgeTransport(bridge)), shell: desktopShell(bridge) }
  const token = launchToken(window.location, window.sessionStorage, window.history)
  return { api: createApi(httpTransport(token)), shell: browserShell() }
}
