import type { Brief } from '../../main/brief/schema'

/** The open document and its undo history. Plain data; the reducer is pure. */
export type DocumentState = {
  brief: Brief | null
  /** The name it was opened from or saved as; null until then. */
  fileName: string | null
  /** Changed since it was opened or saved. */
  dirty: boolean
  past: (Brief | null)[]
  future: (Brief | null)[]
}

export type DocumentAction =
  | { type: 'replace'; brief: Brief | null; fileName?: string | null; dirty: boolean }
  | { type: 'saved'; fileName: string }
  | { type: 'undo' }
  | { type: 'redo' }

const MAX_HISTORY = 100

/** An empty document. */
export const EMPTY_DOCUMENT: DocumentState = {
  brief: null,
  fileName: null,
  dirty: false,
  past: [],
  future: [],
}

/** Applies an action: replacing keeps the previous brief for undo; undo and redo move through it. */
export function documentReducer(state: DocumentState, action: DocumentAction): DocumentState {
  switch (action.type) {
    case 'replace':
      return {
        brief: action.brief,
        fileName: action.fileName === undefined ? state.fileName : action.fileName,
        dirty: action.dirty,
        past: [...state.past, state.brief].slice(-MAX_HISTORY),
        future: [],
      }
    case 'saved':
      return { ...state, fileName: action.fileName, dirty: false }
    case 'undo': {
      if (state.past.length === 0) return state
      const previous = state.past[state.past.length - 1]
      return {
        ...state,
        brief: previous,
        dirty: true,
        past: state.past.slice(0, -1),
        future: [state.brief, ...state.future],
      }
    }
    case 'redo': {
      if (state.future.length === 0) return state
      const [next, ...rest] = state.future
      return { ...state, brief: next, dirty: true, past: [...state.past, state.brief], future: rest }
    }
  }
}
