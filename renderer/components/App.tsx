import { useCallback, useRef } from 'react'
import { ARTICLE_ACCEPT } from '../../main/common/article-files'
import type { Client, Shell } from '../api'
import { useFileDrop } from '../dom/useFileDrop'
import { dialogOpen } from '../state/app-state'
import type { FilePurpose } from '../state/add-article'
import { useApp } from '../state/useApp'
import { AppContext } from '../state/useAppState'
import { useShortcuts } from '../state/useShortcuts'
import { useStoreSelector } from '../state/store'
import { CommandPalette } from './CommandPalette'
import { ConfirmDialog } from './ConfirmDialog'
import { EditorLayout } from './EditorLayout'
import { HiddenFilePicker } from './HiddenFilePicker'
import { NamePromptDialog } from './NamePromptDialog'
import { StartScreen } from './StartScreen'
import { StatusBar } from './StatusBar'
import { TemplatePickerDialog } from './TemplatePickerDialog'
import { TemplatesView } from './TemplatesView'
import { Toolbar } from './Toolbar'

const ACCEPT = `.brief,${ARTICLE_ACCEPT}`

/**
 * The window: the toolbar, the start screen or the three-pane editor (or the Templates view in their
 * place), and the modal layers.
 */
export function App({ api, shell }: { api: Client; shell: Shell }) {
  const fileInput = useRef<HTMLInputElement>(null)
  const addInput = useRef<HTMLInputElement>(null)
  const pickFile = useCallback(
    (purpose?: FilePurpose) => (purpose === 'add-article' ? addInput : fileInput).current?.click(),
    [],
  )
  const services = useApp(api, shell, pickFile)
  useShortcuts(services, shell)
  const { workspace } = services
  useFileDrop(useCallback((file: File) => void workspace.openFile(file), [workspace]))
  const hasBrief = useStoreSelector(services.store, (state) => state.doc.brief !== null)
  const modal = useStoreSelector(services.store, (state) => dialogOpen(state) || state.ui.paletteOpen)
  const templates = useStoreSelector(services.store, (state) => state.ui.main.kind !== 'document')

  return (
    <AppContext.Provider value={services}>
      <div className="app" inert={modal}>
        <Toolbar />
        <StatusBar />
        {/* Hidden, not unmounted, under the Templates view: scroll, fields and drawn pages stay as they were. */}
        <div className="main-slot" hidden={templates}>
          {hasBrief ? <EditorLayout api={api} /> : <StartScreen />}
        </div>
        {templates && <TemplatesView api={api} />}
      </div>
      <CommandPalette />
      <TemplatePickerDialog />
      <NamePromptDialog />
      <ConfirmDialog />
      <HiddenFilePicker
        inputRef={fileInput}
        accept={ACCEPT}
        label="Open a brief or article file"
        onFile={(file) => void services.workspace.openFile(file)}
      />
      <HiddenFilePicker
        inputRef={addInput}
        accept={ARTICLE_ACCEPT}
        label="Add an article file to the brief"
        onFile={(file) => void services.workspace.addArticle.addFile(file)}
      />
    </AppContext.Provider>
  )
}
