import { formatShortcut } from '../commands'
import type { AppCommandId } from '../commands'
import { moveFocusInToolbar } from '../dom/toolbar-focus'
import { isDirty } from '../state/document-history'
import { documentName } from '../state/app-state'
import { CommandButton } from './CommandButton'
import { useAppState, useServices } from '../state/useAppState'

const FILE_COMMANDS: AppCommandId[] = ['new-brief', 'open', 'open-article', 'save', 'save-as']
// The start screen has its own "Open article" button (it opens what the form holds).
const START_COMMANDS: AppCommandId[] = ['new-brief', 'open', 'save']
const HISTORY_COMMANDS: AppCommandId[] = ['undo', 'redo']

/** The top bar: the document's name (with the unsaved dot) and the registry's document commands. */
export function Toolbar() {
  const { commands, run } = useServices()
  const hasBrief = useAppState((state) => state.doc.brief !== null)
  const dirty = useAppState((state) => isDirty(state.doc))
  const name = useAppState(documentName)
  const byId = (id: AppCommandId) => commands.find((command) => command.id === id)
  const fileIds = hasBrief ? FILE_COMMANDS : START_COMMANDS
  return (
    <header className="toolbar">
      <div className="brand" aria-hidden="true">
        <img src="./favicon.png" alt="" width={22} height={22} />
      </div>
      <h1 className="doc-title">
        {hasBrief ? (
          <>
            {dirty && (
              <span className="dirty-dot" title="Unsaved changes">
                •{' '}
              </span>
            )}
            <span className="doc-name">{name}</span>
            <span className="app-name"> — Briefwright</span>
          </>
        ) : (
          <span className="doc-name">Briefwright</span>
        )}
      </h1>
      <div className="toolbar-actions" role="toolbar" aria-label="Document" onKeyDown={moveFocusInToolbar}>
        <div className="button-group">
          {fileIds.map((id) => {
            const command = byId(id)
            return command && <CommandButton key={id} command={command} />
          })}
        </div>
        <div className="button-group">
          {HISTORY_COMMANDS.map((id) => {
            const command = byId(id)
            return command && <CommandButton key={id} command={command} />
          })}
        </div>
        {(() => {
          const exportCommand = byId('export-pdf')
          return exportCommand && <CommandButton command={exportCommand} primary />
        })()}
        {(() => {
          const wordCommand = byId('export-docx')
          return wordCommand && <CommandButton command={wordCommand} />
        })()}
        {/* The shortcut shown is part of the name (WCAG 2.5.3: a spoken "Ctrl K" finds the button). */}
        <button
          type="button"
          className="palette-button"
          title={`Command palette (${formatShortcut('Mod+K')})`}
          aria-keyshortcuts="Control+K"
          onClick={() => run('command-palette')}
        >
          <svg
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            fill="none"
            stroke="currentColor"
          >
            <path d="M3 4.5l3 3.5-3 3.5M8 12h5" strokeWidth="1.5" strokeLinecap="round" />
          </svg>
          <span className="visually-hidden">Command palette</span>
          <kbd>{formatShortcut('Mod+K')}</kbd>
        </button>
      </div>
    </header>
  )
}
