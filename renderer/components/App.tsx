import { useCallback, useRef } from 'react'
import type { Client, Shell } from '../api'
import { useApp } from '../state/useApp'
import { AppContext } from '../state/useAppState'
import { useShortcuts } from '../state/useShortcuts'
import { useStoreSelector } from '../state/store'
import { CommandPalette } from './CommandPalette'
import { ConfirmDialog } from './ConfirmDialog'
import { EditorLayout } from './EditorLayout'
import { StartScreen } from './StartScreen'
import { StatusBar } from './StatusBar'
import { Toolbar } from './Toolbar'

const ACCEPT = '.brief,.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf'

/** The window: the toolbar, the start screen or the three-pane editor, and the modal layers. */
export function App({ api, shell }: { api: Client; shell: Shell }) {
  const fileInput = useRef<HTMLInputElement>(null)
  const pickFile = useCallback(() => fileInput.current?.click(), [])
  const services = useApp(api, shell, pickFile)
  useShortcuts(services, shell)
  const hasBrief = useStoreSelector(services.store, (state) => state.doc.brief !== null)
  const modal = useStoreSelector(services.store, (state) => state.ui.confirm !== null || state.ui.paletteOpen)

  return (
    <AppContext.Provider value={services}>
      <div className="app" inert={modal}>
        <Toolbar />
        <StatusBar />
        {hasBrief ? <EditorLayout api={api} /> : <StartScreen />}
      </div>
      <CommandPalette />
      <ConfirmDialog />
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        accept={ACCEPT}
        tabIndex={-1}
        aria-label="Open a brief or article file"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0]
          event.currentTarget.value = ''
          if (file) void services.workspace.openFile(file)
        }}
      />
    </AppContext.Provider>
  )
}
