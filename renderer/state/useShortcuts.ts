import { useEffect } from 'react'
import type { Shell } from '../api'
import { commandForKey, isMac, isTextField } from '../commands'
import { deepActiveElement, isDocumentField } from '../editor/editor-registry'
import { dialogOpen } from './app-state'
import type { AppServices } from './useAppState'

/**
 * The registry's keyboard shortcuts. On the desktop the native menu owns the shortcuts of its
 * commands (it sends them through onCommand), so only the others are handled here; in a browser all.
 */
export function useShortcuts(services: AppServices, shell: Shell): void {
  useEffect(() => {
    const mac = isMac()
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return
      const state = services.store.getState()
      // A question is open: its own buttons and Escape answer it.
      if (dialogOpen(state)) return
      const command = commandForKey(services.commands, event, mac)
      if (!command) return
      if (shell.kind === 'desktop' && command.menu) return
      const active = deepActiveElement()
      // Plain text fields (not the document's) keep their own undo.
      if ((command.id === 'undo' || command.id === 'redo') && isTextField(active) && !isDocumentField(active))
        return
      event.preventDefault()
      if (command.enabled(state)) void command.run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [services, shell])
}
