// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { testBrief } from './fixtures'
import { DOCX, fakeHost, draftPasted as draft, renderApp } from './harness'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
    texts: [''],
  })),
}))

afterEach(cleanup)

// Export Word: the toolbar's button asks the api for the .docx of the brief on screen and hands the
// bytes to the shell (a download in the browser, a Save dialog on the desktop).

describe('Export Word', () => {
  it('exports the brief on screen with the toolbar’s button and saves it under the suggested name', async () => {
    const host = await draft(renderApp())
    fireEvent.click(screen.getByRole('button', { name: 'Export Word' }))
    await waitFor(() =>
      expect(host.shell.saveDocx).toHaveBeenCalledWith({ bytes: DOCX, fileName: 'brief.docx' }),
    )
    expect(host.calls('exportDocx')).toHaveLength(1)
    expect(host.shell.savePdf).not.toHaveBeenCalled()
    expect(await screen.findByText(/Exported brief\.docx\./)).toBeTruthy()
  })

  it('names the empty sections the Word document leaves out, and writes nothing on Cancel', async () => {
    const brief = testBrief()
    const withEmpty = {
      ...brief,
      sections: brief.sections.map((section) =>
        section.id === 'positions' ? { ...section, body: '' } : section,
      ),
    }
    const host = await draft(renderApp(fakeHost({ draftBrief: withEmpty })))
    host.command('export-docx')
    const dialog = await screen.findByRole('alertdialog', { name: 'Empty sections' })
    expect(within(dialog).getByText('“Positions” is empty and will be left out of the Word document.'))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(host.calls('exportDocx')).toEqual([])
    expect(host.shell.saveDocx).not.toHaveBeenCalled()
  })
})
