// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import type { Client } from '../../renderer/api'
import { setSectionBody } from '../../renderer/state/brief-edits'
import { usePdfPreview, withoutSourceTexts } from '../../renderer/state/usePdfPreview'
import { testBrief } from './fixtures'

afterEach(cleanup)

type Pending = {
  brief: Brief
  resolve: (value: { bytes: Uint8Array; pages: number; warnings: string[] }) => void
}

/** An api whose renders end only when the test says so, counting how many run at once. */
function controllableApi() {
  const pending: Pending[] = []
  let running = 0
  let mostRunning = 0
  const api = {
    renderPdf: (input: { brief: Brief }) => {
      running += 1
      mostRunning = Math.max(mostRunning, running)
      return new Promise((resolve) => {
        pending.push({
          brief: input.brief,
          resolve: (value) => {
            running -= 1
            resolve(value)
          },
        })
      })
    },
  } as unknown as Client
  return { api, pending, mostRunning: () => mostRunning }
}

const bodyOf = (brief: Brief) => brief.sections[1].body
/** A PDF whose single byte says which render made it. */
const pdf = (marker: number) => ({ bytes: new Uint8Array([marker]), pages: 1, warnings: [] })

describe('when the preview renders', () => {
  it('renders the first edit at once, coalesces edits during a render into one, ends on the last text', async () => {
    const fake = controllableApi()
    let brief = testBrief()
    const { result, rerender } = renderHook(({ current }) => usePdfPreview(fake.api, current), {
      initialProps: { current: brief },
    })
    expect(fake.pending).toHaveLength(1)
    for (const text of ['a', 'ab', 'abc', 'abcd']) {
      brief = setSectionBody(brief, 'background', text)
      rerender({ current: brief })
    }
    // Four edits while the first render runs: none started yet.
    expect(fake.pending).toHaveLength(1)
    await act(async () => fake.pending[0].resolve(pdf(1)))
    // The first result is stale (a newer brief waits), and exactly one render of the latest follows.
    expect(result.current.bytes).toBeNull()
    expect(fake.pending).toHaveLength(2)
    expect(bodyOf(fake.pending[1].brief)).toBe('abcd')
    await act(async () => fake.pending[1].resolve(pdf(2)))
    expect(result.current.bytes?.[0]).toBe(2)
    expect(result.current.loading).toBe(false)
    expect(fake.pending).toHaveLength(2)
    expect(fake.mostRunning()).toBe(1)
  })

  it('renders at once again after an idle moment, with no fixed wait', async () => {
    const fake = controllableApi()
    let brief = testBrief()
    const { rerender } = renderHook(({ current }) => usePdfPreview(fake.api, current), {
      initialProps: { current: brief },
    })
    await act(async () => fake.pending[0].resolve(pdf(1)))
    brief = setSectionBody(brief, 'background', 'typed')
    rerender({ current: brief })
    expect(fake.pending).toHaveLength(2)
    expect(bodyOf(fake.pending[1].brief)).toBe('typed')
  })

  it('never lets an older result replace a newer one', async () => {
    const fake = controllableApi()
    let brief = testBrief()
    const { result, rerender } = renderHook(({ current }) => usePdfPreview(fake.api, current), {
      initialProps: { current: brief },
    })
    await act(async () => fake.pending[0].resolve(pdf(1)))
    brief = setSectionBody(brief, 'background', 'old')
    rerender({ current: brief })
    brief = setSectionBody(brief, 'background', 'new')
    rerender({ current: brief })
    // The render of "old" is still running; "new" waits for it, then the stale result is dropped.
    await act(async () => fake.pending[1].resolve(pdf(2)))
    expect(result.current.bytes?.[0]).toBe(1)
    expect(result.current.loading).toBe(true)
    expect(bodyOf(fake.pending[2].brief)).toBe('new')
    await act(async () => fake.pending[2].resolve(pdf(3)))
    expect(result.current.bytes?.[0]).toBe(3)
    expect(result.current.loading).toBe(false)
  })

  it('renders the same brief again for a new revision (a saved template style)', async () => {
    const fake = controllableApi()
    const brief = testBrief()
    const { rerender } = renderHook(({ revision }) => usePdfPreview(fake.api, brief, revision), {
      initialProps: { revision: 0 },
    })
    await act(async () => fake.pending[0].resolve(pdf(1)))
    rerender({ revision: 1 })
    expect(fake.pending).toHaveLength(2)
    expect(fake.pending[1].brief).toEqual(withoutSourceTexts(brief))
  })
})
