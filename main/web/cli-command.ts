import { createApiHost } from '../api/host'
import { findRendererDir } from '../api/renderer-dir'
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
