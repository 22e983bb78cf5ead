import { useSyncExternalStore } from 'react'

/** A minimal reducer store: the app's state lives here, components subscribe to slices of it. */
export type Store<State, Action> = {
  getState(): State
  dispatch(action: Action): void
  subscribe(listener: () => void): () => void
}

/** A store over a pure reducer; listeners run after each change (not for actions that change nothing). */
export function createStore<State, Action>(
  reducer: (state: State, action: Action) => State,
  initial: State,
): Store<State, Action> {
  let state = initial
  const listeners = new Set<() => void>()
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action)
      if (next === state) return
      state = next
      for (const listener of [...listeners]) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Subscribes a component to `select(state)`; it re-renders only when that value changes (by ===). */
export function useStoreSelector<State, Action, Selected>(
  store: Store<State, Action>,
  select: (state: State) => Selected,
): Selected {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  )
}
