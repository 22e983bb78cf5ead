import type { Template } from '../../main/templates/schema'
import type { Client } from '../api'
import type { AppAction, AppState, MainView, NamePrompt } from './app-state'
import type { Store } from './store'
import type { Workspace } from './workspace'

let dialogCounter = 0

/** What the template actions need: the api, the store, and the workspace's tasks, notices and questions. */
export type TemplateActionsDeps = {
  api: Client
  store: Store<AppState, AppAction>
  workspace: Workspace
}

/**
 * The app's template work: the Templates view and its style editor (which one shows, Back), Save as
 * template and Change template with their dialogs, and keeping the session's template list current.
 * The dialogs answer through `answerName` and `answerPick`, as the ConfirmDialog answers `confirm`.
 */
export function createTemplateActions({ api, store, workspace }: TemplateActionsDeps) {
  const state = () => store.getState()
  const dispatch = store.dispatch
  const names = new Map<number, (name: string | null) => void>()
  const picks = new Map<number, (templateId: string | null) => void>()

  /** Lists the templates again (the start screen and the picker show the list the session holds). */
  async function refreshTemplates(): Promise<void> {
    try {
      dispatch({ type: 'templates', templates: await api.listTemplates({}) })
    } catch {
      // The list on screen stays; the gallery reports listing failures itself.
    }
  }

  /** Whether the user discards the style editor's unsaved draft. */
  async function discardStyle(): Promise<boolean> {
    const choice = await workspace.confirm(
      'Unsaved style',
      'The page style has changes that are not saved. Discard them?',
      { canSave: false },
    )
    return choice === 'discard'
  }

  async function navigate(main: MainView): Promise<void> {
    const current = state().ui.main
    if (current.kind === main.kind && (current.kind !== 'style' || current.templateId === templateIdOf(main)))
      return
    // Awaited only when there is a question: otherwise the view changes at once, in the same event.
    if (current.kind === 'style' && current.dirty && !(await discardStyle())) return
    dispatch({ type: 'main-view', main })
    // Renames, deletes and imports in the gallery: the start screen's list follows them.
    if (main.kind === 'document') void refreshTemplates()
  }

  /** Back: from a style editor to the gallery, from the gallery to the brief or the start screen. */
  function back(): Promise<void> {
    const { main } = state().ui
    if (main.kind === 'style') return navigate({ kind: 'templates' })
    return navigate({ kind: 'document' })
  }

  function askName(request: Omit<NamePrompt, 'id'>): Promise<string | null> {
    dialogCounter += 1
    const id = dialogCounter
    dispatch({ type: 'name-prompt', request: { id, ...request } })
    return new Promise((resolve) => names.set(id, resolve))
  }

  /** The name dialog's answer: the trimmed name, or null for Cancel. */
  function answerName(id: number, name: string | null): void {
    if (state().ui.namePrompt?.id === id) dispatch({ type: 'name-prompt', request: null })
    names.get(id)?.(name === null ? null : name.trim() || null)
    names.delete(id)
  }

  function pickTemplate(currentId: string): Promise<string | null> {
    dialogCounter += 1
    const id = dialogCounter
    dispatch({ type: 'template-pick', request: { id, currentId } })
    return new Promise((resolve) => picks.set(id, resolve))
  }

  /** The template picker's answer: a template id, or null for Cancel. */
  function answerPick(id: number, templateId: string | null): void {
    if (state().ui.templatePick?.id === id) dispatch({ type: 'template-pick', request: null })
    picks.get(id)?.(templateId)
    picks.delete(id)
  }

  /** Save as template: the open brief's sections and its template's style, under a name the user gives. */
  async function saveAsTemplate(): Promise<void> {
    if (!state().doc.brief) return workspace.notify('error', 'Open or draft a brief first.')
    const name = await askName({
      title: 'Save as template',
      label: 'Template name',
      initial: '',
      confirmLabel: 'Save template',
      description:
        'The new template keeps this brief’s sections in their order with their headings, its template’s ' +
        'guidance, drafting rules and page style, and the brief’s organization and marking. The text of ' +
        'the sections, the title and the sources stay with the brief.',
    })
    // The dialog is modal, so the brief is the one the user saw when naming it.
    const brief = state().doc.brief
    if (name === null || !brief) return
    const saved = await workspace.tasks.run('Saving the template', 'Could not save the template', (signal) =>
      api.saveBriefAsTemplate({ brief, name }, { signal }),
    )
    if (!saved) return
    await refreshTemplates()
    workspace.notify('info', `Saved the template “${saved.name}” (${saved.id}). Manage templates shows it.`)
  }

  /**
   * Change template: the brief restyled with the picked template, as one step of the document's
   * history (Undo goes back). The host drafts the template's sections from the brief's articles when
   * it holds them open; sections the user wrote in keep their text, and those the template has no
   * place for are kept after its own.
   */
  async function changeTemplate(): Promise<void> {
    const shown = state().doc.brief
    if (!shown) return workspace.notify('error', 'Open or draft a brief first.')
    await refreshTemplates()
    const templateId = await pickTemplate(shown.meta.templateId)
    const brief = state().doc.brief
    if (!templateId || !brief || templateId === brief.meta.templateId) return
    const result = await workspace.tasks.run(
      'Changing the template',
      'Could not change the template',
      (signal) =>
        Promise.all([
          api.changeTemplate({ brief, templateId }, { signal }),
          api.getTemplate({ id: templateId }, { signal }),
        ]),
    )
    if (!result) return
    // Typing goes on while the host works: applying the answer then would drop those words.
    if (state().doc.brief !== brief)
      return workspace.notify('error', 'The brief changed while the template was applied. Try again.')
    const [changed, template] = result
    dispatch({ type: 'edit', brief: changed, label: `Change template to ${template.name}` })
    dispatch({ type: 'brief-template', template })
    // The last template used is the next draft's default.
    dispatch({ type: 'pick-template', templateId })
    void api.setSettings({ patch: { lastTemplateId: templateId } }).catch(() => undefined)
    const kept = changed.sections.length - template.sections.length
    const keptText =
      kept > 0
        ? ` ${kept} section${kept === 1 ? '' : 's'} it has no place for ${kept === 1 ? 'is' : 'are'} kept at the end.`
        : ''
    workspace.notify('info', `Changed the template to “${template.name}”.${keptText} Undo changes it back.`)
  }

  /** The style editor saved a template: redraw what used its old style, refresh the lists. */
  function styleSaved(template: Template): void {
    dispatch({ type: 'template-saved' })
    if (state().doc.brief?.meta.templateId === template.id) dispatch({ type: 'brief-template', template })
    void refreshTemplates()
  }

  return {
    refreshTemplates,
    showTemplates: () => navigate({ kind: 'templates' }),
    editStyle: (templateId: string) => navigate({ kind: 'style', templateId, dirty: false }),
    back,
    answerName,
    answerPick,
    saveAsTemplate,
    changeTemplate,
    styleSaved,
    setStyleDirty: (dirty: boolean) => dispatch({ type: 'style-dirty', dirty }),
  }
}

function templateIdOf(main: MainView): string | null {
  return main.kind === 'style' ? main.templateId : null
}

/** The template actions of the app. */
export type TemplateActions = ReturnType<typeof createTemplateActions>
