import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import vm from 'node:vm'

/** The name a CommonJS bundle calls instead of `import()` (see scripts/build-cli.mjs). */
export const IMPORT_ESM = '__importEsm'

export type CommonJsBundle<T> = {
  exports: T
  /** The compiled script: `createCachedData()` after a run gives a cache of everything it compiled. */
  script: vm.Script
  /** Whether V8 refused the cache given (another Node version or other V8 flags); then it compiled the source. */
  cacheRejected: boolean
}

/**
 * Runs a CommonJS bundle as `require` would, compiled from a V8 code cache when one is given: a
 * fresh process then skips most of the parsing and compiling of the bundle's functions. V8 checks
 * the cache against the source and its own version and flags, and compiles the source when it does
 * not match. On Node 20, `import()` inside a script restored from a code cache finds no module
 * loader, so the bundle imports ES modules through a function given here.
 */
export function runCommonJsBundle<T>(file: string, cachedData?: Buffer): CommonJsBundle<T> {
  const source = readFileSync(file, 'utf8')
  const wrapped = `(function (exports, require, module, __filename, __dirname, ${IMPORT_ESM}) {${source}\n})`
  const script = new vm.Script(wrapped, { filename: file, cachedData })
  const run: unknown = script.runInThisContext()
  if (typeof run !== 'function') throw new Error(`${file} did not compile to a module function`)
  const module = { exports: {} }
  const importEsm = (specifier: string): Promise<unknown> => import(specifier)
  Reflect.apply(run, undefined, [
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
    importEsm,
  ])
  return {
    exports: module.exports as T,
    script,
    cacheRejected: cachedData !== undefined && script.cachedDataRejected === true,
  }
}
