import { existsSync } from 'node:fs'
import path from 'node:path'
import { startWebProcess as startScriptWebProcess } from '../../scripts/web-process'
import type { WebProcess } from '../../scripts/web-process'
import { root } from '../helpers/cli'

/** The built app the end-to-end tests need; they build nothing themselves. */
export function assertBuilt(): void {
  for (const file of [
    'out/renderer/index.html',
    'out/main/index.js',
    'out/preload/preload.cjs',
    'dist/cli.js',
    'dist/pipeline-worker.mjs',
  ]) {
    if (!existsSync(path.join(root, file)))
      throw new Error(`${file} is missing: run \`npm run build\` (npm run test:e2e does).`)
  }
}

/** `briefwright web` of this checkout's built command line, with the address it printed. */
export function startWebProcess(dataDir: string): Promise<WebProcess> {
  return startScriptWebProcess({ cli: path.join(root, 'dist', 'cli.js'), dataDir, cwd: root })
}
