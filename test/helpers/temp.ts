import { mkdtempSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

// Folders made by a test file, removed when its tests have run. Each test file imports this module
// afresh (vitest isolates files), so the hook belongs to the file that made the folders.
const made: string[] = []

afterAll(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A new empty folder in the system's temporary folder, removed after the test file. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `bw-${prefix}-`))
  made.push(dir)
  return dir
}

/** tempDir for synchronous callers. */
export function tempDirSync(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `bw-${prefix}-`))
  made.push(dir)
  return dir
}
