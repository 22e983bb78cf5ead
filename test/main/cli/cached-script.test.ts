import { isAscii } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { IMPORT_ESM, runCommonJsBundle } from '../../../main/cli/cached-script'
import { root } from '../../helpers/cli'

const work = path.resolve('test-output', 'cached-script')

type Probe = { answer: number; dirname: string; loadShaper(): Promise<unknown> }

function writeBundle(name: string, body: string): string {
  mkdirSync(work, { recursive: true })
  const file = path.join(work, name)
  writeFileSync(file, body)
  return file
}

const PROBE = `
const path = require('node:path')
exports.answer = 6 * 7
exports.dirname = path.basename(__dirname)
exports.loadShaper = () => ${IMPORT_ESM}('harfbuzzjs')
`

describe('a CommonJS bundle run through a code cache', () => {
  it('runs as require would, and imports ES modules through the function it is given', async () => {
    const probe = runCommonJsBundle<Probe>(writeBundle('probe.cjs', PROBE)).exports
    expect(probe.answer).toBe(42)
    expect(probe.dirname).toBe('cached-script')
    const shaper = (await probe.loadShaper()) as { shape?: unknown }
    expect(typeof shaper.shape).toBe('function')
  })

  it('uses a cache made after a run, and its import() still works', async () => {
    const file = writeBundle('cached.cjs', PROBE)
    const first = runCommonJsBundle<Probe>(file)
    await first.exports.loadShaper()
    const cache = first.script.createCachedData()
    const second = runCommonJsBundle<Probe>(file, cache)
    expect(second.cacheRejected).toBe(false)
    expect(typeof ((await second.exports.loadShaper()) as { shape?: unknown }).shape).toBe('function')
  })

  it('compiles the source when the cache does not match it', () => {
    const stale = runCommonJsBundle<Probe>(
      writeBundle('old.cjs', 'exports.answer = 1'),
    ).script.createCachedData()
    const run = runCommonJsBundle<Probe>(writeBundle('new.cjs', PROBE), stale)
    expect(run.cacheRejected).toBe(true)
    expect(run.exports.answer).toBe(42)
  })

  it('reads a bundle with characters beyond ASCII as UTF-8, and an ASCII one as it is', () => {
    const curly = runCommonJsBundle<{ marks: string; test: boolean }>(
      writeBundle('curly.cjs', "exports.marks = '‘’“”'; exports.test = /[’]/u.test('it’s')"),
    ).exports
    expect(curly.marks).toBe('\u2018\u2019\u201c\u201d')
    expect(curly.test).toBe(true)
    const escaped = runCommonJsBundle<{ test: boolean }>(
      writeBundle('escaped.cjs', "exports.test = /[\\u2019]/u.test('it\u2019s')"),
    ).exports
    expect(escaped.test).toBe(true)
  })

  it('is how the built command line loads its commands: the cache made at build time is accepted', () => {
    const file = path.join(root, 'dist', 'commands.cjs')
    // ASCII, read without decoding (scripts/build-cli.mjs escapes what esbuild leaves as written).
    expect(isAscii(readFileSync(file))).toBe(true)
    const bundle = runCommonJsBundle<Record<string, unknown>>(file, readFileSync(`${file}.cache`))
    expect(bundle.cacheRejected).toBe(false)
    expect(Object.keys(bundle.exports).sort()).toEqual([
      'runAnalyze',
      'runDraft',
      'runExport',
      'runTemplates',
      'runWeb',
    ])
  })
})
