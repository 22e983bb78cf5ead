import { useId, useMemo, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import { filterCommands, formatShortcut } from '../commands'
import { useModalFocus } from '../dom/useModalFocus'
import { useAppState, useServices } from '../state/useAppState'

/** Every command by name: type to filter, arrows to choose, Enter to run, Escape to close. */
export function CommandPalette() {
  const { store, commands } = useServices()
  const open = useAppState((state) => state.ui.paletteOpen)
  // A string, so the palette re-renders when what is enabled changes, not on every keystroke.
  const enabledIds = useAppState((state) =>
    commands
      .filter((command) => command.enabled(state))
      .map((command) => command.id)
      .join(' '),
  )
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const container = useRef<HTMLDivElement>(null)
  const input = useRef<HTMLInputElement>(null)
  const listId = useId()
  const close = () => {
    setQuery('')
    setActive(0)
    store.dispatch({ type: 'palette', open: false })
  }
  useModalFocus(container, open, close, input)
  const matches = useMemo(() => filterCommands(commands, query), [commands, query])
  if (!open) return null
  const current = Math.min(active, Math.max(0, matches.length - 1))

  const runAt = (index: number) => {
    const command = matches[index]
    if (!command || !command.enabled(store.getState())) return
    close()
    void command.run()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + step + matches.length) % Math.max(1, matches.length))
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      setActive(event.key === 'Home' ? 0 : matches.length - 1)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      runAt(current)
    }
  }

  return (
    <div
      className="modal-backdrop palette-backdrop"
      onMouseDown={(event) => event.target === event.currentTarget && close()}
    >
      <div
        ref={container}
        className="modal palette"
        role="dialog"
        aria-modal="true"
        aria-label="Command palette"
      >
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={matches[current] ? `${listId}-${matches[current].id}` : undefined}
          aria-label="Type a command"
          placeholder="Type a command…"
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} className="palette-list" role="listbox" aria-label="Commands">
          {matches.map((command, index) => {
            const enabled = enabledIds.split(' ').includes(command.id)
            return (
              <li
                key={command.id}
                id={`${listId}-${command.id}`}
                role="option"
                aria-selected={index === current}
                aria-disabled={!enabled}
                className={index === current ? 'active' : undefined}
                onMouseMove={() => setActive(index)}
                onClick={() => runAt(index)}
              >
                <span>{command.label}</span>
                {command.shortcut && <kbd>{formatShortcut(command.shortcut)}</kbd>}
              </li>
            )
          })}
          {matches.length === 0 && <li className="palette-empty">No command matches “{query}”.</li>}
        </ul>
      </div>
    </div>
  )
}
