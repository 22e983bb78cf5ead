import { formatShortcut } from '../commands'
import type { Command } from '../commands'
import { useAppState, useServices } from '../state/useAppState'

/** A toolbar button for a registry command: its label, its shortcut in the tooltip, enabled with it. */
export function CommandButton({ command, primary = false }: { command: Command; primary?: boolean }) {
  const { run } = useServices()
  const enabled = useAppState(command.enabled)
  const shortcut = command.shortcut ? formatShortcut(command.shortcut) : null
  return (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      disabled={!enabled}
      title={shortcut ? `${command.label} (${shortcut})` : command.label}
      aria-keyshortcuts={command.shortcut?.replace('Mod', 'Control')}
      onClick={() => run(command.id)}
    >
      {command.label}
    </button>
  )
}
