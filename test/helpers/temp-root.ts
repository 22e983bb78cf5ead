import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// vitest's global setup: the whole run, its workers and every process they start (the command line,
// the web host, Chromium's profiles) get one temporary folder of their own through TMPDIR, removed when
// the run ends, so a run leaves nothing in the system's temporary folder even when a test is killed
// before its own clean-up. Workers start after this and inherit the variable.
export default function setup(): () => void {
  const root = mkdtempSync(path.join(os.tmpdir(), 'briefwright-test-run-'))
  process.env.TMPDIR = root
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 })
}
