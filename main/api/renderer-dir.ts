import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The built renderer (`out/renderer`, made by `npm run build`), looked for above the module at
 * `moduleUrl`: main/web/ or main/cli/ from source, dist/ in the CLI bundle.
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
