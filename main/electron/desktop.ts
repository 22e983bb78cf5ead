import path from 'node:path'
import { app, dialog } from 'electron'
import type { BrowserWindow } from 'electron'
import { LIMITS } from '../api/pipeline-schemas'
import { createFolderSweeper, writeFileAtomic } from '../files/atomic'
import { parseBriefJson } from '../files/brief-file'
import type { RecentStore } from '../files/recent'
import type { CloseGuard } from './close-guard'
import type { DesktopHandlers } from '../api/desktop-contract'
import type { DocumentRegistry } from './documents'
import { openExternalLink } from './external-links'
import { BRIEF_EXTENSION, readFileCapped } from './open-file'

const ARTICLE_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'docx', 'pdf']

/**
 * The desktop-only calls of one window: native dialogs, file writes, the system browser. Paths come
 * from the dialogs (or the OS) and stay here; the renderer only ever sees file names.
 */
/** One per process: every window saves through it, and each folder is swept once. */
const sweepDocumentFolder = createFolderSweeper({ extensions: [BRIEF_EXTENSION], olderThanMs: 60_000 })

export function createDesktopHandlers(options: {
  window: BrowserWindow
  documents: DocumentRegistry
  recent: RecentStore
  onRecentChanged: () => void
  closeGuard: CloseGuard
}): DesktopHandlers {
  const { window, documents } = options
  const windowId = window.webContents.id

  /** A brief saved or opened at `filePath`: its window's file, and a recent entry named by its title. */
  async function remember(filePath: string, text: string): Promise<void> {
    documents.setPath(windowId, filePath)
    window.setRepresentedFilename(filePath)
    app.addRecentDocument(filePath)
    await options.recent.add({ name: path.basename(filePath), path: filePath, title: titleOf(text) })
    options.onRecentChanged()
  }

  async function askSavePath(
    suggestedName: string,
    extension: string,
    label: string,
  ): Promise<string | null> {
    const result = await dialog.showSaveDialog(window, {
      defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
      filters: [{ name: label, extensions: [extension.slice(1)] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (result.canceled || !result.filePath) return null
    return result.filePath.toLowerCase().endsWith(extension)
      ? result.filePath
      : `${result.filePath}${extension}`
  }

  return {
    openDocument: async () => {
      const result = await dialog.showOpenDialog(window, {
        properties: ['openFile'],
        filters: [
          { name: 'Briefs and articles', extensions: ['brief', ...ARTICLE_EXTENSIONS] },
          { name: 'Briefs', extensions: ['brief'] },
          { name: 'Articles', extensions: ARTICLE_EXTENSIONS },
        ],
      })
      const filePath = result.filePaths[0]
      if (result.canceled || !filePath) return null
      const brief = filePath.toLowerCase().endsWith(BRIEF_EXTENSION)
      const bytes = await readFileCapped(filePath, brief ? LIMITS.briefText : LIMITS.articleBytes)
      if (brief) await remember(filePath, new TextDecoder().decode(bytes))
      return { name: path.basename(filePath), kind: brief ? 'brief' : 'article', bytes }
    },
    saveDocument: async ({ text, suggestedName, saveAs }) => {
      const current = saveAs ? null : documents.pathOf(windowId)
      const filePath = current ?? (await askSavePath(suggestedName, BRIEF_EXTENSION, 'Brief'))
      if (!filePath) return { saved: false, name: null }
      // A save killed earlier may have left its temp file here; one older than a minute is nobody's.
      await sweepDocumentFolder(path.dirname(filePath))
      await writeFileAtomic(filePath, text)
      await remember(filePath, text)
      return { saved: true, name: path.basename(filePath) }
    },
    savePdf: async ({ bytes, suggestedName }) => {
      const filePath = await askSavePath(suggestedName, '.pdf', 'PDF')
      if (!filePath) return { saved: false, name: null }
      await writeFileAtomic(filePath, bytes)
      return { saved: true, name: path.basename(filePath) }
    },
    saveDocx: async ({ bytes, suggestedName }) => {
      const filePath = await askSavePath(suggestedName, '.docx', 'Word document')
      if (!filePath) return { saved: false, name: null }
      await writeFileAtomic(filePath, bytes)
      return { saved: true, name: path.basename(filePath) }
    },
    resetDocument: async () => {
      documents.setPath(windowId, null)
      window.setRepresentedFilename('')
      return {}
    },
    takePendingDocument: async () => {
      const pending = documents.take()
      if (!pending) return null
      await remember(pending.path, pending.text)
      return { name: pending.name, text: pending.text }
    },
    setDocumentEdited: async ({ edited }) => {
      options.closeGuard.setDirty(edited)
      // macOS shows it in the window's close button.
      window.setDocumentEdited(edited)
      return {}
    },
    answerClose: async ({ close }) => {
      const decision = options.closeGuard.answer(close)
      // After this call has answered: the window (and its IPC) is gone once it closes.
      if (decision.close)
        setImmediate(() => {
          if (!window.isDestroyed()) window.close()
          if (decision.quit) app.quit()
        })
      return {}
    },
    openExternal: async ({ url }) => ({ opened: await openExternalLink(url) }),
  }
}

/**
 * The title of a brief's text, for its recent entry; none when the text is not a brief this version
 * reads (the renderer then says why it cannot open it, and the entry keeps its file name).
 */
function titleOf(text: string): string | undefined {
  try {
    return parseBriefJson(text).meta.title
  } catch {
    return undefined
  }
}
