import { execFileSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The run's own temporary folder (test/helpers/temp-root.ts).
describe('temporary folders of a test run', () => {
  it('are inside the run folder, for this worker and the processes it starts', () => {
    expect(path.basename(os.tmpdir())).toMatch(/^briefwright-test-run-/)
    const child = execFileSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' })
    expect(child.trim()).toBe(os.tmpdir())
  })
})
