// @vitest-environment happy-dom
import { act, cleanup } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import type { Client } from '../../renderer/api'
import { setSectionBody } from '../../renderer/state/brief-edits'
import { createPreviewRenderer, withoutSourceTexts } from '../../renderer/state/usePdfPreview'
import type { PreviewRenderer } from '../../renderer/state/usePdfPreview'
import { testBrief } from './fixtures'
import { fakeHost, stateWith } from './harness'
import { createServices } from '../../renderer/state/useApp'

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

/** The renderer as the store drives it: each brief (and revision) wanted as it comes, its state read. */
function driven(renderer: PreviewRenderer, first: Brief) {
  renderer.want(first)
  return {
    result: {
      get current() {
        return renderer.getSnapshot()
      },
    },
    rerender: ({ current = first, revision = 0 }: { current?: Brief; revision?: number }) =>
      renderer.want(current, revision),
  }
}
/** A PDF whose single byte says which render made it. */
const pdf = (marker: number) => ({ bytes: new Uint8Array([marker]), pages: 1, warnings: [] })

describe('when the preview renders', () => {
  it('renders the first edit at once, coalesces edits during a render into one, ends on the last text', async () => {
    const fake = controllableApi()
    const renderer = createPreviewRenderer(fake.api)
    let brief = testBrief()
    const { result, rerender } = driven(renderer, brief)
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
    const renderer = createPreviewRenderer(fake.api)
    let brief = testBrief()
    const { rerender } = driven(renderer, brief)
    await act(async () => fake.pending[0].resolve(pdf(1)))
    brief = setSectionBody(brief, 'background', 'typed')
    rerender({ current: brief })
    expect(fake.pending).toHaveLength(2)
    expect(bodyOf(fake.pending[1].brief)).toBe('typed')
  })

  it('never lets an older result replace a newer one', async () => {
    const fake = controllableApi()
    const renderer = createPreviewRenderer(fake.api)
    let brief = testBrief()
    const { result, rerender } = driven(renderer, brief)
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
    const renderer = createPreviewRenderer(fake.api)
    const brief = testBrief()
    const { rerender } = driven(renderer, brief)
    await act(async () => fake.pending[0].resolve(pdf(1)))
    rerender({ revision: 1 })
    expect(fake.pending).toHaveLength(2)
    expect(fake.pending[1].brief).toEqual(withoutSourceTexts(brief))
  })
})

describe('the window’s preview renderer', () => {
  it('asks for a new brief’s first render when the store holds it, before any component shows it', async () => {
    const host = fakeHost()
    const { store, preview } = createServices(host.api, host.shell, vi.fn(), stateWith({ brief: null }))
    await Promise.resolve()
    expect(host.calls('renderPdf')).toHaveLength(0)
    expect(preview.getSnapshot().loading).toBe(false)
    store.dispatch({ type: 'load', brief: testBrief(), fileName: null, dirty: true })
    // No component is rendered: the request is the store's doing.
    await vi.waitFor(() => expect(host.calls('renderPdf')).toHaveLength(1))
    expect(preview.getSnapshot().loading).toBe(true)
    await vi.waitFor(() => expect(preview.getSnapshot().pages).toBe(2))
    expect(preview.getSnapshot().loading).toBe(false)
  })

  it('starts the next brief from an empty preview once the brief is closed, and drops a render still running', async () => {
    const fake = controllableApi()
    const renderer = createPreviewRenderer(fake.api)
    renderer.want(testBrief())
    renderer.want(null)
    expect(renderer.getSnapshot()).toMatchObject({ bytes: null, pages: 0, loading: false })
    const next = setSectionBody(testBrief(), 'background', 'another brief')
    renderer.want(next)
    expect(fake.pending).toHaveLength(2)
    // The closed brief's render ends late: it neither shows nor holds up the next one.
    fake.pending[0].resolve(pdf(1))
    await Promise.resolve()
    expect(renderer.getSnapshot()).toMatchObject({ bytes: null, loading: true })
    expect(fake.pending).toHaveLength(2)
    fake.pending[1].resolve(pdf(2))
    await vi.waitFor(() => expect(renderer.getSnapshot().bytes?.[0]).toBe(2))
    expect(fake.mostRunning()).toBe(2)
  })
})

describe('a brief that replaces the screen', () => {
  it('has its first render asked for before the store holds it, so the host renders while the editor is built', async () => {
    let heldWhenAsked: unknown = 'never asked'
    const host = fakeHost({
      renderPdf: () => {
        heldWhenAsked = services.store.getState().doc.brief
        return pdf(1)
      },
    })
    const services = createServices(host.api, host.shell, vi.fn(), stateWith({ brief: null }))
    await services.workspace.openFile(new File(['{}'], 'Border talks.brief'))
    expect(services.store.getState().doc.brief).not.toBeNull()
    expect(heldWhenAsked).toBeNull()
    expect(host.calls('renderPdf')).toHaveLength(1)
  })
})
