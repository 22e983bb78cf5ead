import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { app, ipcMain } from 'electron'
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import { createApiHost } from '../../../main/api/host'
import { createRecentStore } from '../../../main/files/recent'
import { createSettingsStore } from '../../../main/files/settings'
import { APP_ORIGIN, handleAppRequest } from '../../../main/electron/app-protocol'
import { COMMAND_CHANNEL } from '../../../main/electron/channels'
import { createCloseGuard } from '../../../main/electron/close-guard'
import { createDesktopHandlers } from '../../../main/electron/desktop'
import { desktopApiHandlers } from '../../../main/electron/desktop-api-handlers'
import { createDocumentRegistry } from '../../../main/electron/documents'
import { appOrigins } from '../../../main/electron/guards'
import { registerIpc } from '../../../main/electron/ipc'
import { buildMenuTemplate } from '../../../main/electron/menu-template'
import { readBriefDocument } from '../../../main/electron/open-file'
import {
  answerDialog,
  createWindow,
  dialogsAsked,
  handledChannels,
  invoked,
  invokeFromPage,
  recorded,
  unusedDialogAnswers,
} from './electron-stand-in'
import type { InvokeEvent } from './electron-stand-in'

// The desktop shell's main side as main/electron/index.ts wires it for one window, built by
// desktop-session.ts with esbuild, 'electron' resolved to electron-stand-in.ts (the import above):
// the real api host and handlers, the real IPC registration with its sender checks and contract
// validation, the real desktop handlers, close guard and menu template. The renderer is served by
// the app:// protocol's own handler, on 127.0.0.1, the origin the shell allows for a dev server.

const WINDOW_ID = 1

export type DesktopHost = Awaited<ReturnType<typeof startDesktopHost>>

export async function startDesktopHost(options: {
  dataDir: string
  /** What app.getPath('documents') answers: where the Save dialogs start. */
  documentsDir: string
  rendererDir: string
  /** Hands a webContents.send (channel, encoded arguments) to the page. */
  deliver: (channel: string, args: string) => void
}) {
  const server = createServer((request, response) => {
    const appRequest = new Request(`${APP_ORIGIN}${request.url ?? '/'}`, { method: request.method })
    void handleAppRequest(appRequest, options.rendererDir).then(async (answer) => {
      response.writeHead(answer.status, Object.fromEntries(answer.headers))
      response.end(Buffer.from(await answer.arrayBuffer()))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  app.setPath('documents', options.documentsDir)
  const settings = createSettingsStore(options.dataDir)
  const recent = createRecentStore(options.dataDir)
  const apiHost = createApiHost({ dataDir: options.dataDir, settings, recent })
  const documents = createDocumentRegistry()
  const window = createWindow(WINDOW_ID, options.deliver)
  const closeGuard = createCloseGuard(() => window.webContents.send(COMMAND_CHANNEL, 'request-close'))
  const desktop = createDesktopHandlers({
    // The stand-in has the members desktop.ts uses, not a whole BrowserWindow.
    window: window as unknown as BrowserWindow,
    documents,
    recent,
    onRecentChanged: () => undefined,
    closeGuard,
  })
  registerIpc(ipcMain, {
    handlers: desktopApiHandlers(apiHost.handlers),
    allowedOrigins: appOrigins(origin),
    desktopFor: (senderId) => (senderId === WINDOW_ID && !window.isDestroyed() ? desktop : undefined),
  })
  const menu = buildMenuTemplate({
    platform: 'linux',
    appName: 'Briefwright',
    development: false,
    send: (command) => window.webContents.send(COMMAND_CHANNEL, command),
    recent: [],
    openRecent: () => undefined,
    clearRecent: () => undefined,
  })

  return {
    /** The page to open: the app's entry, as the window loads it. */
    url: `${origin}/index.html`,
    origin,
    window,
    dialogsAsked,
    recorded,
    answerDialog,
    unusedDialogAnswers,
    handledChannels,
    invoked,
    /** An ipcRenderer.invoke from the page, with the real frame that made it. */
    invoke(frame: InvokeEvent['senderFrame'], channel: string, args: string) {
      return invokeFromPage({ sender: { id: WINDOW_ID }, senderFrame: frame }, channel, args)
    },
    /** Clicks an item of the application menu, as a user would (e.g. 'File', 'Save'). */
    clickMenu(menuLabel: string, itemLabel: string): void {
      const submenu = menu.find((entry) => entry.label === menuLabel)?.submenu
      const items = Array.isArray(submenu) ? (submenu as MenuItemConstructorOptions[]) : []
      const item = items.find((entry) => entry.label === itemLabel)
      if (!item?.click) throw new Error(`No menu item ${menuLabel} › ${itemLabel}.`)
      ;(item.click as () => void)()
    },
    /** A .brief the OS hands to the running app (double-click, argv), as index.ts's openPaths does. */
    async openFromSystem(filePath: string): Promise<void> {
      documents.queue(await readBriefDocument(filePath))
      window.webContents.send(COMMAND_CHANNEL, 'open-pending')
    },
    /** The window's close button: true if it closed at once, false if the renderer was asked. */
    requestClose(): boolean {
      return closeGuard.onClose()
    },
    async close(): Promise<void> {
      await apiHost.close()
      const closed = new Promise((resolve) => server.close(resolve))
      server.closeAllConnections()
      await closed
    },
  }
}
