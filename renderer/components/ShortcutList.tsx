import { formatShortcut } from '../commands'
import { useServices } from '../state/useAppState'

/** The registry's keyboard shortcuts, for the start screen: what the keys do, from the same source. */
export function ShortcutList() {
  const { commands } = useServices()
  const listed = commands.filter((command) => command.shortcut)
  return (
    <section className="card start-side shortcuts" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard</h2>
      <dl className="shortcut-list">
        {listed.map((command) => (
          <div key={command.id} className="shortcut-row">
            <dt>{command.id === 'command-palette' ? 'All commands' : command.label.replace('…', '')}</dt>
            <dd>
              <kbd>{formatShortcut(command.shortcut ?? '')}</kbd>
            </dd>
          </div>
        ))}
        <div className="shortcut-row">
          <dt>Move a section</dt>
          <dd>
            <kbd>Alt+↑</kbd> <kbd>Alt+↓</kbd>
          </dd>
        </div>
      </dl>
    </section>
  )
}
