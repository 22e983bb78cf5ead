import type { ArticleSource } from '../../main/api/pipeline-schemas'
import type { Brief } from '../../main/brief/schema'
import { DEFAULT_TEMPLATE_ID } from '../../main/common/default-template'
import { keptCopyOf } from '../../main/common/kept-copy'
import type { RecoveryEntry } from '../../main/files/app-data-schema'
import type { Client, Shell } from '../api'
import { documentName } from './app-state'
import type { AppAction, AppState, ConfirmChoice } from './app-state'
import { isDirty } from './document-history'
import { checkErrorsMessage } from './check-before-export'
import { emptySectionsMessage } from './empty-sections'
import type { Store } from './store'
import { createTaskRunner, describeFailure } from './tasks'
import { unsupportedFileMessage } from './article-input'
import { createRecoveryCopy } from './workspace-recovery'
import { createArticleAdder } from './add-article'
import type { FilePurpose } from './add-article'
import type { PreviewRenderer } from './usePdfPreview'

/** What the workspace needs from the page: the api, the shell and a way to show the file picker. */
export type WorkspaceDeps = {
  api: Client
  shell: Shell
  store: Store<AppState, AppAction>
  /**
   * Shows the page's file picker (browser); its choice comes back through `openFile`, or through
   * `addArticle.addFile` when it was shown for Add article.
   */
  pickFile: (purpose?: FilePurpose) => void
  /** The preview's renderer: a brief that replaces the screen has its first render asked for first. */
  preview?: Pick<PreviewRenderer, 'want'>
}

let confirmCounter = 0

/**
 * Everything the app does with files and the host: open articles and briefs, draft, save, export,
 * recover, and the questions before unsaved work is lost. State changes go through the store.
 */
export function createWorkspace({ api, shell, store, pickFile, preview }: WorkspaceDeps) {
  const tasks = createTaskRunner(store)
  const state = () => store.getState()
  const dispatch = store.dispatch
  const answers = new Map<number, (choice: ConfirmChoice) => void>()
  let recoveryTimeoutSeconds = 150
  const recoveryCopy = createRecoveryCopy(api, {
    current: () => ({ brief: state().doc.brief, dirty: isDirty(state().doc) }),
    timeoutSeconds: () => recoveryTimeoutSeconds,
  })

  function notify(kind: 'info' | 'error', text: string): void {
    dispatch({ type: 'notice', notice: { kind, text } })
  }

  async function init(): Promise<void> {
    try {
      const [templates, settings, recent, recovery] = await Promise.all([
        api.listTemplates({}),
        api.getSettings({}),
        api.listRecent({}),
        api.listRecovery({}),
      ])
      recoveryTimeoutSeconds = settings.recoveryTimeoutSeconds
      const usable = templates.filter((listing) => !listing.error)
      // The last template drafted with; on a first run the same default as the command line's.
      const preferred =
        usable.find((listing) => listing.id === settings.lastTemplateId) ??
        usable.find((listing) => listing.id === DEFAULT_TEMPLATE_ID) ??
        usable[0]
      dispatch({ type: 'loaded', templates, templateId: preferred?.id ?? '', recent, recovery })
    } catch (error) {
      dispatch({ type: 'loaded', templates: [], templateId: '', recent: [], recovery: [] })
      notify('error', describeFailure('Could not load the templates', error))
    }
  }

  /** Asks the user; the ConfirmDialog answers through `answer`. */
  function confirm(
    title: string,
    message: string,
    options: { canSave?: boolean; proceedLabel?: string; keepLabel?: string } = {},
  ): Promise<ConfirmChoice> {
    confirmCounter += 1
    const id = confirmCounter
    dispatch({ type: 'confirm', request: { id, title, message, ...options } })
    return new Promise((resolve) => answers.set(id, resolve))
  }

  function answer(id: number, choice: ConfirmChoice): void {
    dispatch({ type: 'confirm', request: null })
    answers.get(id)?.(choice)
    answers.delete(id)
  }

  const discardRecoveryCopy = () => recoveryCopy.discard()

  /** Before the open brief is replaced or closed: true to go on (saved or discarded), false to stay. */
  async function guardUnsaved(doing: string): Promise<boolean> {
    if (!isDirty(state().doc)) return true
    const name = documentName(state())
    const choice = await confirm('Unsaved changes', `Save the changes to “${name}” before you ${doing}?`)
    if (choice === 'cancel') return false
    if (choice === 'save') return save(false)
    await discardRecoveryCopy()
    return true
  }

  function loadBriefTemplate(brief: Brief | null): void {
    dispatch({ type: 'brief-template', template: null })
    if (!brief) return
    const wanted = brief.meta.templateId
    api.getTemplate({ id: wanted }).then(
      (template) => {
        if (state().doc.brief?.meta.templateId === wanted) dispatch({ type: 'brief-template', template })
      },
      // A brief from a template that is not installed here still edits; it only has no guidance.
      () => undefined,
    )
  }

  /** Undo and redo; a step across a template change loads that template's guidance. */
  function step(type: 'undo' | 'redo'): void {
    const before = state().doc.brief?.meta.templateId
    dispatch({ type })
    const after = state().doc.brief
    if (after && after.meta.templateId !== before) loadBriefTemplate(after)
  }

  function load(brief: Brief | null, fileName: string | null, dirty: boolean): void {
    dispatch({ type: 'load', brief, fileName, dirty })
    loadBriefTemplate(brief)
  }

  /**
   * A brief that replaces the screen (a draft, an opened file). Building its editor holds the page
   * for a while, and the browser sends a request only once the page is free: its preview is asked
   * for first, and the editor built in the next task, while the host renders.
   */
  async function loadNew(brief: Brief, fileName: string | null, dirty: boolean): Promise<void> {
    preview?.want(brief, state().session.templatesRevision)
    await new Promise((resolve) => setTimeout(resolve, 0))
    load(brief, fileName, dirty)
  }

  async function openArticle(source: ArticleSource): Promise<boolean> {
    const fetching = source.kind === 'url'
    const opened = await tasks.run(
      fetching ? 'Fetching the article' : 'Reading the article',
      'Could not open the article',
      (signal) => api.openArticle({ source }, { signal }),
      { cancellable: true },
    )
    if (!opened) return false
    dispatch({ type: 'article-opened', opened })
    dispatch({ type: 'show-article', articleId: opened.articleId })
    const title = opened.article.meta.title ?? opened.article.meta.origin
    notify('info', [`Opened “${title}”.`, ...opened.article.warnings].join(' '))
    return true
  }

  /**
   * The articles of a brief opened from a file or restored, read back from the copy of their text
   * the brief keeps: the Article pane shows its first source, and Show in article, quotes and Add
   * article work as in the session that drafted it. An article already open stays as it is; one
   * whose copy does not read back stays closed, and the pane says so.
   */
  async function openKeptSources(brief: Brief): Promise<void> {
    const open = new Set(state().session.articles.map((item) => item.article.id))
    // Another brief may replace this one while its sources are read: then they are left alone.
    const stillOpen = () => state().doc.brief?.sources.some((listed) => listed.id === brief.sources[0]?.id)
    for (const source of brief.sources) {
      const snapshot = keptCopyOf(source)
      if (!snapshot || open.has(source.id)) continue
      const opened = await api.openArticle({ source: { kind: 'snapshot', snapshot } }).catch(() => null)
      if (!stillOpen()) return
      if (opened) dispatch({ type: 'article-opened', opened })
    }
    const { session, ui } = state()
    const shown = session.articles.find((item) => item.articleId === ui.articleId)
    const first = session.articles.find((item) => item.article.id === brief.sources[0]?.id)
    if (first && !(shown && brief.sources.some((source) => source.id === shown.article.id)))
      dispatch({ type: 'show-article', articleId: first.articleId })
  }

  async function openBriefText(name: string, text: string): Promise<boolean> {
    const brief = await tasks.run('Opening the brief', `Could not open ${name}`, (signal) =>
      api.openBrief({ text }, { signal }),
    )
    if (!brief) return false
    await loadNew(brief, name, false)
    void openKeptSources(brief)
    notify('info', `Opened ${name}.`)
    if (shell.kind === 'browser')
      void api.addRecent({ name, path: null, title: brief.meta.title }).then(
        (recent) => dispatch({ type: 'recent', recent }),
        () => undefined,
      )
    return true
  }

  /** A file from the picker or a drop: a .brief replaces the open brief, anything else is an article. */
  async function openFile(file: File): Promise<boolean> {
    const unsupported = unsupportedFileMessage(file.name)
    if (unsupported) {
      notify('error', unsupported)
      return false
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    if (file.name.toLowerCase().endsWith('.brief')) {
      if (!(await guardUnsaved('open another brief'))) return false
      return openBriefText(file.name, new TextDecoder().decode(bytes))
    }
    return openArticle({ kind: 'bytes', name: file.name, bytes })
  }

  /** File › Open: the native dialog on the desktop, the page's file picker in a browser. */
  async function open(): Promise<void> {
    if (shell.kind !== 'desktop') {
      pickFile()
      return
    }
    const picked = await tasks.run('Opening', 'Could not open the file', () => shell.openDocument())
    if (!picked) return
    if (picked.kind === 'article') {
      await openArticle({ kind: 'bytes', name: picked.name, bytes: picked.bytes })
      return
    }
    if (await guardUnsaved('open another brief'))
      await openBriefText(picked.name, new TextDecoder().decode(picked.bytes))
  }

  async function openPending(): Promise<void> {
    const pending = await tasks.run('Opening', 'Could not open the document', () =>
      shell.takePendingDocument(),
    )
    if (pending && (await guardUnsaved('open another brief'))) await openBriefText(pending.name, pending.text)
  }

  async function draft(): Promise<void> {
    const { session } = state()
    if (session.articles.length === 0)
      return notify('error', 'Open an article first: a file, pasted text or an address.')
    if (!session.templateId) return notify('error', 'Pick a template first.')
    const brief = await tasks.run(
      'Drafting the brief',
      'Could not draft the brief',
      (signal) =>
        api.draftBrief(
          { articleIds: session.articles.map((item) => item.articleId), templateId: session.templateId },
          { signal },
        ),
      { cancellable: true },
    )
    if (!brief) return
    await loadNew(brief, null, true)
    void api.setSettings({ patch: { lastTemplateId: session.templateId } }).catch(() => undefined)
    notify('info', `Drafted “${brief.meta.title}”. Edit the sections; the preview follows.`)
  }

  /** New brief and Close: back to the start screen, after asking about unsaved changes. */
  async function close(doing = 'close it'): Promise<boolean> {
    if (!(await guardUnsaved(doing))) return false
    await shell.resetDocument().catch(() => undefined)
    load(null, null, false)
    dispatch({ type: 'clear-articles' })
    dispatch({ type: 'show-article', articleId: null })
    void api.listRecent({}).then(
      (recent) => dispatch({ type: 'recent', recent }),
      () => undefined,
    )
    return true
  }

  let closingWindow = false

  /**
   * The desktop shell holds a window closing over unsaved work and asks (the 'request-close'
   * command): the usual question, then the answer. A second ask while the question is open, or while
   * another question is, is not asked twice: that one is answered first.
   */
  async function closeWindow(): Promise<void> {
    if (closingWindow) return
    if (state().ui.confirm) {
      await shell.answerClose(false).catch(() => undefined)
      return
    }
    closingWindow = true
    try {
      const close = await guardUnsaved('close the window')
      await shell.answerClose(close).catch(() => undefined)
    } finally {
      closingWindow = false
    }
  }

  /** Saves the brief; true when it was written (false when cancelled or failed). */
  async function save(saveAs: boolean): Promise<boolean> {
    const { doc } = state()
    const brief = doc.brief
    if (!brief) {
      notify('error', 'There is no brief to save yet.')
      return false
    }
    const savedAs = await tasks.run('Saving', 'Could not save the brief', async (signal) => {
      const { text, fileName } = await api.saveBrief({ brief }, { signal })
      return shell.saveDocument({ text, fileName: doc.fileName ?? fileName, saveAs })
    })
    if (!savedAs) return false
    dispatch({ type: 'saved', fileName: savedAs, brief })
    await discardRecoveryCopy()
    const recent =
      shell.kind === 'browser'
        ? api.addRecent({ name: savedAs, path: null, title: brief.meta.title })
        : api.listRecent({})
    void recent.then(
      (entries) => dispatch({ type: 'recent', recent: entries }),
      () => undefined,
    )
    notify('info', `Saved ${savedAs}.`)
    return true
  }

  /** Exports the brief: as a PDF, or as a Word document, which leaves out the same empty sections. */
  async function exportAs(format: 'pdf' | 'docx'): Promise<void> {
    const shown = state().doc.brief
    if (!shown) return notify('error', 'There is no brief to export yet.')
    // The export leaves empty sections out: say which before writing, so none goes missing unnoticed.
    const what = format === 'pdf' ? 'the PDF' : 'the Word document'
    const empty = emptySectionsMessage(shown, what)
    if (empty) {
      const choice = await confirm('Empty sections', empty, { proceedLabel: 'Export anyway' })
      if (choice !== 'proceed') return
    }
    // A check that cannot run does not stop the export: it only asks when it found something.
    const errors = await checkErrorsMessage(api, shown).catch(() => null)
    if (errors) {
      const choice = await confirm('The check found errors', errors, { proceedLabel: 'Export anyway' })
      if (choice !== 'proceed') return
    }
    const brief = state().doc.brief
    if (!brief) return
    const result = await tasks.run(
      `Exporting ${what}`,
      `Could not export ${what}`,
      async (signal) => {
        if (format === 'docx') {
          const { bytes, fileName } = await api.exportDocx({ brief }, { signal })
          if (signal.aborted) return null
          return { savedAs: await shell.saveDocx({ bytes, fileName }), warnings: [] }
        }
        const { bytes, fileName, warnings } = await api.exportPdf({ brief }, { signal })
        if (signal.aborted) return null
        return { savedAs: await shell.savePdf({ bytes, fileName }), warnings }
      },
      { cancellable: true },
    )
    if (result?.savedAs) notify('info', [`Exported ${result.savedAs}.`, ...result.warnings].join(' '))
  }

  async function recover(entry: RecoveryEntry, keep: boolean): Promise<void> {
    dispatch({ type: 'recovery', recovery: state().session.recovery.filter((item) => item.id !== entry.id) })
    if (!keep) {
      await api.discardRecovery({ id: entry.id }).catch(() => undefined)
      return
    }
    if (!(await guardUnsaved('restore another brief'))) return
    const brief = await tasks.run('Restoring', 'Could not restore the brief', () =>
      api.takeRecovery({ id: entry.id }),
    )
    if (!brief) return
    load(brief, null, true)
    void openKeptSources(brief)
    notify('info', `Restored “${entry.title || 'Untitled brief'}”. Save it to keep it.`)
  }

  /** Autosave: writes (or replaces) this session's recovery copy. */
  const saveRecoveryCopy = (brief: Brief) => recoveryCopy.save(brief)

  const addArticle = createArticleAdder({ api, shell, store, tasks, openArticle, confirm, notify, pickFile })

  return {
    init,
    answer,
    confirm,
    openArticle,
    openFile,
    open,
    openPending,
    draft,
    /** Add article…: opens an article and merges it into the open brief's Positions and Sources. */
    addArticle,
    newBrief: () => close('start a new brief'),
    close: () => close('close it'),
    closeWindow,
    save,
    exportPdf: () => exportAs('pdf'),
    exportDocx: () => exportAs('docx'),
    recover,
    saveRecoveryCopy,
    /** Stops the recovery heartbeat (the window goes). */
    dispose: recoveryCopy.dispose,
    /** The page unloads: its unsaved work is offered to the next session at once. */
    endSession: recoveryCopy.end,
    resumeSession: recoveryCopy.resume,
    cancelTask: tasks.cancel,
    undo: () => step('undo'),
    redo: () => step('redo'),
    notify,
    tasks,
  }
}

/** The workspace's file and host actions. */
export type Workspace = ReturnType<typeof createWorkspace>
