// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import { testBrief } from './fixtures'
import { fakeHost, TEST_TEMPLATE, draftPasted as draft, renderApp } from './harness'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
    texts: [''],
  })),
}))

afterEach(cleanup)

// The section cards: the list's own items (a card may hold lists of its own, e.g. its sources).
const headings = () =>
  [...screen.getByRole('list', { name: 'Sections' }).children].map((item) => item.getAttribute('aria-label'))

function withEmpty(ids: string[]): Brief {
  const brief = testBrief()
  return {
    ...brief,
    sections: brief.sections.map((section) =>
      ids.includes(section.id) ? { ...section, body: '' } : section,
    ),
  }
}

describe('the default template', () => {
  it.each([
    [null, 'policy-brief'],
    ['situation-report', 'situation-report'],
    ['gone-template', 'policy-brief'],
  ])('with lastTemplateId %s the start screen picks %s', async (last, expected) => {
    const host = fakeHost({
      listTemplates: [
        { id: 'decision-memo', name: 'Decision memo', description: 'Asks.', builtIn: true },
        { id: 'policy-brief', name: 'Policy brief', description: 'Takeaways first.', builtIn: true },
        { id: 'situation-report', name: 'Situation report', description: 'A sitrep.', builtIn: true },
      ],
      getSettings: { schemaVersion: 1, author: '', organization: '', lastTemplateId: last, window: null },
    })
    renderApp(host)
    await screen.findByRole('radio', { name: /Decision memo/ })
    const checked = screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)
    expect(checked.map((radio) => (radio as HTMLInputElement).value)).toEqual([expected])
  })
})

describe('the pinned summary', () => {
  it('is not pinned when the template lets it move: the PDF follows the editor’s order', async () => {
    await draft(renderApp())
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move “Background” up' })).toBeTruthy())
    expect(screen.queryByText(/Pinned first\./)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Move “Background” up' }))
    await waitFor(() => expect(headings()).toEqual(['Background', 'Key takeaways', 'Positions', 'Sources']))
  })

  it('stays first when its template wants it first, says why, and refuses moves that would unpin it', async () => {
    await draft(renderApp(fakeHost({ getTemplate: { ...TEST_TEMPLATE, summaryFirst: true } })))
    const list = screen.getByRole('list', { name: 'Sections' })
    const first = within(list).getAllByRole('listitem')[0]
    await waitFor(() => expect(within(first).getByText(/Pinned first\./)).toBeTruthy())
    const note = within(first).getByText(/Pinned first\./)
    expect(note.textContent).toBe('Pinned first. The Policy brief template puts “Key takeaways” first.')
    expect(first.getAttribute('aria-describedby')).toBe(note.id)

    const down = screen.getByRole('button', { name: 'Move “Key takeaways” down' })
    expect(down.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(down)
    expect(await screen.findByText(/“Key takeaways” stays first\./)).toBeTruthy()
    const up = screen.getByRole('button', { name: 'Move “Background” up' })
    expect(up.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(up)
    expect(await screen.findByText(/Nothing moves above “Key takeaways”\./)).toBeTruthy()
    expect(headings()).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])

    fireEvent.click(screen.getByRole('button', { name: 'Move “Positions” up' }))
    await waitFor(() => expect(headings()).toEqual(['Key takeaways', 'Positions', 'Background', 'Sources']))
  })
})

describe('Export with empty sections', () => {
  it('names them, and writes nothing on Cancel', async () => {
    const host = await draft(renderApp(fakeHost({ draftBrief: withEmpty(['background', 'positions']) })))
    host.command('export-pdf')
    const dialog = await screen.findByRole('alertdialog', { name: 'Empty sections' })
    expect(
      within(dialog).getByText('“Background” and “Positions” are empty and will be left out of the PDF.'),
    )
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(host.calls('exportPdf')).toEqual([])
    expect(host.shell.savePdf).not.toHaveBeenCalled()
  })

  it('exports on Export anyway', async () => {
    const host = await draft(renderApp(fakeHost({ draftBrief: withEmpty(['positions']) })))
    host.command('export-pdf')
    const dialog = await screen.findByRole('alertdialog', { name: 'Empty sections' })
    expect(within(dialog).getByText('“Positions” is empty and will be left out of the PDF.'))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export anyway' }))
    await waitFor(() => expect(host.shell.savePdf).toHaveBeenCalled())
  })

  it('asks nothing when every section has something to print', async () => {
    const host = await draft(renderApp())
    host.command('export-pdf')
    await waitFor(() => expect(host.shell.savePdf).toHaveBeenCalled())
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})
