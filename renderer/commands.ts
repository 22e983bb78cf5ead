import type { CommandId } from '../main/electron/commands'

/** What a command does and whether it can run now; the app registers one handler per command id. */
export type CommandHandlers = { [K in CommandId]: () => void | Promise<void> }

/** The labels of the commands, shared by the toolbar and the menus' wording. */
export const COMMAND_LABELS: { [K in CommandId]: string } = {
  'new-brief': 'New brief',
  open: 'Open…',
  save: 'Save',
  'save-as': 'Save as…',
  'export-pdf': 'Export PDF',
  undo: 'Undo',
  redo: 'Redo',
  'open-pending': 'Open document',
}

/**
 * Runs a command by id. Undo and redo go to the focused text field when there is one (the browser's
 * own editing history), otherwise to the document.
 */
export function runCommand(
  id: CommandId,
  handlers: CommandHandlers,
  activeElement: Element | null,
): void | Promise<void> {
  if ((id === 'undo' || id === 'redo') && isTextField(activeElement)) {
    // execCommand is deprecated but still the only way to drive a field's native undo stack.
    document.execCommand(id)
    return
  }
  return handlers[id]()
}

function isTextField(element: Element | null): boolean {
  if (!element) return false
  if (element instanceof HTMLTextAreaElement) return true
  if (element instanceof HTMLInputElement) return ['text', 'url', 'search', 'email'].includes(element.type)
  return element instanceof HTMLElement && element.isContentEditable
}
