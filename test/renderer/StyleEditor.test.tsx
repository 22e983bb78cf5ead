// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BriefSchema } from '../../main/brief/schema'
import { StyleEditor } from '../../renderer/components/StyleEditor'
import { fakeTemplatesApi, makeTemplate } from './template-fakes'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [1, 2, 3].map(() => ({ canvas: document.createElement('canvas'), width: 420, height: 543 })),
    outline: [],
    texts: [],
  })),
}))

afterEach(cleanup)

const brief = BriefSchema.parse({
  schemaVersion: 2,
  meta: { title: 'Border talks', date: '2025-03-01', templateId: 'house-style' },
  sections: [{ id: 'summary', kind: 'summary', heading: 'Key takeaways', body: 'x' }],
  sources: [],
})

function renderEditor(options: { builtIn?: boolean; withBrief?: boolean } = {}) {
  const host = fakeTemplatesApi()
  const template = options.builtIn
    ? makeTemplate('policy-brief', 'Policy brief')
    : makeTemplate('house-style', 'House style', { organization: 'House' })
  const onSaved = vi.fn()
  const onDuplicated = vi.fn()
  render(
    <StyleEditor
      api={host.api}
      template={template}
      builtIn={options.builtIn ?? false}
      brief={options.withBrief === false ? null : brief}
      onSaved={onSaved}
      onDuplicated={onDuplicated}
    />,
  )
  return { ...host, template, onSaved, onDuplicated }
}

// One control per style field, found by its accessible name.
const LABELS = [
  'Page size',
  'Top margin',
  'Right margin',
  'Bottom margin',
  'Left margin',
  'Body font',
  'Heading font',
  'Body size',
  'Line spacing',
  'Organization',
  'Accent colour',
  'Upload a logo (PNG or JPEG, up to 1 MB)',
  'Print a header',
  'Header left',
  'Header centre',
  'Header right',
  'Footer left',
  'Footer centre',
  'Footer right',
  'Header on the first page',
  'Footer on the first page',
  'Marking',
  'Marking colour',
  'Watermark',
  'Summary sections in a box',
  'Number the sections (1., 2., …)',
  'Table of contents',
  'Estimative language box',
]

function pngFile(name = 'logo.png', size = 64): File {
  const bytes = new Uint8Array(size)
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return new File([bytes], name, { type: 'image/png' })
}

describe('StyleEditor', () => {
  it('has a named control for every style field, showing the template’s values', () => {
    renderEditor()
    for (const label of LABELS) expect(screen.getByLabelText(label), label).toBeTruthy()
    expect((screen.getByLabelText('Organization') as HTMLInputElement).value).toBe('House')
    expect((screen.getByLabelText('Footer right') as HTMLInputElement).value).toBe('Page {page} of {pages}')
    expect((screen.getByLabelText('Body font') as HTMLSelectElement).value).toBe('serif')
  })

  it('says where the contents and the summary box go, as the PDF lays them out', () => {
    renderEditor()
    expect(
      screen.getByRole('checkbox', {
        name: 'Table of contents',
        description: /after a summary box that opens the brief, or else after the masthead/,
      }),
    ).toBeTruthy()
    expect(
      screen.getByRole('checkbox', {
        name: 'Summary sections in a box',
        description: /where the summary stands/,
      }),
    ).toBeTruthy()
  })

  it('previews the open brief in the edited style, once the edits have paused for 300 ms', async () => {
    const { api } = renderEditor()
    await waitFor(() => expect(api.renderPdf).toHaveBeenCalledTimes(1))
    fireEvent.change(screen.getByLabelText('Body font'), { target: { value: 'sans' } })
    fireEvent.click(screen.getByLabelText('Table of contents'))
    fireEvent.change(screen.getByLabelText('Header centre'), { target: { value: '{marking}' } })
    fireEvent.change(screen.getByLabelText('Body size'), { target: { value: '12' } })
    expect(api.renderPdf).toHaveBeenCalledTimes(1)
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(api.renderPdf).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(api.renderPdf).toHaveBeenCalledTimes(2))
    const [input] = api.renderPdf.mock.calls[1] ?? []
    // The brief's own text, with the marking and organization the style prints.
    expect(input?.brief).toEqual({ ...brief, meta: { ...brief.meta, marking: '', organization: 'House' } })
    expect(input?.style).toMatchObject({
      bodyFont: 'sans',
      tableOfContents: true,
      bodySize: 12,
      header: { left: '{title}', center: '{marking}', right: '{date}' },
    })
    await waitFor(() =>
      expect(screen.getAllByRole('img', { name: /^Preview, page \d of 3$/ })).toHaveLength(3),
    )
  })

  it('previews the sample brief through renderTemplatePreview when no brief is open', async () => {
    const { api, template } = renderEditor({ withBrief: false })
    await waitFor(() => expect(api.renderTemplatePreview).toHaveBeenCalledTimes(1))
    expect(api.renderTemplatePreview).toHaveBeenCalledWith({ template })
    expect(api.renderPdf).not.toHaveBeenCalled()
  })

  it('prints the marking and organization being edited on the open brief’s preview', async () => {
    const { api } = renderEditor()
    await waitFor(() => expect(api.renderPdf).toHaveBeenCalledTimes(1))
    fireEvent.change(screen.getByLabelText('Marking'), { target: { value: 'OFFICIAL' } })
    fireEvent.change(screen.getByLabelText('Organization'), { target: { value: 'Ministry' } })
    await waitFor(() => expect(api.renderPdf).toHaveBeenCalledTimes(2))
    expect(api.renderPdf.mock.calls[1]?.[0]?.brief.meta).toMatchObject({
      title: 'Border talks',
      marking: 'OFFICIAL',
      organization: 'Ministry',
    })
  })

  it('saves the edited style into the template', async () => {
    const { api, template, onSaved } = renderEditor()
    const save = screen.getByRole('button', { name: 'Save style' }) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    fireEvent.change(screen.getByLabelText('Page size'), { target: { value: 'a4' } })
    fireEvent.change(screen.getByLabelText('Marking'), { target: { value: 'UNCLASSIFIED' } })
    fireEvent.click(screen.getByLabelText('Header on the first page'))
    fireEvent.click(save)
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1))
    expect(api.saveTemplate).toHaveBeenCalledWith({
      template: {
        ...template,
        style: {
          ...template.style,
          pageSize: 'a4',
          marking: 'UNCLASSIFIED',
          firstPage: { header: true, footer: true },
        },
      },
    })
    expect(await screen.findByText('Saved “House style”.')).toBeTruthy()
  })

  it('opens a built-in read-only, with Duplicate to edit', async () => {
    const { api, onDuplicated } = renderEditor({ builtIn: true })
    expect(screen.getByRole('note').textContent).toContain('“Policy brief” is built in and read-only')
    // Disabled through their fieldset (happy-dom does not apply that to `:disabled`; a browser does).
    for (const label of LABELS)
      expect(screen.getByLabelText(label).closest('fieldset[disabled]'), label).not.toBeNull()
    expect(screen.queryByRole('button', { name: 'Save style' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate to edit' }))
    await waitFor(() =>
      expect(onDuplicated).toHaveBeenCalledWith(expect.objectContaining({ id: 'policy-brief-copy' })),
    )
    expect(api.duplicateTemplate).toHaveBeenCalledWith({ id: 'policy-brief' })
  })

  it.each([
    { name: 'a PNG', file: pngFile(), error: null },
    {
      name: 'a GIF',
      file: new File(['GIF89a'], 'logo.gif', { type: 'image/png' }),
      error: 'logo.gif is neither a PNG nor a JPEG image.',
    },
    { name: 'a 2 MB PNG', file: pngFile('big.png', 2 * 1024 * 1024), error: 'big.png is larger than 1 MB.' },
  ])('takes $name as the logo, or says why not', async ({ file, error }) => {
    const { api } = renderEditor()
    fireEvent.change(screen.getByLabelText('Upload a logo (PNG or JPEG, up to 1 MB)'), {
      target: { files: [file] },
    })
    if (error) {
      expect((await screen.findByRole('alert')).textContent).toBe(error)
      expect(screen.queryByRole('img', { name: 'House logo' })).toBeNull()
      return
    }
    const image = (await screen.findByRole('img', { name: 'House logo' })) as HTMLImageElement
    expect(image.src).toMatch(/^data:image\/png;base64,iVBORw0KGgo/)
    await waitFor(() =>
      expect(api.renderPdf.mock.calls.at(-1)?.[0]?.style?.logo?.mediaType).toBe('image/png'),
    )
    fireEvent.click(screen.getByRole('button', { name: 'Remove logo' }))
    expect(screen.queryByRole('img', { name: 'House logo' })).toBeNull()
  })
})
