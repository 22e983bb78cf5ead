import { fileURLToPath } from 'node:url'
import { compileCacheEnv } from '../api/compile-cache-env'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { dataDirFor } from './shared'

/**
 * `briefwright web [--port N]`: the editor in the browser, served on 127.0.0.1 until interrupted.
 * The web host is a program of its own (main/web/index.ts, built beside this one as web-host.mjs);
 * this command checks what it is given, starts it, passes on Ctrl+C and returns its exit code.
 */
export async function runWeb(args: string[], values: CliValues): Promise<number> {
  if (args.length > 0) throw new UsageError('web takes no arguments (briefwright web [--port N])')
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535`)
  const rendererDir = await locateRenderer(import.meta.url)
  const hostArgs = ['--port', String(port), '--data-dir', dataDirFor(values), '--renderer-dir', rendererDir]
  // The IPC channel carries no messages: when this process ends, however it ends, the channel closes
  // and the web host stops too (main/web/index.ts).
  // Loaded here: every other command is spared child_process (and the net modules it brings).
  const { spawn } = await import('node:child_process')
  const child = spawn(process.execPath, [...webHostProgram(import.meta.url), ...hostArgs], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: compileCacheEnv(),
  })
  const forward = (signal: NodeJS.Signals) => child.kill(signal)
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise<number>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1))
    })
  })
}

/** How Node runs the web host: its bundle beside the built command line, or its source through tsx. */
function webHostProgram(moduleUrl: string): string[] {
  if (/\.tsx?$/.test(new URL(moduleUrl).pathname))
    return ['--import', 'tsx', fileURLToPath(new URL('../web/index.ts', moduleUrl))]
  return [fileURLToPath(new URL('./web-host.mjs', moduleUrl))]
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
