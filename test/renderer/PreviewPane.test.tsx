// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PreviewPane } from '../../renderer/components/PreviewPane'
import { setSectionBody } from '../../renderer/state/brief-edits'
import { appReducer } from '../../renderer/state/app-state'
import { fakeHost, renderWithServices, stateWith, TEST_TEMPLATE } from './harness'

vi.mock('../../renderer/pdf/render-pages', () => ({
  openPdf: vi.fn(async () => ({ numPages: 2, destroy: async () => undefined })),
  drawPage: vi.fn(async () => ({ canvas: document.createElement('canvas'), width: 600, height: 800 })),
  // What main/pdf writes: a top-level bookmark per printed section (here Positions and Sources,
  // left empty, are not printed), one below it per heading inside a section.
  readOutline: vi.fn(async () => [
    { title: 'Key takeaways', page: 1, level: 1 },
    { title: '1. Background', page: 2, level: 1 },
    { title: 'Earlier rounds', page: 2, level: 2 },
  ]),
}))

afterEach(cleanup)

const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))

/** The app's state with the open brief drafted from a template of this page budget. */
function withBudget(pageBudget: number | undefined) {
  return appReducer(stateWith(), { type: 'brief-template', template: { ...TEST_TEMPLATE, pageBudget } })
}

describe('the preview’s page count against the template’s budget', () => {
  it.each([
    { budget: 4, shown: '2 pages, limit 4', over: false },
    { budget: 2, shown: '2 pages, limit 2', over: false },
    { budget: 1, shown: '2 pages, limit 1: 1 over', over: true },
    { budget: undefined, shown: '2 pages', over: false },
  ])('with a budget of $budget it says “$shown”', async ({ budget, shown, over }) => {
    renderWithServices(<PreviewPane />, { state: withBudget(budget) })
    const count = await screen.findByText(shown)
    expect(count.className.includes('over-budget')).toBe(over)
  })
})

describe('the preview', () => {
  it('draws the PDF from renderPdf and shows the page count', async () => {
    renderWithServices(<PreviewPane />)
    await waitFor(() => expect(document.querySelectorAll('canvas.pdf-page')).toHaveLength(2))
    expect(screen.getByText('2 pages')).toBeTruthy()
    expect(document.querySelector('canvas.pdf-page')?.getAttribute('aria-label')).toBe('Page 1 of 2')
  })

  it('renders an edit at once, without waiting for typing to pause, and ends on the last text', async () => {
    const host = fakeHost()
    const { store } = renderWithServices(<PreviewPane />, { host })
    await waitFor(() => expect(host.calls('renderPdf')).toHaveLength(1))
    act(() => {
      const brief = setSectionBody(store.getState().doc.brief!, 'background', 'a')
      store.dispatch({ type: 'edit', brief, label: 'Typing', group: 'text:background' })
    })
    await wait(20)
    expect(host.calls('renderPdf')).toHaveLength(2)
    for (const word of ['ab', 'abc']) {
      act(() => {
        const brief = setSectionBody(store.getState().doc.brief!, 'background', word)
        store.dispatch({ type: 'edit', brief, label: 'Typing', group: 'text:background' })
      })
      await wait(20)
    }
    const calls = host.calls('renderPdf') as { brief: { sections: { body: string }[] } }[]
    expect(calls.at(-1)?.brief.sections[1].body).toBe('abc')
  })

  it('lists exactly the sections the PDF prints, as titled and ordered there, and jumps to one', async () => {
    const scrollIntoView = vi.fn()
    Element.prototype.scrollIntoView = scrollIntoView
    renderWithServices(<PreviewPane />)
    const nav = await screen.findByRole('navigation', { name: 'Jump to section' })
    expect(
      within(nav)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Key takeawaysp. 1', '1. Backgroundp. 2'])
    fireEvent.click(within(nav).getByRole('button', { name: '1. Background p. 2' }))
    expect(scrollIntoView.mock.contexts[0]).toBe(document.querySelector('canvas[data-page="2"]'))
  })

  it('keeps the last good preview and says why a new one failed', async () => {
    let fail = false
    const host = fakeHost()
    host.transport.mockImplementation(async (name) =>
      name === 'renderPdf' && fail
        ? { ok: false, error: { code: 'failed', message: 'The section “X” is too deeply nested.' } }
        : { ok: true, value: { bytes: new Uint8Array([1]), pages: 1, warnings: [] } },
    )
    const { store } = renderWithServices(<PreviewPane />, { host })
    await waitFor(() => expect(document.querySelectorAll('canvas.pdf-page').length).toBeGreaterThan(0))
    fail = true
    act(() => {
      store.dispatch({
        type: 'edit',
        brief: setSectionBody(store.getState().doc.brief!, 'background', 'x'),
        label: 'T',
      })
    })
    expect((await screen.findByRole('alert')).textContent).toContain('The section “X” is too deeply nested.')
    expect(document.querySelectorAll('canvas.pdf-page').length).toBeGreaterThan(0)
  })
})
