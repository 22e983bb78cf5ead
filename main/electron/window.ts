import { BrowserWindow, Menu, nativeTheme, screen } from 'electron'
import type { ContextMenuParams } from 'electron'
import type { WindowState } from '../files/app-data-schema'
import { initialWindowBounds, windowStateOf } from './window-state'

/**
 * The main window: isolated, sandboxed, no Node, web security on, auxclick off, spellcheck on. It is
 * shown once ready, where it was last time, and reports its bounds when it closes.
 */
export function createMainWindow(options: {
  preload: string
  url: string
  saved: WindowState | null
  onClosing: (state: WindowState) => void
  /** Whether the window may close now; false holds it (the renderer is asked about unsaved work). */
  mayClose: () => boolean
}): BrowserWindow {
  const { bounds, maximized } = initialWindowBounds(
    options.saved,
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Briefwright',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  window.once('ready-to-show', () => {
    if (maximized) window.maximize()
    window.show()
  })
  window.on('close', (event) => {
    if (!options.mayClose()) {
      event.preventDefault()
      return
    }
    options.onClosing(windowStateOf(window.getNormalBounds(), window.isMaximized()))
  })
  window.webContents.on('context-menu', (_event, params) => showContextMenu(window, params))
  void window.loadURL(options.url)
  return window
}

// Spelling suggestions and the usual edit actions, only where they apply.
function showContextMenu(window: BrowserWindow, params: ContextMenuParams): void {
  const suggestions = params.dictionarySuggestions.slice(0, 6).map((word) => ({
    label: word,
    click: () => window.webContents.replaceMisspelling(word),
  }))
  const spelling = params.misspelledWord
    ? [
        ...suggestions,
        {
          label: 'Add to Dictionary',
          click: () => window.webContents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
        },
        { type: 'separator' as const },
      ]
    : []
  const editing = params.isEditable
    ? [
        { role: 'cut' as const },
        { role: 'copy' as const },
        { role: 'paste' as const },
        { role: 'selectAll' as const },
      ]
    : params.selectionText
      ? [{ role: 'copy' as const }]
      : []
  if (spelling.length + editing.length === 0) return
  Menu.buildFromTemplate([...spelling, ...editing]).popup({ window })
}
