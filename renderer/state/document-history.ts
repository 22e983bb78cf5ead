import type { Brief } from '../../main/brief/schema'

/**
 * The open document and its one history. Every change to the brief is a step: typing (grouped while
 * it continues in one place), structural edits, meta and positions edits. Undo and redo walk the
 * same list wherever the focus is, so what Ctrl+Z does never depends on guessing which history the
 * user meant. Steps are whole briefs: edits share untouched sections, so a step costs little.
 */
export type DocumentState = {
  brief: Brief | null
  /** The name it was opened from or saved as; null until then. */
  fileName: string | null
  /** The brief as last opened or saved; `brief !== saved` means unsaved changes. */
  saved: Brief | null
  past: Step[]
  future: Step[]
  /** The group and time of the last change, to fold continued typing into one step. */
  last: { group: string; at: number } | null
}

/** One undo step: the brief before a change, and what the change was (for the Undo label). */
export type Step = { brief: Brief | null; label: string }

export type DocumentAction =
  | { type: 'load'; brief: Brief | null; fileName: string | null; dirty: boolean }
  | { type: 'edit'; brief: Brief; label: string; group?: string; at?: number }
  | { type: 'saved'; fileName: string; brief: Brief }
  | { type: 'undo' }
  | { type: 'redo' }

const MAX_HISTORY = 200
/** Edits of the same group closer together than this are one step (typing, dragging a value). */
export const GROUP_MS = 1200

/** An empty document. */
export const EMPTY_DOCUMENT: DocumentState = {
  brief: null,
  fileName: null,
  saved: null,
  past: [],
  future: [],
  last: null,
}

/** Whether the document has changes that are not saved. */
export function isDirty(state: DocumentState): boolean {
  return state.brief !== null && state.brief !== state.saved
}

/** Applies an action. Loading starts a new history; an edit that changes nothing is ignored. */
export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'load':
      return {
        ...EMPTY_DOCUMENT,
        brief: action.brief,
        fileName: action.fileName,
        saved: action.dirty ? null : action.brief,
      }
    case 'edit': {
      if (action.brief === state.brief) return state
      const at = action.at ?? Date.now()
      const continues =
        action.group !== undefined &&
        state.last?.group === action.group &&
        at - state.last.at < GROUP_MS &&
        state.future.length === 0
      const past = continues
        ? state.past
        : [...state.past, { brief: state.brief, label: action.label }].slice(-MAX_HISTORY)
      return {
        ...state,
        brief: action.brief,
        past,
        future: [],
        last: action.group === undefined ? null : { group: action.group, at },
      }
    }
    case 'saved':
      return { ...state, fileName: action.fileName, saved: action.brief }
    case 'undo': {
      const step = state.past[state.past.length - 1]
      if (!step) return state
      return {
        ...state,
        brief: step.brief,
        past: state.past.slice(0, -1),
        future: [{ brief: state.brief, label: step.label }, ...state.future],
        last: null,
      }
    }
    case 'redo': {
      const [step, ...rest] = state.future
      if (!step) return state
      return {
        ...state,
        brief: step.brief,
        past: [...state.past, { brief: state.brief, label: step.label }],
        future: rest,
        last: null,
      }
    }
  }
}
