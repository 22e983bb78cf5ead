import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createApiHost } from '../api/host'
import { startWebServer } from './server'
import type { WebServer } from './server'

/**
 * `briefwright web [--port N]`: serves the built renderer and the api on 127.0.0.1, prints the address
 * (with its per-launch token) and runs until SIGINT or SIGTERM.
 */
export async function runWebCommand(args: {
  port?: number
  dataDir: string
  rendererDir?: string
}): Promise<void> {
  const rendererDir = args.rendererDir ?? findRendererDir(import.meta.url)
  const host = createApiHost({ dataDir: args.dataDir })
  let server: WebServer
  try {
    server = await startWebServer({
      handlers: host.handlers,
      rendererDir,
      port: args.port ?? 0,
      host: '127.0.0.1',
    })
  } catch (error) {
    await host.close()
    throw error
  }
  process.stdout.write(`Briefwright running at ${server.url}\n`)
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await server.close()
  await host.close()
}

/**
 * The built renderer (`out/renderer`, made by `npm run build`), looked for above this module: it is
 * main/web/ from source and dist/ in the CLI bundle.
 */
export function findRendererDir(moduleUrl: string): string {
  let dir = path.dirname(fileURLToPath(moduleUrl))
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = path.join(dir, 'out', 'renderer')
    if (existsSync(path.join(candidate, 'index.html'))) return candidate
    dir = path.dirname(dir)
  }
  throw new Error('The app is not built (out/renderer is missing): run `npm run build` first.')
}
