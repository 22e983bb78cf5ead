import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import type { Plugin } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { LAZY_PACKAGES, lazyPackages, lazyTries } from '../../../scripts/lazy-packages.mjs'

// The CLI bundle replaces a few packages with stand-ins that require them on first use. A bundle
// built with the same plugin must load none of them up front and behave as the packages do.
const work = path.resolve('test-output', 'lazy-packages')

const ENTRY = `
import { createRequire } from 'node:module'
import { brotliCompressSync } from 'node:zlib'
import LineBreaker from 'linebreak'
import { cbc, ecb } from '@noble/ciphers/aes'
import decompress from 'brotli/decompress.js'

const loaded = () =>
  Object.keys(createRequire(import.meta.url).cache).filter((file) => /[\\\\/](linebreak|@noble[\\\\/]ciphers|brotli)[\\\\/]/.test(file)).length
const before = loaded()

const breaker = new LineBreaker('one two-three four')
const breaks = []
for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) breaks.push(next.position)

const key = new Uint8Array(16).fill(7)
const iv = new Uint8Array(16).fill(3)
const plain = new TextEncoder().encode('handling marking')
const sealed = cbc(key, iv).encrypt(plain)
const opened = new TextDecoder().decode(cbc(key, iv).decrypt(sealed))
const block = ecb(key, { disablePadding: true }).encrypt(new Uint8Array(16)).length

const text = 'Brotli '.repeat(50)
const unpacked = new TextDecoder().decode(decompress(brotliCompressSync(Buffer.from(text))))

console.log(JSON.stringify({ before, after: loaded(), breaks, opened, block, unpacked: unpacked === text }))
`

/** Bundles `source` with one plugin, as the CLI build does, runs it, and returns what it printed. */
async function bundleAndRun(name: string, source: string, plugin: Plugin): Promise<unknown> {
  mkdirSync(work, { recursive: true })
  writeFileSync(path.join(work, `${name}.mjs`), source)
  const bundle = path.join(work, `${name}-bundle.mjs`)
  await build({
    entryPoints: [path.join(work, `${name}.mjs`)],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    plugins: [plugin],
    logLevel: 'silent',
  })
  return JSON.parse(execFileSync(process.execPath, [bundle], { encoding: 'utf8' }))
}

describe('packages the CLI bundle loads on first use', () => {
  it('load nothing until used, then work as the packages do', async () => {
    const result = await bundleAndRun('entry', ENTRY, lazyPackages)
    expect(result).toEqual({
      before: 0,
      after: expect.any(Number) as number,
      breaks: [4, 8, 14, 18],
      opened: 'handling marking',
      block: 16,
      unpacked: true,
    })
    expect((result as { after: number }).after).toBeGreaterThanOrEqual(Object.keys(LAZY_PACKAGES).length)
  })

  it('build each Unicode trie on its first lookup, and look up as the real trie does', async () => {
    const result = await bundleAndRun(
      'tries',
      `import UnicodeTrie from 'unicode-trie'
import { getCategory, isMark } from 'unicode-properties'
const broken = new UnicodeTrie(new Uint8Array([1, 2, 3]))
let lookup = 'no error'
try { broken.get(65) } catch { lookup = 'error' }
console.log(JSON.stringify({ lookup, letter: getCategory(0x41), mark: isMark(0x301), space: isMark(0x20) }))
`,
      lazyTries,
    )
    // A trie of nonsense is built without complaint: the data is read at the first lookup.
    expect(result).toEqual({ lookup: 'error', letter: 'Lu', mark: true, space: false })
  })
})
