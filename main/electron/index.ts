import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, protocol, session } from 'electron'
import { createApiHost } from '../api/host'
import type { ApiHost } from '../api/host'
import { defaultDataDir } from '../files/data-dir'
import { createRecentStore } from '../files/recent'
import { createSettingsStore } from '../files/settings'
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME, handleAppRequest } from './app-protocol'
import { COMMAND_CHANNEL } from './channels'
import { createCloseGuard } from './close-guard'
import type { CloseGuard } from './close-guard'
import type { CommandId } from '../common/commands'
import { createDesktopHandlers } from './desktop'
import { desktopApiHandlers } from './desktop-api-handlers'
import type { DesktopHandlers } from '../api/desktop-contract'
import { createDocumentRegistry } from './documents'
import { appOrigins } from './guards'
import { registerIpc } from './ipc'
import { buildMenuTemplate } from './menu-template'
import { BRIEF_EXTENSION, briefPathsFromArgv, readBriefDocument } from './open-file'
import { hardenSession, hardenWebContents } from './security'
import { createMainWindow } from './window'

// The desktop shell's lifecycle: thin wiring of the guards, the api and the window. Everything that
// decides something is a plain function in its own module, tested without Electron.

const here = path.dirname(fileURLToPath(import.meta.url))
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const allowedOrigins = appOrigins(devServerUrl)
const dataDir = defaultDataDir()
const settings = createSettingsStore(dataDir)
const recent = createRecentStore(dataDir)
const documents = createDocumentRegistry()
const desktopByContents = new Map<number, DesktopHandlers>()
const closeGuards = new Set<CloseGuard>()
let host: ApiHost | null = null
let mainWindow: BrowserWindow | null = null

// Must run before `ready`: app:// behaves like https (standard, secure origin, fetch allowed).
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])
app.setPath('userData', dataDir)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void openPaths(briefPathsFromArgv(argv, workingDirectory))
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })
  // macOS delivers double-clicked documents (and Open Recent) here, possibly before `ready`.
  app.on('open-file', (event, filePath) => {
    event.preventDefault()
    void openPaths([filePath])
  })
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowedOrigins))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && app.isReady()) void openWindow()
  })
  // A quit closes the windows; one holding unsaved work cancels it until its renderer agrees.
  app.on('before-quit', () => {
    for (const guard of closeGuards) guard.onBeforeQuit()
  })
  app.on('will-quit', () => {
    void host?.close()
  })
  void app.whenReady().then(start)
}

async function start(): Promise<void> {
  nativeTheme.themeSource = 'system'
  hardenSession(
    session.defaultSession,
    allowedOrigins.find((origin) => origin !== APP_ORIGIN),
  )
  const rendererDir = path.join(here, '..', 'renderer')
  session.defaultSession.protocol.handle(APP_SCHEME, (request) => handleAppRequest(request, rendererDir))
  host = createApiHost({
    dataDir,
    settings,
    recent,
    builtInTemplatesDir: app.isPackaged ? path.join(process.resourcesPath, 'templates') : undefined,
  })
  registerIpc(ipcMain, {
    handlers: desktopApiHandlers(host.handlers),
    allowedOrigins,
    desktopFor: (contentsId) => desktopByContents.get(contentsId),
  })
  await refreshMenu()
  await openPaths(briefPathsFromArgv(process.argv, process.cwd()))
  await openWindow()
}

async function openWindow(): Promise<void> {
  // Created before its window: the window's 'close' consults it, and it asks that window's renderer.
  const closeGuard = createCloseGuard(() =>
    window.webContents.send(COMMAND_CHANNEL, 'request-close' satisfies CommandId),
  )
  const window = createMainWindow({
    preload: path.join(here, '..', 'preload', 'preload.cjs'),
    url: devServerUrl ?? APP_ENTRY_URL,
    saved: (await settings.get()).window,
    onClosing: (state) => void settings.update({ window: state }),
    mayClose: () => closeGuard.onClose(),
  })
  closeGuards.add(closeGuard)
  window.on('unresponsive', () => closeGuard.setResponsive(false))
  window.on('responsive', () => closeGuard.setResponsive(true))
  window.webContents.on('render-process-gone', () => closeGuard.rendererGone())
  const contentsId = window.webContents.id
  desktopByContents.set(
    contentsId,
    createDesktopHandlers({
      window,
      documents,
      recent,
      onRecentChanged: () => void refreshMenu(),
      closeGuard,
    }),
  )
  window.on('closed', () => {
    desktopByContents.delete(contentsId)
    closeGuards.delete(closeGuard)
    if (mainWindow === window) mainWindow = null
  })
  mainWindow = window
}

async function openPaths(paths: string[]): Promise<void> {
  for (const filePath of paths) {
    // Only documents: the recent list and argv must not become a way to read other files.
    if (!filePath.toLowerCase().endsWith(BRIEF_EXTENSION)) continue
    try {
      documents.queue(await readBriefDocument(filePath))
    } catch {
      // A file that cannot be read is skipped; the OS already showed the user which file it was.
      continue
    }
    // macOS keeps running without windows: a document opened then needs one.
    if (!mainWindow && app.isReady()) await openWindow()
    else sendCommand('open-pending')
  }
}

function sendCommand(command: CommandId): void {
  const target = BrowserWindow.getFocusedWindow() ?? mainWindow
  target?.webContents.send(COMMAND_CHANNEL, command)
}

async function refreshMenu(): Promise<void> {
  const entries = (await recent.list()).flatMap((entry) =>
    entry.path ? [{ name: entry.name, path: entry.path, title: entry.title }] : [],
  )
  const template = buildMenuTemplate({
    platform: process.platform,
    appName: app.getName(),
    development: !app.isPackaged,
    send: sendCommand,
    recent: entries,
    openRecent: (filePath) => void openPaths([filePath]),
    clearRecent: () => {
      app.clearRecentDocuments()
      void recent.clear().then(refreshMenu)
    },
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
