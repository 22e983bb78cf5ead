import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import v8 from 'node:v8'
import vm from 'node:vm'

/** The name a CommonJS bundle calls instead of `import()`; scripts/build-cli.mjs writes the same name. */
export const IMPORT_ESM = '__importEsm'

/**
 * V8 flags set before a bundle compiles; a code cache holds only for the flags it was made with, so
 * the command line and the build that makes its cache both run with these. They were measured on
 * V8 11 (Node 20) and are set there only: another V8 may not know them (it prints an error for each
 * flag it does not know) and runs with its defaults. Only flags that V8 reads afresh each time are
 * set while it runs:
 * - A regular expression compiles to machine code on its first run instead of being interpreted
 *   first: a short-lived process would interpret marked's and the analysis's large patterns (the
 *   seed brief's Markdown lexes in 16 ms instead of 33 ms cold). Tier-up itself stays on: turning
 *   it off at run time (`--no-regexp-tier-up`) left patterns compiled before the change pointing at
 *   the interpreter, and about one run in twenty crashed in V8 on a 100,000-deep HTML file.
 * - A function is optimized after 24 profiler ticks instead of 3: in a run as short as a command,
 *   early optimization compiled code whose type feedback was still changing (the seed draft took
 *   about 17% less time, the ×100 article and a batch of 60 about 8% less).
 * - The young generation grows eightfold at a time instead of doubling: a run's heap grows from
 *   1 MB to tens of MB, and every step costs a scavenge (the seed's GC pauses fell from 27–29 ms to
 *   15–17 ms, the run by about 11 ms; the ×100 article's peak memory stayed at 187–190 MB).
 * - The old generation is collected in one pause when it is full, not marked in steps beside the
 *   program: stepwise marking keeps pauses short in a program that runs on, while a command that
 *   finishes during it waits for it at exit (15–19 ms after the seed's draft, when the old
 *   generation crossed the mark where marking starts).
 */
export const BUNDLE_V8_FLAGS =
  process.versions.v8.split('.')[0] === '11'
    ? [
        '--regexp-tier-up-ticks=0',
        '--ticks-before-optimization=24',
        '--semi-space-growth-factor=8',
        '--no-incremental-marking',
      ]
    : []

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
 * loader, so the bundle imports ES modules through a function given here. Sets BUNDLE_V8_FLAGS.
 */
export function runCommonJsBundle<T>(file: string, cachedData?: Buffer): CommonJsBundle<T> {
  for (const flag of BUNDLE_V8_FLAGS) v8.setFlagsFromString(flag)
  // The built bundle is ASCII (scripts/build-cli.mjs): read as Latin-1 it becomes a one-byte string
  // without decoding. Anything else is read as UTF-8.
  const bytes = readFileSync(file)
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
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
