import { parseArgs } from 'node:util'
import packageJson from '../../package.json' with { type: 'json' }
import { UsageError, errorLine, exitCodeFor } from './errors'
import { HELP } from './help'
import { loadCommands } from './load-commands'
import type * as Commands from './commands'
import { stderr, stdout, usedOutput } from './output'

/** Options every command understands. */
const options = {
  template: { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  'out-dir': { type: 'string' },
  save: { type: 'string' },
  merge: { type: 'boolean' },
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  text: { type: 'boolean' },
  port: { type: 'string' },
  name: { type: 'string' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

export type CliValues = {
  template?: string
  out?: string
  format?: string
  'out-dir'?: string
  save?: string
  merge?: boolean
  'data-dir'?: string
  json?: boolean
  text?: boolean
  port?: string
  name?: string
  debug?: boolean
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (see briefwright --help)`)
  }
}

let commands: typeof Commands | null = null

/** The commands, loaded once, by the first command that needs them. */
async function loaded(): Promise<typeof Commands> {
  commands ??= await loadCommands()
  return commands
}

/**
 * Whether the run wrote to, or was given, a standard stream: this module's writes, and the
 * commands' (a bundle of their own in the built command line).
 */
export function outputUsed(): boolean {
  return usedOutput() || (commands?.usedOutput() ?? false)
}

/** Runs the command line; heavy modules load only for the command that needs them. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug')
  try {
    const { values, positionals } = parse(argv)
    if (values.version) {
      stdout().write(`${packageJson.version}\n`)
      return 0
    }
    const [command, ...rest] = positionals
    if (values.help || command === undefined || command === 'help') {
      stdout().write(HELP)
      return 0
    }
    switch (command) {
      case 'draft':
        return await (await loaded()).runDraft(rest, values)
      case 'analyze':
        return await (await loaded()).runAnalyze(rest, values)
      case 'read':
        return await (await loaded()).runRead(rest, values)
      case 'export':
        return await (await loaded()).runExport(rest, values)
      case 'check':
        return await (await loaded()).runCheck(rest, values)
      case 'templates':
        return await (await loaded()).runTemplates(rest, values)
      case 'web':
        return await (await loaded()).runWeb(rest, values)
      default:
        throw new UsageError(`unknown command "${command}" (see briefwright --help)`)
    }
  } catch (error) {
    stderr().write(`${errorLine(error)}\n`)
    if (debug && error instanceof Error && error.stack) stderr().write(`${error.stack}\n`)
    return exitCodeFor(error)
  }
}
