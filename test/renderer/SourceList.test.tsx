// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Source } from '../../main/brief/schema'
import { SourceList } from '../../renderer/components/SourceList'
import { setSourceField } from '../../renderer/state/source-edits'
import { testBrief } from './fixtures'
import { renderWithServices, stateWith } from './harness'

// The Sources section in the editor shows each source as the PDF prints it, and its fields edit the
// brief's sources (one undo step per field burst).

afterEach(() => cleanup())

const SOURCE: Source = {
  id: 'seed',
  title: 'Talks resume in Riyadh',
  outlet: 'The Daily Ledger',
  byline: 'A. Reporter',
  date: '2025-03-14',
  url: 'https://ledger.example/talks',
  retrievedAt: '2025-03-15T08:00:00.000Z',
  text: null,
  sha256: null,
}

function withSources(sources: Source[]) {
  return stateWith({ brief: { ...testBrief(), sources } })
}

describe('the sources list', () => {
  it('prints what the PDF prints: title, outlet, byline, date, address and retrieval date', () => {
    renderWithServices(<SourceList />, { state: withSources([SOURCE]) })
    const list = screen.getByRole('list', { name: 'Sources as printed' })
    expect(within(list).getByRole('listitem').querySelector('.source-printed')?.textContent).toBe(
      'Talks resume in Riyadh. The Daily Ledger, A. Reporter, 14 March 2025.https://ledger.example/talks · Retrieved 15 March 2025.',
    )
  })

  it('says so when there are none', () => {
    renderWithServices(<SourceList />, { state: withSources([]) })
    expect(screen.getByText(/No sources are listed/)).toBeTruthy()
  })

  it('edits a field into the brief’s sources, and Undo takes it back', () => {
    const { store, services } = renderWithServices(<SourceList />, { state: withSources([SOURCE]) })
    fireEvent.click(screen.getByRole('button', { name: 'Edit source 1' }))
    fireEvent.change(screen.getByLabelText('Outlet'), { target: { value: 'Ledger Weekly' } })
    expect(store.getState().doc.brief?.sources[0].outlet).toBe('Ledger Weekly')
    expect(screen.getByText('Ledger Weekly')).toBeTruthy()
    services.workspace.undo()
    expect(store.getState().doc.brief?.sources[0].outlet).toBe('The Daily Ledger')
  })
})

describe('setSourceField', () => {
  it.each([
    { field: 'outlet' as const, value: '  ', expected: null },
    { field: 'outlet' as const, value: 'Wire', expected: 'Wire' },
    { field: 'date' as const, value: 'x'.repeat(600), expected: 'x'.repeat(500) },
  ])('$field ← “$value”', ({ field, value, expected }) => {
    const brief = { ...testBrief(), sources: [SOURCE] }
    expect(setSourceField(brief, 'seed', field, value).sources[0][field]).toBe(expected)
  })

  it('returns the same brief when nothing changes or the source is unknown', () => {
    const brief = { ...testBrief(), sources: [SOURCE] }
    expect(setSourceField(brief, 'seed', 'outlet', 'The Daily Ledger')).toBe(brief)
    expect(setSourceField(brief, 'other', 'outlet', 'X')).toBe(brief)
  })
})
