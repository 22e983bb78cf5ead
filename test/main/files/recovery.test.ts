import { spawn } from 'node:child_process'
import { readdir, readFile, unlink, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseBriefJson } from '../../../main/files/brief-file'
import { isEnded } from '../../../main/files/recovery-liveness'
import { createRecoveryStore, runs } from '../../../main/files/recovery'
import { tempDir } from '../../helpers/temp'

// A recovery copy is offered back only when the session that wrote it has ended: its heartbeat is
// older than the timeout, or the host process it ran under is gone.

const TIMEOUT = 10_000

describe('whether a session has ended', () => {
  const context = {
    hostId: 'this',
    now: 100_000,
    staleAfterMs: TIMEOUT,
    processRuns: (pid: number) => pid === 7,
  }
  it.each([
    { case: 'no heartbeat file', heartbeat: null, ended: true },
    { case: 'an unreadable heartbeat', heartbeat: { beat: null, at: 99_000 }, ended: true },
    {
      case: 'a fresh beat from this host',
      heartbeat: { beat: { host: 'this', pid: 1 }, at: 95_000 },
      ended: false,
    },
    {
      case: 'a stale beat from this host',
      heartbeat: { beat: { host: 'this', pid: 1 }, at: 90_000 },
      ended: true,
    },
    {
      case: 'a fresh beat from a running host',
      heartbeat: { beat: { host: 'other', pid: 7 }, at: 99_000 },
      ended: false,
    },
    {
      case: 'a fresh beat from a host gone',
      heartbeat: { beat: { host: 'other', pid: 8 }, at: 99_000 },
      ended: true,
    },
    {
      case: 'a stale beat from a running host',
      heartbeat: { beat: { host: 'other', pid: 7 }, at: 1_000 },
      ended: true,
    },
  ])('$case: ended $ended', ({ heartbeat, ended }) => {
    expect(isEnded(heartbeat, context)).toBe(ended)
  })
})

async function briefTitled(title: string) {
  const brief = parseBriefJson(
    await readFile(path.resolve(import.meta.dirname, '../../fixtures/sample.brief'), 'utf8'),
  )
  return { ...brief, meta: { ...brief.meta, title } }
}

describe('recovery store with heartbeats', () => {
  it('offers a copy only once its session stops beating, and beats keep it back', async () => {
    const dataDir = await tempDir('recovery')
    let now = Date.UTC(2025, 2, 1, 12)
    const store = createRecoveryStore(dataDir, { hostId: 'host-a', now: () => now })
    const entry = await store.save(await briefTitled('Talks in Riyadh'), 's-tab-one')
    expect(entry).toMatchObject({ id: 's-tab-one', title: 'Talks in Riyadh' })
    expect(await store.list({ staleAfterMs: TIMEOUT })).toEqual([])

    now += TIMEOUT - 1000
    expect(await store.touch('s-tab-one')).toBe(true)
    now += TIMEOUT - 1000
    expect(await store.list({ staleAfterMs: TIMEOUT })).toEqual([])

    now += 2000
    const offered = await store.list({ staleAfterMs: TIMEOUT })
    expect(offered.map((item) => [item.id, item.title])).toEqual([['s-tab-one', 'Talks in Riyadh']])
  })

  it('offers a copy at once when its session says it is going', async () => {
    const dataDir = await tempDir('recovery')
    const store = createRecoveryStore(dataDir, { hostId: 'host-a' })
    await store.save(await briefTitled('Closed tab'), 's-closed')
    expect(await store.list({ staleAfterMs: TIMEOUT })).toEqual([])
    expect(await store.release('s-closed')).toBe(true)
    expect((await store.list({ staleAfterMs: TIMEOUT })).map((item) => item.title)).toEqual(['Closed tab'])
    // Back from the back-forward cache: its beat makes it running again.
    expect(await store.touch('s-closed')).toBe(true)
    expect(await store.list({ staleAfterMs: TIMEOUT })).toEqual([])
  })

  it('replaces a session’s copy instead of adding one', async () => {
    const dataDir = await tempDir('recovery')
    const store = createRecoveryStore(dataDir, { hostId: 'host-a' })
    for (const title of ['Draft', 'Draft', 'Draft, edited'])
      await store.save(await briefTitled(title), 's-one')
    const files = await readdir(path.join(dataDir, 'recovery'))
    expect(files.sort()).toEqual(['s-one.alive', 's-one.brief'])
    const later = createRecoveryStore(dataDir, { hostId: 'host-b', processRuns: () => false })
    expect((await later.list()).map((item) => item.title)).toEqual(['Draft, edited'])
  })

  it('offers at once what a host that is gone left, and waits for one still running', async () => {
    const dataDir = await tempDir('recovery')
    await createRecoveryStore(dataDir, { hostId: 'old', pid: 4242 }).save(await briefTitled('Left'), 's-left')
    const whileRunning = createRecoveryStore(dataDir, { hostId: 'new', processRuns: () => true })
    expect(await whileRunning.list({ staleAfterMs: TIMEOUT })).toEqual([])
    const afterCrash = createRecoveryStore(dataDir, { hostId: 'new', processRuns: () => false })
    expect((await afterCrash.list({ staleAfterMs: TIMEOUT })).map((item) => item.id)).toEqual(['s-left'])
  })

  it('offers a copy written before heartbeats existed, and take and discard remove the heartbeat', async () => {
    const dataDir = await tempDir('recovery')
    const store = createRecoveryStore(dataDir, { hostId: 'host-a' })
    await store.save(await briefTitled('Old'), 's-old')
    await store.save(await briefTitled('Gone'), 's-gone')
    const folder = path.join(dataDir, 'recovery')
    await unlink(path.join(folder, 's-old.alive'))
    expect((await store.list({ staleAfterMs: TIMEOUT })).map((item) => item.id)).toEqual(['s-old'])
    expect((await store.take('s-old')).meta.title).toBe('Old')
    expect(await store.discard('s-gone')).toBe(true)
    expect(await readdir(folder)).toEqual([])
    expect(await store.touch('s-gone')).toBe(false)
  })

  it('reads an unreadable heartbeat as an ended session', async () => {
    const dataDir = await tempDir('recovery')
    const store = createRecoveryStore(dataDir, { hostId: 'host-a' })
    await store.save(await briefTitled('Garbled'), 's-garbled')
    const heartbeat = path.join(dataDir, 'recovery', 's-garbled.alive')
    await writeFile(heartbeat, 'not json')
    const at = new Date()
    await utimes(heartbeat, at, at)
    expect((await store.list({ staleAfterMs: TIMEOUT })).map((item) => item.id)).toEqual(['s-garbled'])
  })
})

describe('whether a copy’s host process still runs', () => {
  it('is true for a running process', () => {
    expect(runs(process.pid)).toBe(true)
  })

  it('is false for a process that exited but was never reaped (a zombie)', async () => {
    // The shell starts `true` in the background, prints its pid, then becomes `sleep`, which never
    // reaps it: `true` exits and stays a zombie while `sleep` runs.
    const parent = spawn('sh', ['-c', 'true & echo $!; exec sleep 30'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    try {
      const pid = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', (chunk) => resolve(String(chunk)))),
      )
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(runs(pid)).toBe(false)
    } finally {
      parent.kill('SIGKILL')
    }
  })
})
