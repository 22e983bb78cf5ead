import type * as Commands from './commands'

/** The commands, loaded on first use so that `--version` and `--help` load none of them. */
export function loadCommands(): Promise<typeof Commands> {
  return import('./commands')
}
