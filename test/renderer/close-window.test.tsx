// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/components/App'
import { fakeHost } from './harness'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
    texts: [''],
  })),
}))

afterEach(cleanup)

/** The app as the desktop shell runs it: the shell asks before a window closes over unsaved work. */
async function desktopWithDraft() {
  const host = fakeHost()
  host.shell.kind = 'desktop'
  render(<App api={host.api} shell={host.shell} />)
  await screen.findByRole('radio', { name: /Policy brief/ })
  fireEvent.change(screen.getByLabelText('Or paste the article’s text'), { target: { value: 'Text.' } })
  fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
  await screen.findByRole('list', { name: 'Open articles' })
  fireEvent.click(screen.getByRole('button', { name: 'Draft brief' }))
  await screen.findByRole('list', { name: 'Sections' })
  return host
}

describe('closing the desktop window', () => {
  it('tells the shell when there is unsaved work, and when there is none again', async () => {
    const host = await desktopWithDraft()
    expect(host.shell.setDocumentEdited).toHaveBeenNthCalledWith(1, false)
    expect(host.shell.setDocumentEdited).toHaveBeenLastCalledWith(true)
    host.command('save')
    await waitFor(() => expect(host.shell.setDocumentEdited).toHaveBeenLastCalledWith(false))
    expect(host.shell.setDocumentEdited).toHaveBeenCalledTimes(3)
  })

  it('asks about unsaved work when the shell holds a close: Cancel keeps the window, Discard closes it', async () => {
    const host = await desktopWithDraft()
    host.command('request-close')
    const dialog = await screen.findByRole('alertdialog', { name: 'Unsaved changes' })
    expect(dialog.textContent).toContain('before you close the window?')
    // A second close while the question is open asks nothing new.
    host.command('request-close')
    expect(screen.getAllByRole('alertdialog')).toHaveLength(1)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(host.shell.answerClose).toHaveBeenCalledWith(false))
    expect(screen.getByRole('list', { name: 'Sections' })).toBeTruthy()

    host.command('request-close')
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }),
    )
    await waitFor(() => expect(host.shell.answerClose).toHaveBeenLastCalledWith(true))
    expect(host.shell.answerClose).toHaveBeenCalledTimes(2)
  })

  it('agrees at once when everything is saved', async () => {
    const host = await desktopWithDraft()
    host.command('save')
    await waitFor(() => expect(document.title).toBe('Border talks resume — Briefwright'))
    host.command('request-close')
    await waitFor(() => expect(host.shell.answerClose).toHaveBeenCalledWith(true))
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})
