import { createRequire } from 'node:module'
import { enableCompileCache } from './compile-cache'
import type * as Commands from './commands'

// What the built command line uses in place of load-commands.ts (scripts/build-cli.mjs swaps it in):
// commands.cjs beside cli.js, every command in one CommonJS bundle, compiled through Node's module
// compile cache. cli.js itself compiles before the cache is on; it is kept small for that reason.

export function loadCommands(): Promise<typeof Commands> {
  enableCompileCache()
  return Promise.resolve(createRequire(import.meta.url)('./commands.cjs') as typeof Commands)
}
