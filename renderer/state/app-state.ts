import type { CallOutput } from '../../main/api/contract'
import type { Analysis } from '../../main/analysis/types'
import type { Article } from '../../main/article/types'
import type { RecentEntry, RecoveryEntry } from '../../main/files/app-data-schema'
import type { Template } from '../../main/templates/schema'
import { documentReducer, EMPTY_DOCUMENT } from './document-history'
import type { DocumentAction, DocumentState } from './document-history'

export type TemplateListing = CallOutput<'listTemplates'>[number]

/** An article opened in this session: what the article pane shows and drafting uses. */
export type OpenedArticle = { articleId: string; article: Article; analysis: Analysis }

export type Notice = { id: number; kind: 'info' | 'error'; text: string }
/** Long work in progress; `cancellable` offers the Cancel button. */
export type Task = { id: number; label: string; cancellable: boolean }
/**
 * A question the app waits on (unsaved changes before New, Open, Close). `canSave: false` offers only
 * Discard and Cancel (a template style draft has no Save from outside its editor). `proceedLabel`
 * asks a plain go-on question instead (Export anyway / Cancel), answered 'proceed' or 'cancel';
 * `keepLabel` adds a third answer beside it, 'keep' (Replace / Keep mine / Cancel).
 */
export type ConfirmRequest = {
  id: number
  title: string
  message: string
  canSave?: boolean
  proceedLabel?: string
  keepLabel?: string
}
/**
 * The name dialog (Save as template): what it asks, the name it starts with, and (`description`) what
 * the answer will do.
 */
export type NamePrompt = {
  id: number
  title: string
  label: string
  initial: string
  confirmLabel: string
  description?: string
}
/** The template picker (Change template): the brief's current template is marked. */
export type TemplatePick = { id: number; currentId: string }
export type ConfirmChoice = 'save' | 'discard' | 'cancel' | 'proceed' | 'keep'
/**
 * A span of an article to scroll to and flash; `nonce` makes the same span flash again. `reveal`:
 * asked for (Show in article), so a folded article pane unfolds to show it.
 */
export type Flash = { sourceId: string; start: number; end: number; nonce: number; reveal: boolean }
export type EditorView = 'sections' | 'positions' | 'details'
/**
 * What fills the window below the toolbar: the document (the editor, or the start screen without a
 * brief), the template gallery, or one template's style editor. `dirty`: its style draft is unsaved.
 */
export type MainView =
  { kind: 'document' } | { kind: 'templates' } | { kind: 'style'; templateId: string; dirty: boolean }

export type UiState = {
  main: MainView
  view: EditorView
  /** The section quotes are inserted into (the one last focused). */
  activeSectionId: string | null
  /** Ask a section to take the focus (after Add section), its heading or its editor. */
  focusRequest: { sectionId: string; target: 'heading' | 'editor'; nonce: number } | null
  paletteOpen: boolean
  task: Task | null
  notice: Notice | null
  confirm: ConfirmRequest | null
  namePrompt: NamePrompt | null
  templatePick: TemplatePick | null
  flash: Flash | null
  /** The article shown in the article pane (an OpenedArticle's articleId). */
  articleId: string | null
  /** The Check panel is shown beside the sections. */
  checkOpen: boolean
}

export type SessionState = {
  loaded: boolean
  templates: TemplateListing[]
  /** The template picked in the gallery for the next draft. */
  templateId: string
  /** The open brief's template (its guidance becomes the editors' placeholders). */
  template: Template | null
  articles: OpenedArticle[]
  recent: RecentEntry[]
  recovery: RecoveryEntry[]
  /** Bumped when a template's style is saved: previews drawn with the old style are redrawn. */
  templatesRevision: number
}

export type AppState = { doc: DocumentState; ui: UiState; session: SessionState }

export type UiAction =
  | { type: 'main-view'; main: MainView }
  | { type: 'style-dirty'; dirty: boolean }
  | { type: 'view'; view: EditorView }
  | { type: 'active-section'; id: string | null }
  | { type: 'focus-section'; sectionId: string; target: 'heading' | 'editor' }
  | { type: 'palette'; open: boolean }
  | { type: 'task'; task: Task | null }
  | { type: 'notice'; notice: Omit<Notice, 'id'> | null }
  | { type: 'confirm'; request: ConfirmRequest | null }
  | { type: 'name-prompt'; request: NamePrompt | null }
  | { type: 'template-pick'; request: TemplatePick | null }
  | { type: 'flash'; span: Omit<Flash, 'nonce'> }
  | { type: 'show-article'; articleId: string | null }
  | { type: 'check-panel'; open: boolean }

export type SessionAction =
  | {
      type: 'loaded'
      templates: TemplateListing[]
      templateId: string
      recent: RecentEntry[]
      recovery: RecoveryEntry[]
    }
  | { type: 'pick-template'; templateId: string }
  | { type: 'templates'; templates: TemplateListing[] }
  | { type: 'template-saved' }
  | { type: 'brief-template'; template: Template | null }
  | { type: 'article-opened'; opened: OpenedArticle }
  | { type: 'article-closed'; articleId: string }
  | { type: 'clear-articles' }
  | { type: 'recent'; recent: RecentEntry[] }
  | { type: 'recovery'; recovery: RecoveryEntry[] }

export type AppAction = DocumentAction | UiAction | SessionAction

let counter = 0
function nextId(): number {
  counter += 1
  return counter
}

export const INITIAL_STATE: AppState = {
  doc: EMPTY_DOCUMENT,
  ui: {
    main: { kind: 'document' },
    view: 'sections',
    activeSectionId: null,
    focusRequest: null,
    paletteOpen: false,
    task: null,
    notice: null,
    confirm: null,
    namePrompt: null,
    templatePick: null,
    flash: null,
    articleId: null,
    checkOpen: false,
  },
  session: {
    loaded: false,
    templates: [],
    templateId: '',
    template: null,
    articles: [],
    recent: [],
    recovery: [],
    templatesRevision: 0,
  },
}

/** The document's display name: its title (what the analyst wrote), else its file name. */
export function documentName(state: AppState): string {
  const { doc } = state
  return doc.brief?.meta.title.trim() || doc.fileName || 'Untitled brief'
}

/** Whether a modal dialog waits for an answer (the palette is not one: its shortcut toggles it). */
export function dialogOpen(state: AppState): boolean {
  const { ui } = state
  return ui.confirm !== null || ui.namePrompt !== null || ui.templatePick !== null
}

const DOCUMENT: MainView = { kind: 'document' }

/**
 * Back to the document, for what shows it (a document loaded, an editor view picked), unless a style
 * draft is unsaved there: that stays on screen rather than be lost, and Back asks about it.
 */
function showDocument(main: MainView): MainView {
  return main.kind === 'style' && main.dirty ? main : DOCUMENT
}

function uiReducer(state: UiState, action: AppAction): UiState {
  switch (action.type) {
    case 'main-view':
      return { ...state, main: action.main }
    case 'style-dirty':
      return state.main.kind !== 'style' || state.main.dirty === action.dirty
        ? state
        : { ...state, main: { ...state.main, dirty: action.dirty } }
    case 'view':
      return state.view === action.view && state.main.kind === 'document'
        ? state
        : { ...state, view: action.view, main: showDocument(state.main) }
    case 'active-section':
      return state.activeSectionId === action.id ? state : { ...state, activeSectionId: action.id }
    case 'focus-section':
      return {
        ...state,
        activeSectionId: action.sectionId,
        view: 'sections',
        main: showDocument(state.main),
        focusRequest: { sectionId: action.sectionId, target: action.target, nonce: nextId() },
      }
    case 'palette':
      return state.paletteOpen === action.open ? state : { ...state, paletteOpen: action.open }
    case 'task':
      return { ...state, task: action.task }
    case 'notice':
      return { ...state, notice: action.notice && { ...action.notice, id: nextId() } }
    case 'confirm':
      return { ...state, confirm: action.request }
    case 'name-prompt':
      return { ...state, namePrompt: action.request }
    case 'template-pick':
      return { ...state, templatePick: action.request }
    case 'flash':
      return { ...state, flash: { ...action.span, nonce: nextId() } }
    case 'show-article':
      return { ...state, articleId: action.articleId }
    case 'check-panel':
      return state.checkOpen === action.open ? state : { ...state, checkOpen: action.open }
    case 'load': {
      // A new document starts on its sections, with nothing flashing and the caret at the start of
      // its first section's text (nothing selected, so a first key adds rather than replaces; an
      // older request, such as a heading to rename, is dropped with the document it was for).
      const first = action.brief?.sections[0]?.id ?? null
      return {
        ...state,
        main: showDocument(state.main),
        view: 'sections',
        activeSectionId: first,
        focusRequest: first ? { sectionId: first, target: 'editor', nonce: nextId() } : null,
        flash: null,
      }
    }
    default:
      return state
  }
}

function sessionReducer(state: SessionState, action: AppAction): SessionState {
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        loaded: true,
        templates: action.templates,
        templateId: action.templateId,
        recent: action.recent,
        recovery: action.recovery,
      }
    case 'pick-template':
      return { ...state, templateId: action.templateId }
    case 'templates': {
      // The pick for the next draft survives unless its template is gone (deleted, or now broken).
      const usable = action.templates.filter((listing) => !listing.error)
      const kept = usable.some((listing) => listing.id === state.templateId)
      return {
        ...state,
        templates: action.templates,
        templateId: kept ? state.templateId : (usable[0]?.id ?? ''),
      }
    }
    case 'template-saved':
      return { ...state, templatesRevision: state.templatesRevision + 1 }
    case 'brief-template':
      return { ...state, template: action.template }
    case 'article-opened':
      return {
        ...state,
        articles: [
          ...state.articles.filter((known) => known.article.id !== action.opened.article.id),
          action.opened,
        ],
      }
    case 'article-closed':
      return { ...state, articles: state.articles.filter((known) => known.articleId !== action.articleId) }
    case 'clear-articles':
      return { ...state, articles: [] }
    case 'recent':
      return { ...state, recent: action.recent }
    case 'recovery':
      return { ...state, recovery: action.recovery }
    default:
      return state
  }
}

function isDocumentAction(action: AppAction): action is DocumentAction {
  return ['load', 'edit', 'saved', 'undo', 'redo'].includes(action.type)
}

/** The app's reducer: the document with its history, UI state, and what the session has loaded. */
export function appReducer(state: AppState, action: AppAction): AppState {
  const doc = isDocumentAction(action) ? documentReducer(state.doc, action) : state.doc
  const ui = uiReducer(state.ui, action)
  const session = sessionReducer(state.session, action)
  return doc === state.doc && ui === state.ui && session === state.session ? state : { doc, ui, session }
}
