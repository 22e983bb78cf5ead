import { UsageError } from './errors'
import type { CliValues } from './main'
import { dataDirFor } from './shared'

/** `briefwright web [--port N]`: the editor in the browser, served on 127.0.0.1 until interrupted. */
export async function runWeb(args: string[], values: CliValues): Promise<number> {
  if (args.length > 0) throw new UsageError('web takes no arguments (briefwright web [--port N])')
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535`)
  const { runWebCommand } = await import('../web/cli-command')
  await runWebCommand({ port, dataDir: dataDirFor(values) })
  return 0
}
