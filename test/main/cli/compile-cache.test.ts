import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root, seedArticle } from '../../helpers/cli'
import { tempDirSync } from '../../helpers/temp'

// The built command line compiles its commands through Node's module compile cache, in Node's
// default folder: node-compile-cache in the temporary folder (TMPDIR here). A folder it cannot make
// or write must cost speed only: the same output, nothing on stderr, exit 0.

/** A temporary folder where the compile cache's folder is a file, so the cache cannot be made. */
function blockedTemp(): string {
  const temp = tempDirSync('no-cache')
  writeFileSync(path.join(temp, 'node-compile-cache'), 'not a folder')
  return temp
}

/** Runs `node <cli> ...args` with TMPDIR set, and without a cache folder forced by the environment. */
function run(cli: string, args: string[], temp: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: temp }
  delete env.NODE_COMPILE_CACHE
  delete env.NODE_DISABLE_COMPILE_CACHE
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 })
}

/** Every file in the compile cache's folders under `temp` (none when there is no such folder). */
function cacheFiles(temp: string): string[] {
  const cache = path.join(temp, 'node-compile-cache')
  if (!existsSync(cache) || !statSync(cache).isDirectory()) return []
  return readdirSync(cache, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
}

const cli = path.join(root, 'dist', 'cli.js')

describe('the command line and its compile cache', () => {
  it('keeps the compiled commands in the temporary folder', () => {
    const temp = tempDirSync('cache')
    const result = run(cli, ['templates', 'list'], temp)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(cacheFiles(temp).length).toBeGreaterThan(0)
  })

  it('passes the cache on to the worker threads of a batch', () => {
    const temp = tempDirSync('cache-workers')
    expect(run(cli, ['templates', 'list'], temp).status).toBe(0)
    const commandsOnly = cacheFiles(temp).length
    const copies = [1, 2].map((index) => path.join(temp, `seed-${index}.txt`))
    for (const copy of copies) writeFileSync(copy, readFileSync(seedArticle))
    const result = run(cli, ['draft', ...copies, '--out-dir', path.join(temp, 'out')], temp)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    // The draft worker's entry and its chunks join the commands' entries.
    expect(cacheFiles(temp).length).toBeGreaterThan(commandsOnly + 1)
  })

  it('drafts the same brief when the cache folder cannot be made', () => {
    const temp = blockedTemp()
    const out = path.join(temp, 'seed.pdf')
    const result = run(cli, ['draft', seedArticle, '--out', out], temp)
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(existsSync(out)).toBe(true)
    expect(cacheFiles(temp)).toEqual([])
  })

  it('builds, and the build runs, when the cache cannot be made', () => {
    const temp = blockedTemp()
    // Inside the project, where the bundle finds its packages and the built-in templates.
    const outdir = path.join(root, 'test-output', 'cli-without-cache')
    try {
      const build = run(path.join(root, 'scripts', 'build-cli.mjs'), ['--outdir', outdir], temp)
      expect(build.stderr).toBe('')
      expect(build.status).toBe(0)
      const result = run(path.join(outdir, 'cli.js'), ['templates', 'list', '--json'], temp)
      expect(result.status).toBe(0)
      expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ id: 'policy-brief' }))
      expect(cacheFiles(temp)).toEqual([])
    } finally {
      rmSync(outdir, { recursive: true, force: true })
    }
  })
})
