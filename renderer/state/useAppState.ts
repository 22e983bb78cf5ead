import { createContext, useContext } from 'react'
import type { Command } from '../commands'
import type { AppAction, AppState } from './app-state'
import { useStoreSelector } from './store'
import type { Store } from './store'
import type { TemplateActions } from './template-actions'
import type { PreviewRenderer } from './usePdfPreview'
import type { Edits } from './workspace-edits'
import type { Workspace } from './workspace'

/** What components reach through context: the store and the actions on it. */
export type AppServices = {
  store: Store<AppState, AppAction>
  workspace: Workspace
  edits: Edits
  templates: TemplateActions
  /** The preview's renders, started as soon as the store holds a new brief. */
  preview: PreviewRenderer
  commands: Command[]
  /** Runs a command of the registry by id (if enabled). */
  run: (id: Command['id']) => void
}

export const AppContext = createContext<AppServices | null>(null)

/** The app's services; components are rendered inside App's provider. */
export function useServices(): AppServices {
  const services = useContext(AppContext)
  if (!services) throw new Error('useServices() outside <App>.')
  return services
}

/** A slice of the app state; the component re-renders when it changes. */
export function useAppState<Selected>(select: (state: AppState) => Selected): Selected {
  return useStoreSelector(useServices().store, select)
}
