import { useEffect, useState } from 'react'
import type { Client, Shell } from '../api'
import type { FilePurpose } from './add-article'
import { createCommands, runCommand } from '../commands'
import { caretOf } from '../editor/editor-registry'
import { appReducer, documentName, INITIAL_STATE } from './app-state'
import type { AppState } from './app-state'
import { isDirty } from './document-history'
import { createStore } from './store'
import { createTemplateActions } from './template-actions'
import { createPreviewRenderer } from './usePdfPreview'
import type { AppServices } from './useAppState'
import { createEdits } from './workspace-edits'
import { createWorkspace } from './workspace'

/** Autosave waits this long after the last edit, and never longer than MAX_WAIT while typing goes on. */
export const AUTOSAVE_MS = 1500
const AUTOSAVE_MAX_WAIT_MS = 5000

/**
 * Creates the app's store and services once, and runs what lives as long as the window: the first
 * load, menu commands, autosave of a recovery copy, the window title, the unsaved-work prompt.
 */
export function useApp(api: Client, shell: Shell, pickFile: (purpose?: FilePurpose) => void): AppServices {
  const [services] = useState<AppServices>(() => createServices(api, shell, pickFile))
  const { store, workspace } = services

  useEffect(() => {
    void workspace.init()
    if (shell.kind === 'desktop') void workspace.openPending()
    // A page that goes leaves its recovery copy to the next session; one back from the
    // back-forward cache takes it up again.
    const onPageHide = () => workspace.endSession()
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) workspace.resumeSession()
    }
    window.addEventListener('pagehide', onPageHide)
    window.addEventListener('pageshow', onPageShow)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      window.removeEventListener('pageshow', onPageShow)
      workspace.dispose()
    }
  }, [workspace, shell])

  useEffect(() => shell.onCommand((id) => services.run(id)), [shell, services])

  // Autosave: a recovery copy of unsaved work shortly after each pause in editing.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let firstPending = 0
    let last = store.getState().doc.brief
    const unsubscribe = store.subscribe(() => {
      const { doc } = store.getState()
      if (doc.brief === last) return
      last = doc.brief
      clearTimeout(timer)
      if (!doc.brief || !isDirty(doc)) {
        firstPending = 0
        return
      }
      const now = Date.now()
      firstPending ||= now
      const wait = Math.max(0, Math.min(AUTOSAVE_MS, firstPending + AUTOSAVE_MAX_WAIT_MS - now))
      timer = setTimeout(() => {
        firstPending = 0
        const current = store.getState().doc
        if (current.brief && isDirty(current)) void workspace.saveRecoveryCopy(current.brief)
      }, wait)
    })
    return () => {
      unsubscribe()
      clearTimeout(timer)
    }
  }, [store, workspace])

  // The title: "• name — Briefwright" while there are unsaved changes.
  useEffect(() => {
    const update = () => {
      document.title = windowTitle(store.getState())
    }
    update()
    return store.subscribe(update)
  }, [store])

  // The desktop shell learns when there is unsaved work: closing the window then asks ('request-close').
  useEffect(() => {
    if (shell.kind !== 'desktop') return
    let reported: boolean | null = null
    const report = () => {
      const dirty = isDirty(store.getState().doc)
      if (dirty === reported) return
      reported = dirty
      void shell.setDocumentEdited(dirty).catch(() => undefined)
    }
    report()
    return store.subscribe(report)
  }, [shell, store])

  // A browser tab asks before it closes over unsaved work. (The desktop shell owns window closing.)
  useEffect(() => {
    if (shell.kind !== 'browser') return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!isDirty(store.getState().doc)) return
      event.preventDefault()
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [shell, store])

  return services
}

/** The store and everything that acts on it, wired together (App does it once; tests do it too). */
export function createServices(
  api: Client,
  shell: Shell,
  pickFile: (purpose?: FilePurpose) => void,
  initial = INITIAL_STATE,
): AppServices {
  const store = createStore(appReducer, initial)
  const preview = createPreviewRenderer(api)
  const workspace = createWorkspace({ api, shell, store, pickFile, preview })
  const edits = createEdits(store, { caretOf })
  const templates = createTemplateActions({ api, store, workspace })
  const commands = createCommands({ store, workspace, edits, templates })
  // The preview asks for a render as soon as the store holds a new brief or a template's style changed.
  const wantPreview = () => {
    const { doc, session } = store.getState()
    preview.want(doc.brief, session.templatesRevision)
  }
  store.subscribe(wantPreview)
  wantPreview()
  return {
    store,
    workspace,
    edits,
    templates,
    preview,
    commands,
    run: (id) => void runCommand(commands, id, store.getState()),
  }
}

/** The window title, with the unsaved-changes dot. */
export function windowTitle(state: AppState): string {
  if (!state.doc.brief) return 'Briefwright'
  return `${isDirty(state.doc) ? '• ' : ''}${documentName(state)} — Briefwright`
}
