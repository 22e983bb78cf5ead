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
  const rendererDir = await locateRenderer(import.meta.url)
  await runWebCommand({ port, dataDir: dataDirFor(values), rendererDir })
  return 0
}

/**
 * The built browser app for a CLI at `moduleUrl`. A checkout that was never built has none: that is
 * a step the user has to take, not a fault, so the message names it.
 */
export async function locateRenderer(moduleUrl: string): Promise<string> {
  const { findRendererDir } = await import('../api/renderer-dir')
  try {
    return findRendererDir(moduleUrl)
  } catch {
    throw new UsageError(
      'the browser app is not built yet (out/renderer is missing): run `npm run build` in the Briefwright folder, then `briefwright web` again',
    )
  }
}
