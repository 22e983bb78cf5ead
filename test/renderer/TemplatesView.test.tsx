// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallInput } from '../../main/api/contract'
import type { Brief } from '../../main/brief/schema'
import type { Template } from '../../main/templates/schema'
import type { TemplateListing } from '../../renderer/state/app-state'
import { fakeHost, PDF, draftPasted as draft, renderApp as renderHarnessApp } from './harness'
import { makeTemplate } from './template-fakes'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
    texts: [''],
  })),
}))

afterEach(cleanup)

/** A host with two built-ins and one user template; the list follows renames and saves. */
function templatesHost() {
  const templates = new Map<string, Template>([
    ['policy-brief', makeTemplate('policy-brief', 'Policy brief')],
    ['situation-report', makeTemplate('situation-report', 'Situation report')],
    ['house-style', makeTemplate('house-style', 'House style', { organization: 'House' })],
  ])
  const builtIn = new Set(['policy-brief', 'situation-report'])
  const listings = (): TemplateListing[] =>
    [...templates.values()].map((template) => ({
      id: template.id,
      name: template.name,
      description: template.description,
      builtIn: builtIn.has(template.id),
    }))
  const host = fakeHost({
    listTemplates: () => listings(),
    getTemplate: (input: unknown) => templates.get((input as { id: string }).id),
    renderTemplatePreview: { bytes: PDF, pages: 1, warnings: [] },
    renameTemplate: (input: unknown) => {
      const { id, name } = input as CallInput<'renameTemplate'>
      const renamed = { ...templates.get(id)!, name }
      templates.set(id, renamed)
      return renamed
    },
    saveBriefAsTemplate: (input: unknown) => {
      const { name } = input as CallInput<'saveBriefAsTemplate'>
      const saved = makeTemplate('bar-test-org', name)
      templates.set(saved.id, saved)
      return saved
    },
    // Like the host: the template's one section takes the summary, the other sections are kept.
    changeTemplate: (input: unknown) => {
      const { brief, templateId } = input as { brief: Brief; templateId: string }
      const [summary, ...rest] = brief.sections
      return {
        ...brief,
        meta: { ...brief.meta, templateId, marking: 'UNCLASSIFIED' },
        sections: [{ ...summary, heading: 'Current situation' }, ...rest],
      } satisfies Brief
    },
  })
  return { ...host, templates }
}

function renderApp(host = templatesHost()) {
  return renderHarnessApp(host)
}

const sectionHeadings = () =>
  within(screen.getByRole('list', { name: 'Sections' }))
    .getAllByRole('listitem')
    .filter((item) => item.parentElement?.getAttribute('aria-label') === 'Sections')
    .map((item) => item.getAttribute('aria-label'))

describe('the Templates view', () => {
  it('opens from the start screen in place of it; Back and Escape return with the pasted text kept', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /House style/ })
    fireEvent.change(screen.getByLabelText('Or paste the article’s text'), {
      target: { value: 'Half-pasted text.' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Manage templates…' }))
    const view = await screen.findByRole('main', { name: 'Templates' })
    await within(view).findByRole('listitem', { name: 'House style' })
    expect(screen.queryByRole('main', { name: 'Start' })).toBeNull()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Back to the start' }))

    // A rename in the gallery reaches the start screen's list on the way back.
    fireEvent.click(within(view).getByRole('button', { name: 'Rename House style' }))
    fireEvent.change(within(view).getByLabelText('New name for House style'), {
      target: { value: 'Our style' },
    })
    fireEvent.click(within(view).getByRole('button', { name: 'Save name' }))
    await within(view).findByRole('listitem', { name: 'Our style' })

    fireEvent.click(screen.getByRole('button', { name: 'Back to the start' }))
    expect(screen.queryByRole('main', { name: 'Templates' })).toBeNull()
    expect((screen.getByLabelText('Or paste the article’s text') as HTMLTextAreaElement).value).toBe(
      'Half-pasted text.',
    )
    await screen.findByRole('radio', { name: /Our style/ })

    host.command('manage-templates')
    await screen.findByRole('main', { name: 'Templates' })
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('main', { name: 'Templates' })).toBeNull())
    expect(screen.getByRole('main', { name: 'Start' })).toBeTruthy()
  })

  it('edits a template’s style previewing the open brief, and Back twice finds the brief as it was', async () => {
    const host = await draft(renderApp())
    host.command('manage-templates')
    const view = await screen.findByRole('main', { name: 'Templates' })
    expect(screen.queryByRole('list', { name: 'Sections' })).toBeNull()
    fireEvent.click(await within(view).findByRole('button', { name: 'Edit style of House style' }))
    await screen.findByRole('heading', { name: 'Page style · House style' })
    expect(screen.getByText('Previewing “Border talks resume”.')).toBeTruthy()
    await waitFor(() =>
      expect(host.calls('renderPdf')).toContainEqual({
        brief: expect.objectContaining({ meta: expect.objectContaining({ title: 'Border talks resume' }) }),
        style: expect.objectContaining({ organization: 'House' }),
      }),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Back to templates' }))
    await within(view).findByRole('listitem', { name: 'House style' })
    fireEvent.click(screen.getByRole('button', { name: 'Back to the brief' }))
    expect(sectionHeadings()).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])
    expect(document.title).toBe('• Border talks resume — Briefwright')
  })

  it('asks before Back drops an unsaved style: Cancel stays, Discard leaves', async () => {
    renderApp()
    fireEvent.click(await screen.findByRole('button', { name: 'Manage templates…' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Edit style of House style' }))
    expect(await screen.findByText('Previewing the sample brief.')).toBeTruthy()
    fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'Ministry' } })
    fireEvent.keyDown(screen.getByLabelText('Organization'), { key: 'Escape' })
    const dialog = await screen.findByRole('alertdialog', { name: 'Unsaved style' })
    expect(within(dialog).queryByRole('button', { name: 'Save changes' })).toBeNull()
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect((screen.getByLabelText('Organization') as HTMLInputElement).value).toBe('Ministry')
    fireEvent.click(screen.getByRole('button', { name: 'Back to templates' }))
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }),
    )
    await screen.findByRole('listitem', { name: 'House style' })
    expect(screen.queryByRole('heading', { name: /^Page style/ })).toBeNull()
  })
})

describe('Save as template…', () => {
  it('asks for the name in a dialog, saves the brief as a template and names it in the status line', async () => {
    const host = await draft(renderApp())
    host.command('save-as-template')
    const dialog = await screen.findByRole('dialog', { name: 'Save as template' })
    const name = within(dialog).getByLabelText('Template name')
    expect(document.activeElement).toBe(name)
    const save = within(dialog).getByRole('button', { name: 'Save template' }) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    fireEvent.change(name, { target: { value: '  Bar Test Org ' } })
    expect(save.disabled).toBe(false)
    fireEvent.submit(name.closest('form')!)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    await screen.findByText(/^Saved the template “Bar Test Org” \(bar-test-org\)\./)
    expect(host.calls('saveBriefAsTemplate')).toEqual([
      {
        brief: expect.objectContaining({ meta: expect.objectContaining({ title: 'Border talks resume' }) }),
        name: 'Bar Test Org',
      },
    ])
  })

  it('does nothing when the dialog is cancelled with Escape', async () => {
    const host = await draft(renderApp())
    host.command('save-as-template')
    const name = within(await screen.findByRole('dialog', { name: 'Save as template' })).getByLabelText(
      'Template name',
    )
    fireEvent.change(name, { target: { value: 'Never saved' } })
    fireEvent.keyDown(name, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(host.calls('saveBriefAsTemplate')).toEqual([])
    expect(screen.getByRole('list', { name: 'Sections' })).toBeTruthy()
  })
})

describe('Change template…', () => {
  it('replaces the brief through the history: dirty, undoable, sections with no match kept', async () => {
    const host = await draft(renderApp())
    host.command('save')
    await waitFor(() => expect(document.title).toBe('Border talks resume — Briefwright'))

    host.command('change-template')
    const dialog = await screen.findByRole('dialog', { name: 'Change template' })
    const current = within(dialog).getByRole('radio', { name: /Policy brief/ }) as HTMLInputElement
    expect(current.checked).toBe(true)
    expect(current.parentElement?.textContent).toContain('Current')
    const change = within(dialog).getByRole('button', { name: 'Change template' }) as HTMLButtonElement
    expect(change.disabled).toBe(true)
    fireEvent.click(within(dialog).getByRole('radio', { name: /Situation report/ }))
    fireEvent.click(change)

    await waitFor(() =>
      expect(sectionHeadings()).toEqual(['Current situation', 'Background', 'Positions', 'Sources']),
    )
    expect(host.calls('changeTemplate')).toEqual([
      { brief: expect.objectContaining({ sections: expect.any(Array) }), templateId: 'situation-report' },
    ])
    expect(document.title).toBe('• Border talks resume — Briefwright')
    expect(
      screen.getByText(
        'Changed the template to “Situation report”. 3 sections it has no place for are kept at the end. Undo changes it back.',
      ),
    ).toBeTruthy()

    expect(host.calls('getTemplate').at(-1)).toEqual({ id: 'situation-report' })

    host.command('undo')
    await waitFor(() =>
      expect(sectionHeadings()).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources']),
    )
    expect(document.title).toBe('Border talks resume — Briefwright')
    // The editors' guidance follows the template the brief is back on.
    expect(host.calls('getTemplate').at(-1)).toEqual({ id: 'policy-brief' })
  })

  it('changes nothing when the picker is cancelled', async () => {
    const host = await draft(renderApp())
    host.command('change-template')
    const dialog = await screen.findByRole('dialog', { name: 'Change template' })
    fireEvent.click(within(dialog).getByRole('radio', { name: /House style/ }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(host.calls('changeTemplate')).toEqual([])
    expect(sectionHeadings()).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])
  })
})
