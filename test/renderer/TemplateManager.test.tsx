// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TemplateManager } from '../../renderer/components/TemplateManager'
import { fakeTemplatesApi, makeTemplate } from './template-fakes'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 220, height: 285 }],
    outline: [],
    texts: [],
  })),
}))
const download = vi.hoisted(() => vi.fn())
vi.mock('../../renderer/download', () => ({ downloadFile: download }))

afterEach(() => {
  cleanup()
  download.mockReset()
})

function card(name: string): HTMLElement {
  return screen.getByRole('listitem', { name })
}

async function renderManager(options: { broken?: boolean } = {}) {
  const host = fakeTemplatesApi(options)
  const onEdit = vi.fn()
  render(<TemplateManager api={host.api} onEdit={onEdit} />)
  await screen.findByRole('listitem', { name: 'House style' })
  return { ...host, onEdit }
}

describe('TemplateManager', () => {
  it('shows each template with its first page, name and origin; built-ins cannot be renamed or deleted', async () => {
    const { api } = await renderManager()
    await waitFor(() => expect(screen.getAllByRole('img', { name: /^First page of / })).toHaveLength(3))
    expect(api.renderTemplatePreview.mock.calls.map(([input]) => input)).toEqual([
      { templateId: 'policy-brief' },
      { templateId: 'decision-memo' },
      { templateId: 'house-style' },
    ])
    const builtIn = card('Policy brief')
    expect(within(builtIn).getByText('Built-in')).toBeTruthy()
    expect(within(builtIn).queryByRole('button', { name: /Rename|Delete/ })).toBeNull()
    expect(within(builtIn).getByRole('button', { name: 'Duplicate Policy brief' })).toBeTruthy()
    const yours = card('House style')
    expect(within(yours).getByText('Yours')).toBeTruthy()
    for (const name of ['Rename', 'Duplicate', 'Export', 'Delete', 'Edit style of'])
      expect(within(yours).getByRole('button', { name: new RegExp(`^${name} House style`) })).toBeTruthy()
  })

  it('lists a broken file with its error and no actions', async () => {
    const { api } = await renderManager({ broken: true })
    const broken = card('broken')
    expect(broken.textContent).toContain('This template cannot be used: This template is not valid JSON.')
    expect(within(broken).queryAllByRole('button')).toEqual([])
    expect(api.renderTemplatePreview.mock.calls.some(([input]) => input.templateId === 'broken')).toBe(false)
  })

  it('renames a template of your own', async () => {
    const { api } = await renderManager()
    fireEvent.click(screen.getByRole('button', { name: 'Rename House style' }))
    const field = screen.getByLabelText('New name for House style')
    fireEvent.change(field, { target: { value: 'Ministry style' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }))
    await screen.findByRole('listitem', { name: 'Ministry style' })
    expect(api.renameTemplate).toHaveBeenCalledWith({ id: 'house-style', name: 'Ministry style' })
    expect(screen.getByRole('status').textContent).toContain('Renamed to “Ministry style”.')
  })

  it('duplicates a built-in template', async () => {
    const { api } = await renderManager()
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate Policy brief' }))
    await screen.findByRole('listitem', { name: 'Policy brief copy' })
    expect(api.duplicateTemplate).toHaveBeenCalledWith({ id: 'policy-brief' })
    expect(within(card('Policy brief copy')).getByText('Yours')).toBeTruthy()
  })

  it('deletes a template and brings it back with Undo', async () => {
    const { api } = await renderManager()
    const deleted = await api.getTemplate({ id: 'house-style' })
    fireEvent.click(screen.getByRole('button', { name: 'Delete House style' }))
    await waitFor(() => expect(screen.queryByRole('listitem', { name: 'House style' })).toBeNull())
    const toast = screen.getByRole('status')
    expect(toast.textContent).toContain('Deleted “House style”.')
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }))
    await screen.findByRole('listitem', { name: 'House style' })
    expect(api.saveTemplate).toHaveBeenCalledWith({ template: deleted })
  })

  it('imports a chosen file and reports a bad one in an alert', async () => {
    const { api } = await renderManager()
    const input = screen.getByLabelText('Import a template file')
    const good = new File([JSON.stringify(makeTemplate('imported', 'Imported'))], 'x.brieftemplate')
    fireEvent.change(input, { target: { files: [good] } })
    await screen.findByRole('listitem', { name: 'Imported' })
    expect(api.importTemplate).toHaveBeenCalledTimes(1)
    api.importTemplate.mockRejectedValueOnce(new Error('This template was saved by a newer Briefwright.'))
    fireEvent.change(input, { target: { files: [new File(['{}'], 'future.brieftemplate')] } })
    // The alert region is always there (a live region); its text comes with the failed import.
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('newer Briefwright'))
  })

  it('exports a template as a download', async () => {
    const { api } = await renderManager()
    fireEvent.click(screen.getByRole('button', { name: 'Export Policy brief' }))
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1))
    expect(api.exportTemplate).toHaveBeenCalledWith({ id: 'policy-brief' })
    expect(download.mock.calls[0]?.[1]).toBe('policy-brief.brieftemplate')
  })

  it('opens a template in the style editor', async () => {
    const { onEdit } = await renderManager()
    fireEvent.click(screen.getByRole('button', { name: 'View style of Decision memo' }))
    expect(onEdit).toHaveBeenCalledWith('decision-memo')
  })

  it('gives every control an accessible name', async () => {
    await renderManager({ broken: true })
    const controls = [...document.querySelectorAll('button, input, select')]
    expect(controls.length).toBeGreaterThan(10)
    for (const control of controls) {
      const name = control.getAttribute('aria-label') ?? control.textContent ?? ''
      expect(name.trim(), control.outerHTML).not.toBe('')
    }
  })
})
