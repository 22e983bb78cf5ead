// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallName } from '../../main/api/contract'
import type { CallResult } from '../../main/api/dispatch'
import { editorFor } from '../../renderer/editor/editor-registry'
import { fakeHost, draftPasted as draft, renderApp } from './harness'
import { openedArticle, testBrief } from './fixtures'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
  })),
  // The preview pane loads one document and draws its pages one by one.
  openPdf: vi.fn(async () => ({ numPages: 1, destroy: async () => undefined })),
  drawPage: vi.fn(async () => ({ canvas: document.createElement('canvas'), width: 600, height: 800 })),
  readOutline: vi.fn(async () => []),
}))

const HOSTILE = '<img src=x onerror="window.__xss=1">'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

const header = () => screen.getByRole('heading', { level: 1 }).textContent

describe('App', () => {
  it('starts on the start screen with the main buttons by their exact names and the template gallery', async () => {
    renderApp()
    for (const name of ['New brief', 'Open article', 'Save', 'Export PDF']) {
      expect(screen.getAllByRole('button', { name })).toHaveLength(1)
    }
    const gallery = await screen.findByRole('radiogroup', { name: 'Template' })
    expect(
      within(gallery)
        .getAllByRole('radio')
        .map((radio) => (radio as HTMLInputElement).value),
    ).toEqual(['policy-brief', 'situation-report'])
    expect(screen.getByRole('heading', { name: 'Recent briefs' })).toBeTruthy()
    expect(document.title).toBe('Briefwright')
  })

  it('opens pasted text, drafts with the picked template and shows the three panes; nothing becomes HTML', async () => {
    const opened = openedArticle(HOSTILE)
    const host = renderApp(
      fakeHost({ openArticle: { articleId: 'a1', article: opened.article, analysis: opened.analysis } }),
    )
    await draft(host)
    expect(host.calls('openArticle')).toEqual([{ source: { kind: 'text', text: 'Some article text.' } }])
    expect(host.calls('draftBrief')).toEqual([{ articleIds: ['a1'], templateId: 'policy-brief' }])
    // happy-dom's window is 1024 px wide: the article pane starts folded there, and unfolds.
    expect(screen.queryByRole('region', { name: 'Article' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Article', expanded: false }))
    for (const pane of ['Article', 'Brief', 'Preview'])
      expect(screen.getByRole('region', { name: pane })).toBeTruthy()
    for (const name of ['New brief', 'Open article', 'Save', 'Export PDF', 'Add section'])
      expect(screen.getAllByRole('button', { name })).toHaveLength(1)
    await waitFor(() => expect(document.querySelector('canvas.pdf-page')).not.toBeNull())
    expect(document.querySelector('img:not([src="./favicon.png"])')).toBeNull()
    expect(screen.getByLabelText('Article text').textContent).toContain(HOSTILE)
  })

  it('opens an article file dropped on the start screen', async () => {
    const host = renderApp()
    const zone = (await screen.findByText('Drop an article file here')).parentElement!
    const file = new File(['Headline\n\nBody text.'], 'dropped.txt', { type: 'text/plain' })
    fireEvent.dragOver(zone, { dataTransfer: { files: [file], types: ['Files'] } })
    expect(zone.className).toContain('dragging')
    fireEvent.drop(zone, { dataTransfer: { files: [file], types: ['Files'] } })
    await screen.findByRole('list', { name: 'Open articles' })
    expect(host.calls('openArticle')).toEqual([
      {
        source: {
          kind: 'bytes',
          name: 'dropped.txt',
          bytes: new TextEncoder().encode('Headline\n\nBody text.'),
        },
      },
    ])
  })

  it('shows the dirty marker in the window title and the header until the brief is saved', async () => {
    const host = await draft(renderApp())
    expect(document.title).toBe('• Border talks resume — Briefwright')
    expect(header()).toBe('• Border talks resume — Briefwright')
    host.command('save')
    await waitFor(() => expect(document.title).toBe('Border talks resume — Briefwright'))
    expect(header()).toBe('Border talks resume — Briefwright')
    expect(host.shell.saveDocument).toHaveBeenCalledWith({
      text: '{"schemaVersion":1}',
      fileName: 'Border-talks-resume.brief',
      saveAs: false,
    })
    act(() => {
      const view = editorFor('background')!
      view.dispatch({ changes: { from: 0, insert: 'Now: ' }, userEvent: 'input.type' })
    })
    expect(document.title).toBe('• Border talks resume — Briefwright')
  })

  it('asks before New loses unsaved work: Cancel stays, Discard goes to the start screen', async () => {
    const host = await draft(renderApp())
    fireEvent.click(screen.getByRole('button', { name: 'New brief' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Unsaved changes' })
    expect(dialog.textContent).toContain(
      'Save the changes to “Border talks resume” before you start a new brief?',
    )
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(screen.getByRole('list', { name: 'Sections' })).toBeTruthy()
    host.command('new-brief')
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }),
    )
    await screen.findByRole('heading', { name: 'New brief from an article' })
    expect(host.shell.resetDocument).toHaveBeenCalled()
  })

  it('saves first when the user picks Save changes in the question', async () => {
    const host = await draft(renderApp())
    host.command('close-brief')
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Save changes' }),
    )
    await screen.findByRole('heading', { name: 'New brief from an article' })
    expect(host.shell.saveDocument).toHaveBeenCalledTimes(1)
  })

  it('autosaves a recovery copy shortly after an edit and discards it on save', async () => {
    const host = await draft(renderApp())
    await waitFor(() => expect(host.calls('saveRecovery')).toHaveLength(1), { timeout: 3000 })
    act(() => {
      const view = editorFor('background')!
      view.dispatch({ changes: { from: 0, insert: 'Edited. ' }, userEvent: 'input.type' })
    })
    await waitFor(() => expect(host.calls('saveRecovery')).toHaveLength(2), { timeout: 3000 })
    expect(host.calls('saveRecovery')[1]).toMatchObject({ id: 'recovery-1' })
    host.command('save')
    await waitFor(() => expect(host.calls('discardRecovery')).toEqual([{ id: 'recovery-1' }]))
  })

  it('offers a recovery copy on the start screen and restores it', async () => {
    const host = renderApp(
      fakeHost({
        listRecovery: [{ id: 'r-1', title: 'Lost work', savedAt: '2025-03-02T10:00:00.000Z', bytes: 10 }],
      }),
    )
    const offer = await screen.findByRole('region', { name: 'Recover unsaved work' })
    fireEvent.click(within(offer).getByRole('button', { name: 'Restore “Lost work”' }))
    await screen.findByRole('list', { name: 'Sections' })
    expect(host.calls('takeRecovery')).toEqual([{ id: 'r-1' }])
    expect(document.title.startsWith('• ')).toBe(true)
    // Its article is read back from the copy the brief keeps, and shown.
    const [source] = testBrief().sources
    await waitFor(() =>
      expect(host.calls('openArticle')).toEqual([
        {
          source: {
            kind: 'snapshot',
            snapshot: {
              id: source?.id,
              text: source?.text,
              title: source?.title,
              outlet: null,
              byline: null,
              date: null,
              url: null,
              retrievedAt: null,
            },
          },
        },
      ]),
    )
    const pane = screen.getByRole('region', { name: 'Article' })
    await waitFor(() =>
      expect(within(pane).getByRole('heading', { level: 3 }).textContent).toBe(source?.title),
    )
  })

  it('fetches a URL with a progress bar whose Cancel goes back to where it was', async () => {
    const host = fakeHost()
    host.transport.mockImplementation(
      (name: CallName) =>
        new Promise<CallResult>((resolve) => {
          if (name !== 'openArticle')
            resolve({
              ok: true,
              value: name === 'listTemplates' || name === 'listRecent' || name === 'listRecovery' ? [] : {},
            })
        }),
    )
    renderApp(host)
    fireEvent.change(screen.getByLabelText('Or its web address'), {
      target: { value: 'https://example.com/a' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
    expect(await screen.findByRole('progressbar', { name: 'Fetching the article' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect((await screen.findByRole('status')).textContent).toContain('Fetching the article cancelled.')
    expect(screen.queryByRole('progressbar')).toBeNull()
    expect(screen.queryByRole('list', { name: 'Open articles' })).toBeNull()
    expect((screen.getByLabelText('Or its web address') as HTMLInputElement).value).toBe(
      'https://example.com/a',
    )
  })

  it('shows a failure as a message the user can act on', async () => {
    const host = fakeHost()
    host.transport.mockImplementation(async (name: CallName) =>
      name === 'openArticle'
        ? { ok: false, error: { code: 'timeout', message: 'The job took longer than 45 s and was stopped.' } }
        : {
            ok: true,
            value: name === 'listTemplates' || name === 'listRecovery' || name === 'listRecent' ? [] : {},
          },
    )
    renderApp(host)
    fireEvent.change(screen.getByLabelText('Or its web address'), {
      target: { value: 'https://example.com/a' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not open the article: The job took longer than 45 s and was stopped. Try again; for a very long article, open a shorter excerpt.✕',
    )
  })

  it('runs menu commands and switches views from the palette', async () => {
    const host = await draft(renderApp())
    host.command('export-pdf')
    await waitFor(() =>
      expect(host.shell.savePdf).toHaveBeenCalledWith({
        bytes: expect.any(Uint8Array),
        fileName: 'brief.pdf',
      }),
    )
    host.command('command-palette')
    fireEvent.change(await screen.findByRole('combobox'), { target: { value: 'details' } })
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' })
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).toBe('true'),
    )
  })

  it('asks the browser to confirm leaving with unsaved work', async () => {
    await draft(renderApp())
    const event = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
  })
})
