import { mkdir, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, sweepDataDir } from '../../../main/files/data-dir'
import { tempDir } from '../../helpers/temp'

describe('defaultDataDir', () => {
  it.each([
    { platform: 'linux' as const, env: { XDG_CONFIG_HOME: '/x' }, expected: '/x/Briefwright' },
    { platform: 'linux' as const, env: {}, expected: path.join(os.homedir(), '.config', 'Briefwright') },
    {
      platform: 'darwin' as const,
      env: {},
      expected: path.join(os.homedir(), 'Library', 'Application Support', 'Briefwright'),
    },
    {
      platform: 'win32' as const,
      env: { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' },
      expected: path.join('C:\\Users\\a\\AppData\\Roaming', 'Briefwright'),
    },
  ])('$platform', ({ platform, env, expected }) => {
    expect(defaultDataDir(env, platform)).toBe(expected)
  })
})

describe('sweepDataDir', () => {
  it('removes temp files of killed saves in every data folder and keeps everything else', async () => {
    const dataDir = await tempDir('data')
    await mkdir(path.join(dataDir, 'templates'))
    await mkdir(path.join(dataDir, 'recovery'))
    const files = {
      'settings.json': true,
      'settings.json.2914712': false,
      'templates/bar-test-org.brieftemplate': true,
      'templates/bar-test-org.brieftemplate.88121': false,
      'recovery/r-1.brief': true,
      'recovery/r-1.brief.4001': false,
      'recovery/notes.txt.12': true,
    }
    for (const name of Object.keys(files)) await writeFile(path.join(dataDir, name), 'x')
    const removed = await sweepDataDir(dataDir)
    const left = [
      ...(await readdir(dataDir)).filter((name) => name.includes('.')),
      ...(await readdir(path.join(dataDir, 'templates'))).map((name) => `templates/${name}`),
      ...(await readdir(path.join(dataDir, 'recovery'))).map((name) => `recovery/${name}`),
    ].sort()
    const kept = Object.entries(files)
      .filter(([, keep]) => keep)
      .map(([name]) => name)
      .sort()
    expect(left).toEqual(kept)
    expect(removed).toHaveLength(3)
  })

  it('does nothing in a data folder that does not exist yet', async () => {
    expect(await sweepDataDir(path.join(os.tmpdir(), 'bw-no-such-folder-', String(process.pid)))).toEqual([])
  })
})
