import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallName } from '../../main/api/contract'
import { createApi } from '../../renderer/api'
import { createRecoveryCopy, heartbeatInterval } from '../../renderer/state/workspace-recovery'
import { testBrief } from './fixtures'

// A session's one recovery copy: replaced by each autosave, beaten while it exists, written again
// if it went while the session still had unsaved changes.

afterEach(() => {
  vi.useRealTimers()
})

function fakeApi(kept: () => boolean) {
  const calls: [CallName, unknown][] = []
  const api = createApi(async (name, input) => {
    calls.push([name, input])
    const id = (input as { id?: string }).id ?? 'new'
    if (name === 'saveRecovery')
      return { ok: true, value: { id, title: 'T', savedAt: '2025-03-02T10:00:00.000Z', bytes: 1 } }
    if (name === 'touchRecovery') return { ok: true, value: { kept: kept() } }
    return { ok: true, value: { discarded: true } }
  })
  return {
    api,
    calls,
    named: (call: CallName) => calls.filter(([name]) => name === call).map(([, input]) => input),
  }
}

describe('a session’s recovery copy', () => {
  it('beats within the timeout, under one id, and stops when the copy is discarded', async () => {
    vi.useFakeTimers()
    const host = fakeApi(() => true)
    const brief = testBrief()
    const copy = createRecoveryCopy(host.api, {
      current: () => ({ brief, dirty: true }),
      timeoutSeconds: () => 8,
    })
    await copy.save(brief)
    await copy.save(brief)
    const [first, second] = host.named('saveRecovery') as { id: string }[]
    expect(first.id).toMatch(/^s-[0-9a-f]{16}$/)
    expect(second.id).toBe(first.id)
    await vi.advanceTimersByTimeAsync(8000)
    expect(host.named('touchRecovery').length).toBe(4)
    expect(host.named('touchRecovery')[0]).toEqual({ id: first.id })
    await copy.discard()
    expect(host.named('discardRecovery')).toEqual([{ id: first.id }])
    await vi.advanceTimersByTimeAsync(20_000)
    expect(host.named('touchRecovery').length).toBe(4)
  })

  it('writes the copy again when it went while the brief is still unsaved', async () => {
    vi.useFakeTimers()
    let kept = true
    const host = fakeApi(() => kept)
    const brief = testBrief()
    const copy = createRecoveryCopy(host.api, {
      current: () => ({ brief, dirty: true }),
      timeoutSeconds: () => 20,
    })
    await copy.save(brief)
    kept = false
    await vi.advanceTimersByTimeAsync(5000)
    expect(host.named('saveRecovery').length).toBe(2)
    copy.dispose()
  })

  it('leaves the copy behind as the page goes, and beats again when it comes back', async () => {
    vi.useFakeTimers()
    const host = fakeApi(() => true)
    const brief = testBrief()
    const copy = createRecoveryCopy(host.api, {
      current: () => ({ brief, dirty: true }),
      timeoutSeconds: () => 20,
    })
    copy.end()
    expect(host.named('touchRecovery')).toEqual([])
    await copy.save(brief)
    copy.end()
    const { id } = host.named('saveRecovery')[0] as { id: string }
    await vi.advanceTimersByTimeAsync(20_000)
    expect(host.named('touchRecovery')).toEqual([{ id, ending: true }])
    copy.resume()
    await vi.advanceTimersByTimeAsync(0)
    expect(host.named('touchRecovery').at(-1)).toEqual({ id })
    copy.dispose()
  })

  it.each([
    [150, 5000],
    [4, 1000],
    [0.5, 250],
    [Number.NaN, 5000],
  ])('beats every %s s timeout at %i ms', (timeout, interval) => {
    expect(heartbeatInterval(timeout)).toBe(interval)
  })
})
