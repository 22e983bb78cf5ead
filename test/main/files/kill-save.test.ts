import { spawn } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sweepStaleTempFiles } from '../../../main/files/atomic'
import { root } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

const RUNS = Number(process.env.BRIEFWRIGHT_KILL_RUNS ?? 25)
const SIZE = 2_000_000
const saveLoop = path.join(root, 'test', 'fixtures', 'save-loop.ts')

/** Starts the save loop, waits until it is writing, kills it with SIGKILL after `delayMs`. */
async function killDuringSaves(target: string, delayMs: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', saveLoop, target, String(SIZE)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.once('data', () => resolve())
    child.once('error', reject)
  })
  await new Promise((resolve) => setTimeout(resolve, delayMs))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGKILL')
  await exited
}

describe('kill -9 in the middle of saving', () => {
  it(`leaves the old or the new whole document, ${RUNS} random kills`, async () => {
    const dir = await tempDir('kill')
    const target = path.join(dir, 'work.brief')
    const whole = new Set(['A', 'B'].map((letter) => JSON.stringify({ letter, body: letter.repeat(SIZE) })))
    await writeFile(target, [...whole][0])
    // Seeded so a failure names a delay that reproduces it.
    const delays = fc.sample(fc.integer({ min: 0, max: 120 }), { numRuns: RUNS, seed: 20261129 })
    let strays = 0
    for (const delay of delays) {
      await killDuringSaves(target, delay)
      const content = await readFile(target, 'utf8')
      expect(whole.has(content), `after a kill at ${delay} ms the file holds ${content.length} bytes`).toBe(
        true,
      )
      strays += (await sweepStaleTempFiles(dir, { extensions: ['.brief'] })).length
      expect(await readdir(dir)).toEqual(['work.brief'])
    }
    // Kills land mid-write often enough that the sweep had real work to do.
    expect(strays).toBeGreaterThan(0)
  }, 180_000)
})
