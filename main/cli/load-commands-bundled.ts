import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runCommonJsBundle } from './cached-script'
import type * as Commands from './commands'

// What the built command line uses in place of load-commands.ts (scripts/build-cli.mjs swaps it in):
// the commands bundle beside cli.js, compiled with the code cache made when it was built.

export function loadCommands(): Promise<typeof Commands> {
  const file = fileURLToPath(new URL('./commands.cjs', import.meta.url))
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {
    // No cache (a build that could not make one): V8 compiles the bundle from its source.
  }
  return Promise.resolve(runCommonJsBundle<typeof Commands>(file, cachedData).exports)
}
