/**
 * The menu commands the shell sends to the renderer over the one command channel. The renderer's
 * registry (renderer/commands.ts) runs them; the preload forwards only these ids.
 */
export const COMMAND_IDS = [
  'new-brief',
  'open',
  'save',
  'save-as',
  'export-pdf',
  'close-brief',
  'undo',
  'redo',
  'open-pending',
  'command-palette',
] as const
export type CommandId = (typeof COMMAND_IDS)[number]

/** Whether a value received on the command channel is one of the commands. */
export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value)
}
