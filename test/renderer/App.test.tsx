// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallName } from '../../main/api/contract'
import type { CallResult } from '../../main/api/dispatch'
import type { Brief } from '../../main/brief/schema'
import type { CommandId } from '../../main/electron/commands'
import { createApi } from '../../renderer/api'
import type { Shell } from '../../renderer/api'
import { App } from '../../renderer/components/App'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => [{ canvas: document.createElement('canvas'), width: 600, height: 800 }]),
}))

const hostile = '<img src=x onerror="alert(1)">'
const brief: Brief = {
  schemaVersion: 1,
  meta: {
    title: hostile,
    subtitle: '',
    author: '',
    organization: '',
    date: '2025-03-01',
    marking: '',
    templateId: 'policy-brief',
  },
  sections: [
    { id: 'summary', kind: 'summary', heading: 'Key takeaways', body: 'x', provenance: [] },
    { id: 'background', kind: 'background', heading: 'Background', body: 'y', provenance: [] },
  ],
  sources: [],
}
const pdf = new Uint8Array([37, 80, 68, 70, 45])

function fakeHost() {
  const answers: Partial<Record<CallName, unknown>> = {
    listTemplates: [{ id: 'policy-brief', name: 'Policy brief', description: '', builtIn: true }],
    getSettings: { schemaVersion: 1, author: '', lastTemplateId: null, window: null },
    listRecovery: [],
    openArticle: {
      articleId: 'a1',
      article: { meta: { title: hostile, origin: 'pasted text' }, warnings: [] },
      analysis: { actors: [1, 2], quotes: [1] },
    },
    draftBrief: brief,
    renderPdf: { bytes: pdf, pages: 1, warnings: [] },
    exportPdf: { bytes: pdf, pages: 1, warnings: [], fileName: 'brief.pdf' },
    saveBrief: { text: '{}', fileName: 'brief.brief' },
    setSettings: {},
    addRecent: [],
  }
  const transport = vi.fn(async (name: CallName): Promise<CallResult> => ({
    ok: true,
    value: answers[name] ?? {},
  }))
  let listener: ((command: CommandId) => void) | null = null
  const shell: Shell = {
    kind: 'browser',
    saveDocument: vi.fn(async ({ fileName }) => fileName),
    savePdf: vi.fn(async ({ fileName }) => fileName),
    openDocument: vi.fn(async () => null),
    resetDocument: vi.fn(async () => undefined),
    takePendingDocument: vi.fn(async () => null),
    onCommand: (callback) => {
      listener = callback
      return () => {
        listener = null
      }
    },
  }
  return { api: createApi(transport), transport, shell, command: (id: CommandId) => listener?.(id) }
}

afterEach(cleanup)

describe('App', () => {
  it('has the document buttons by their exact names', async () => {
    const host = fakeHost()
    render(<App api={host.api} shell={host.shell} />)
    for (const name of ['New brief', 'Open article', 'Save', 'Export PDF']) {
      expect(screen.getByRole('button', { name })).toBeTruthy()
    }
    await waitFor(() => expect(screen.getByRole('option', { name: 'Policy brief' })).toBeTruthy())
  })

  it('opens pasted text, drafts, previews, exports and saves; article text never becomes HTML', async () => {
    const host = fakeHost()
    render(<App api={host.api} shell={host.shell} />)
    await waitFor(() => expect(screen.getByRole('option', { name: 'Policy brief' })).toBeTruthy())
    fireEvent.change(screen.getByLabelText('Or paste the text'), { target: { value: 'Some article text.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Open articles' })).getByText(hostile)).toBeTruthy(),
    )
    expect(host.transport).toHaveBeenCalledWith('openArticle', {
      source: { kind: 'text', text: 'Some article text.' },
    })

    fireEvent.click(screen.getByRole('button', { name: 'Draft brief' }))
    const sections = await screen.findByRole('list', { name: 'Sections' })
    expect(
      within(sections)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Key takeaways', 'Background'])
    expect(host.transport).toHaveBeenCalledWith('draftBrief', {
      articleIds: ['a1'],
      templateId: 'policy-brief',
    })
    await waitFor(() => expect(document.querySelector('canvas.pdf-page')).not.toBeNull())
    expect(document.querySelector('img')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }))
    await waitFor(() =>
      expect(host.shell.savePdf).toHaveBeenCalledWith({ bytes: pdf, fileName: 'brief.pdf' }),
    )
    host.command('save')
    await waitFor(() =>
      expect(host.shell.saveDocument).toHaveBeenCalledWith({
        text: '{}',
        fileName: 'brief.brief',
        saveAs: false,
      }),
    )
    host.command('save-as')
    await waitFor(() =>
      expect(host.shell.saveDocument).toHaveBeenLastCalledWith({
        text: '{}',
        fileName: 'brief.brief',
        saveAs: true,
      }),
    )
  })

  it('shows a failed call as an alert', async () => {
    const host = fakeHost()
    host.transport.mockImplementation(async (name: CallName) =>
      name === 'openArticle'
        ? { ok: false, error: { code: 'timeout', message: 'The job took longer than 45 s and was stopped.' } }
        : { ok: true, value: name === 'listTemplates' || name === 'listRecovery' ? [] : {} },
    )
    render(<App api={host.api} shell={host.shell} />)
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Open article' }) as HTMLButtonElement).disabled).toBe(
        false,
      ),
    )
    fireEvent.change(screen.getByLabelText('Or its address'), { target: { value: 'https://example.com/a' } })
    fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The job took longer than 45 s and was stopped.',
    )
  })

  it('undoes a draft with the undo command', async () => {
    const host = fakeHost()
    render(<App api={host.api} shell={host.shell} />)
    await waitFor(() => expect(screen.getByRole('option', { name: 'Policy brief' })).toBeTruthy())
    fireEvent.change(screen.getByLabelText('Or paste the text'), { target: { value: 'Text.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Open article' }))
    await screen.findByRole('list', { name: 'Open articles' })
    fireEvent.click(screen.getByRole('button', { name: 'Draft brief' }))
    await screen.findByRole('list', { name: 'Sections' })
    ;(document.activeElement as HTMLElement | null)?.blur()
    host.command('undo')
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Sections' })).toBeNull())
    host.command('redo')
    await screen.findByRole('list', { name: 'Sections' })
  })
})
