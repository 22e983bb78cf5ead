// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MetaForm } from '../../renderer/components/MetaForm'
import { Toolbar } from '../../renderer/components/Toolbar'
import { isDirty } from '../../renderer/state/document-history'
import { renderWithServices } from './harness'

afterEach(cleanup)

describe('the details form', () => {
  it.each([
    { label: 'Title', key: 'title', value: 'Geneva talks: a second round' },
    { label: 'Subtitle', key: 'subtitle', value: 'What changed on Monday' },
    { label: 'Author', key: 'author', value: 'J. Analyst' },
    { label: 'Organization', key: 'organization', value: 'Policy Lab' },
    { label: 'Date', key: 'date', value: '2025-04-02' },
    { label: 'Marking', key: 'marking', value: 'INTERNAL' },
  ])('edits the $label', ({ label, key, value }) => {
    const { store } = renderWithServices(<MetaForm />)
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
    expect(store.getState().doc.brief?.meta).toMatchObject({ [key]: value })
    expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe(value)
  })

  it('says where the organization prints: the band on page 1 and the footer', () => {
    renderWithServices(<MetaForm />)
    const field = screen.getByRole('textbox', { name: 'Organization' })
    expect(field.getAttribute('aria-describedby')).toBeTruthy()
    expect(
      screen.getByRole('textbox', { name: 'Organization', description: /band at the top of page 1/ }),
    ).toBe(field)
  })

  it('refuses a date that is not a date (the PDF needs one)', () => {
    const { store } = renderWithServices(<MetaForm />)
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: '' } })
    expect(store.getState().doc.brief?.meta.date).toBe('2025-03-01')
  })

  it('makes the brief dirty: the title bar shows the dot; one undo step per field while typing', () => {
    const { store, services } = renderWithServices(
      <>
        <Toolbar />
        <MetaForm />
      </>,
    )
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Border talks resume — Briefwright')
    const title = screen.getByLabelText('Title')
    fireEvent.change(title, { target: { value: 'Border talks' } })
    fireEvent.change(title, { target: { value: 'Border talks resume again' } })
    expect(isDirty(store.getState().doc)).toBe(true)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      '• Border talks resume again — Briefwright',
    )
    expect(store.getState().doc.past).toHaveLength(1)
    act(() => services.run('undo'))
    expect((title as HTMLInputElement).value).toBe('Border talks resume')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Border talks resume — Briefwright')
  })

  it('lists the sources as the PDF prints them', () => {
    renderWithServices(<MetaForm />)
    expect(screen.getByRole('heading', { name: 'Sources' })).toBeTruthy()
    const list = screen.getByRole('list', { name: 'Sources as printed' })
    expect(list.textContent).toContain('Border talks resume in Geneva.')
  })
})
