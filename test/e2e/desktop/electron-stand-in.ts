import { decodeCloned, encodeCloned } from './clone-codec'

/*
 * A stand-in for the main-process side of 'electron', for the desktop end-to-end tests only: the host
 * bundle (desktop-host.ts) is built with 'electron' resolved to this file. It copies these behaviours
 * of Electron 45, and nothing else:
 * - ipcMain.handle / removeHandler: one handler per channel (a second one throws); an invoke with no
 *   handler, or whose handler throws, rejects with Electron's "Error invoking remote method" message.
 * - The invoke event: `senderFrame` ({ url, parent }, like WebFrameMain: parent null for a main
 *   frame) and `sender.id`, taken from the real Chromium frame that called.
 * - Structured clone: arguments and results go through `structuredClone` on each side, as Electron's
 *   IPC serializes them; a value it cannot clone fails the call as it would in Electron.
 * - webContents.send: to the page's ipcRenderer.on listeners, arguments cloned the same way.
 * - dialog.showOpenDialog / showSaveDialog: answered by the test (`answerDialog`), never a window.
 * - app.getPath, addRecentDocument, clearRecentDocuments, quit; shell.openExternal: recorded.
 * Its renderer half (contextBridge, ipcRenderer) is preload-stand-in.ts.
 */

/** The parts of an IPC invoke event the app reads. */
export type InvokeEvent = { sender: { id: number }; senderFrame: { url: string; parent: unknown } | null }
type Handler = (event: InvokeEvent, ...args: unknown[]) => unknown

const handlers = new Map<string, Handler>()
/** Every channel invoked from the page, in order, whether or not it had a handler. */
export const invoked: string[] = []

export const ipcMain = {
  handle(channel: string, handler: Handler): void {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    handlers.set(channel, handler)
  },
  removeHandler(channel: string): void {
    handlers.delete(channel)
  },
}

/** What crosses back to the page: a cloned result, or the message the page's invoke rejects with. */
export type InvokeReply = { result: string } | { error: string }

/**
 * Runs what Electron runs for one `ipcRenderer.invoke`: the arguments (encoded clones from the page)
 * are cloned again in this realm, the channel's handler runs, and its result is cloned back.
 */
export async function invokeFromPage(
  event: InvokeEvent,
  channel: string,
  args: string,
): Promise<InvokeReply> {
  invoked.push(channel)
  const handler = handlers.get(channel)
  if (!handler)
    return { error: `Error invoking remote method '${channel}': No handler registered for '${channel}'` }
  try {
    const input = structuredClone(decodeCloned(args)) as unknown[]
    return { result: encodeCloned(structuredClone(await handler(event, ...input))) }
  } catch (error) {
    return { error: `Error invoking remote method '${channel}': ${String(error)}` }
  }
}

/** The channels with a handler, for tests that check the registration. */
export function handledChannels(): string[] {
  return [...handlers.keys()]
}

type OpenDialogResult = { canceled: boolean; filePaths: string[] }
type SaveDialogResult = { canceled: boolean; filePath: string }
/** A dialog the app showed, with the options it passed. */
export type DialogAsked = { kind: 'open' | 'save'; options: Record<string, unknown> }

const dialogAnswers: { kind: 'open' | 'save'; path: string | null }[] = []
/** Every dialog shown so far, in order. */
export const dialogsAsked: DialogAsked[] = []

/** Queues the answer to the next dialog of `kind`: a path, or null for Cancel. */
export function answerDialog(kind: 'open' | 'save', path: string | null): void {
  dialogAnswers.push({ kind, path })
}

/** The answers queued and not used yet (a test that leaves one unused asked for a dialog that never came). */
export function unusedDialogAnswers(): number {
  return dialogAnswers.length
}

function nextAnswer(kind: 'open' | 'save', options: Record<string, unknown>): string | null {
  dialogsAsked.push({ kind, options })
  const index = dialogAnswers.findIndex((answer) => answer.kind === kind)
  if (index < 0) throw new Error(`The app showed a ${kind} dialog the test did not answer.`)
  return dialogAnswers.splice(index, 1)[0].path
}

export const dialog = {
  // Electron's first argument, the parent window, is optional; the app always passes it.
  async showOpenDialog(_window: unknown, options: Record<string, unknown>): Promise<OpenDialogResult> {
    const path = nextAnswer('open', options)
    return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] }
  },
  async showSaveDialog(_window: unknown, options: Record<string, unknown>): Promise<SaveDialogResult> {
    const path = nextAnswer('save', options)
    return path === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: path }
  },
}

const paths = new Map<string, string>()
/** Calls the app made that have no visible effect here. */
export const recorded = { recentDocuments: [] as string[], quit: 0, openedExternally: [] as string[] }

export const app = {
  isPackaged: false,
  getPath(name: string): string {
    const found = paths.get(name)
    if (!found) throw new Error(`The stand-in has no path for '${name}'.`)
    return found
  },
  setPath(name: string, value: string): void {
    paths.set(name, value)
  },
  addRecentDocument(filePath: string): void {
    recorded.recentDocuments.push(filePath)
  },
  clearRecentDocuments(): void {
    recorded.recentDocuments.length = 0
  },
  quit(): void {
    recorded.quit += 1
  },
}

export const shell = {
  async openExternal(url: string): Promise<void> {
    recorded.openedExternally.push(url)
  },
}

/** The parts of a BrowserWindow main/electron/desktop.ts uses, recording what was done to it. */
export type WindowStandIn = ReturnType<typeof createWindow>

/** A window whose webContents.send reaches the page through `deliver` (arguments cloned, then encoded). */
export function createWindow(id: number, deliver: (channel: string, args: string) => void) {
  const state = { destroyed: false, closed: 0, edited: [] as boolean[], representedFilename: '' }
  return {
    state,
    webContents: {
      id,
      send(channel: string, ...args: unknown[]): void {
        deliver(channel, encodeCloned(structuredClone(args)))
      },
    },
    setRepresentedFilename(filePath: string): void {
      state.representedFilename = filePath
    },
    setDocumentEdited(edited: boolean): void {
      state.edited.push(edited)
    },
    isDestroyed: () => state.destroyed,
    close(): void {
      state.closed += 1
      state.destroyed = true
    },
  }
}
