import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../../helpers/cli'

describe('npm start without the Electron binary', () => {
  it('says so in one line and points to npm run web', () => {
    // An empty override folder stands for a machine without the binary; the skip switch keeps the
    // test from trying to download it.
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'test', 'fixtures', 'no-electron'),
        ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      },
    })
    expect(result.status).toBe(1)
    const lines = result.stderr.trim().split('\n')
    expect(lines.at(-1)).toBe(
      'Briefwright: the Electron binary is not installed on this machine; run `npm run web` to use Briefwright in your browser.',
    )
    expect(lines).toHaveLength(1)
  })
})
