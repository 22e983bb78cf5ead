/**
 * The menu commands the shell sends to the renderer over the one command channel. The renderer's
 * registry (renderer/commands.ts) runs them; the preload forwards only these ids. Two come from the
 * shell itself, not the menu: 'open-pending' (the OS opened a document) and 'request-close' (the
 * window is closing over unsaved work: the renderer asks the user, then answers with answerClose).
 */
export const COMMAND_IDS = [
  'new-brief',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'save-as-template',
  'change-template',
  'manage-templates',
  'close-brief',
  'undo',
  'redo',
  'open-pending',
  'request-close',
  'command-palette',
] as const
export type CommandId = (typeof COMMAND_IDS)[number]

/** Whether a value received on the command channel is one of the commands. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value)
}
