import type { ArticleSource } from '../../main/api/pipeline-schemas'
import type { Brief } from '../../main/brief/schema'
import type { Client, Shell } from '../api'
import type { AppAction, AppState, ConfirmChoice } from './app-state'
import { unsupportedFileMessage } from './article-input'
import type { Store } from './store'
import type { TaskRunner } from './tasks'

/** What a file picker is opened for: a brief or an article to open, or an article to add to the brief. */
export type FilePurpose = 'open' | 'add-article'

export type ArticleAdderDeps = {
  api: Client
  shell: Shell
  store: Store<AppState, AppAction>
  tasks: TaskRunner
  /** Opens an article into the session (the pane shows it); false when it could not be opened. */
  openArticle: (source: ArticleSource) => Promise<boolean>
  confirm: (
    title: string,
    message: string,
    options: { proceedLabel: string; keepLabel: string },
  ) => Promise<ConfirmChoice>
  notify: (kind: 'info' | 'error', text: string) => void
  pickFile: (purpose: FilePurpose) => void
}

const POSITIONS_QUESTION =
  'You have edited Positions since it was drafted. Replace it with a fresh draft from all the sources, ' +
  'or keep your text and only add the article to Sources?'

/**
 * Add article: opens another article and merges it into the open brief. Positions and Sources are
 * drafted afresh from all the brief's sources (the host's draftMerged call); the rest of the brief is
 * the analyst's and stays as it is. The whole merge is one undo step.
 */
export function createArticleAdder({
  api,
  shell,
  store,
  tasks,
  openArticle,
  confirm,
  notify,
  pickFile,
}: ArticleAdderDeps) {
  const state = () => store.getState()

  /** Merges an article open in this session into the brief. */
  async function merge(articleId: string): Promise<boolean> {
    const brief = state().doc.brief
    if (!brief) {
      notify('error', 'Open or draft a brief first, then add articles to it.')
      return false
    }
    if (brief.sources.some((source) => source.id === articleId)) {
      notify('info', 'This article is already a source of the brief.')
      return false
    }
    const result = await tasks.run(
      'Adding the article to the brief',
      'Could not add the article',
      (signal) => api.draftMerged({ brief, articleIds: [articleId] }, { signal }),
      { cancellable: true },
    )
    if (!result) return false
    if (state().doc.brief !== brief) {
      notify('error', 'The brief changed while the article was being added; add it again.')
      return false
    }
    let next: Brief = result.merged
    if (result.positionsEdited) {
      const choice = await confirm('Replace Positions?', POSITIONS_QUESTION, {
        proceedLabel: 'Replace',
        keepLabel: 'Keep mine',
      })
      if (choice === 'cancel') return false
      if (choice === 'keep') next = result.kept
      // The question is modal, but a step undone behind it would be overwritten: ask again instead.
      if (state().doc.brief !== brief) {
        notify('error', 'The brief changed while the question was open; add the article again.')
        return false
      }
    }
    store.dispatch({ type: 'edit', brief: next, label: 'Add article' })
    const added = result.merged.sources.find((source) => source.id === articleId)
    const name = added?.title ?? added?.outlet ?? 'the article'
    notify(
      'info',
      next === result.merged
        ? `Added “${name}”: Positions and Sources now draw on ${next.sources.length} sources; the other sections are as you left them.`
        : `Added “${name}” to Sources; Positions is as you wrote it.`,
    )
    return true
  }

  /** Opens `source` as an article, then merges it. */
  async function addSource(source: ArticleSource): Promise<boolean> {
    if (!state().doc.brief) {
      notify('error', 'Open or draft a brief first, then add articles to it.')
      return false
    }
    if (!(await openArticle(source))) return false
    const articleId = state().ui.articleId
    return articleId ? merge(articleId) : false
  }

  /** A file from the Add article picker. */
  async function addFile(file: File): Promise<boolean> {
    if (file.name.toLowerCase().endsWith('.brief')) {
      notify('error', 'Add article takes an article (text, Markdown, HTML, Word or PDF), not a .brief.')
      return false
    }
    const unsupported = unsupportedFileMessage(file.name)
    if (unsupported) {
      notify('error', unsupported)
      return false
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    return addSource({ kind: 'bytes', name: file.name, bytes })
  }

  /** Add article…: the native dialog on the desktop, the page's file picker in a browser. */
  async function add(): Promise<void> {
    if (shell.kind !== 'desktop') {
      pickFile('add-article')
      return
    }
    const picked = await tasks.run('Opening', 'Could not open the file', () => shell.openDocument())
    if (!picked) return
    if (picked.kind === 'brief') {
      notify('error', 'Add article takes an article (text, Markdown, HTML, Word or PDF), not a .brief.')
      return
    }
    await addSource({ kind: 'bytes', name: picked.name, bytes: picked.bytes })
  }

  return { add, addFile, addSource, merge }
}

export type ArticleAdder = ReturnType<typeof createArticleAdder>
