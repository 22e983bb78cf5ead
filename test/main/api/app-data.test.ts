import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRecentStore } from '../../../main/files/recent'
import { createRecoveryStore, newRecoveryId } from '../../../main/files/recovery'
import { createSettingsStore } from '../../../main/files/settings'
import { tempDir } from '../../helpers/temp'

// The stores behind getSettings/setSettings, listRecent/addRecent and the recovery calls
// (main/files/settings.ts, recent.ts, recovery.ts).

let dataDir: string
beforeEach(async () => {
  dataDir = await tempDir('appdata')
})
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true })
})

describe('settings store', () => {
  it.each([
    { name: 'missing', content: null },
    { name: 'not JSON', content: '{"author": "A' },
    { name: 'of a wrong shape', content: '{"author": 42}' },
    { name: 'from an unknown version', content: '{"schemaVersion": 9}' },
  ])('reads a settings file that is $name as the defaults', async ({ content }) => {
    if (content !== null) await writeFile(path.join(dataDir, 'settings.json'), content)
    expect(await createSettingsStore(dataDir).get()).toEqual({
      schemaVersion: 1,
      author: '',
      organization: '',
      lastTemplateId: null,
      window: null,
      recoveryTimeoutSeconds: 150,
      checkBeforeExport: true,
    })
  })

  it('applies concurrent updates one after another, losing none', async () => {
    const store = createSettingsStore(dataDir)
    const window = { x: 0, y: 0, width: 800, height: 600, maximized: true }
    await Promise.all([
      store.update({ author: 'A' }),
      store.update({ lastTemplateId: 'policy-brief' }),
      store.update({ window }),
    ])
    expect(await store.get()).toEqual({
      schemaVersion: 1,
      author: 'A',
      organization: '',
      lastTemplateId: 'policy-brief',
      window,
      recoveryTimeoutSeconds: 150,
      checkBeforeExport: true,
    })
    expect(JSON.parse(await readFile(path.join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      author: 'A',
    })
  })
})

describe('recent store', () => {
  it('reads a damaged list as empty, keeps path-less entries by name, and clears', async () => {
    await writeFile(path.join(dataDir, 'recent.json'), '[{"name": 1}]')
    const store = createRecentStore(dataDir, () => new Date('2025-01-01T00:00:00Z'))
    expect(await store.list()).toEqual([])
    await store.add({ name: 'a.brief', path: null })
    await store.add({ name: 'a.brief', path: null })
    await store.add({ name: 'a.brief', path: '/x/a.brief' })
    expect((await store.list()).map((entry) => entry.path)).toEqual(['/x/a.brief', null])
    await store.clear()
    expect(await store.list()).toEqual([])
  })
})

describe('recovery store', () => {
  it('refuses ids that are not recovery ids before touching the disk', async () => {
    const store = createRecoveryStore(dataDir)
    for (const id of ['../settings', 'A', '', 'a/b', `a${'b'.repeat(64)}`]) {
      await expect(store.take(id)).rejects.toThrow(/is not a recovery id/)
      await expect(store.discard(id)).rejects.toThrow(/is not a recovery id/)
    }
  })

  it('lists only valid copies, newest first, and skips damaged ones', async () => {
    const store = createRecoveryStore(dataDir)
    await mkdir(path.join(dataDir, 'recovery'), { recursive: true })
    await writeFile(path.join(dataDir, 'recovery', 'r-broken.brief'), '{')
    await writeFile(path.join(dataDir, 'recovery', 'notes.txt'), 'x')
    expect(await store.list()).toEqual([])
  })

  it('makes time-ordered ids that are valid file names', () => {
    expect(newRecoveryId(0)).toMatch(/^r-0-[0-9a-f]{8}$/)
    expect(newRecoveryId(Date.UTC(2025, 0, 1))).toMatch(/^r-[0-9a-z]+-[0-9a-f]{8}$/)
  })
})
