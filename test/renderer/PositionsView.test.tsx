// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PositionsView } from '../../renderer/components/PositionsView'
import { SectionList } from '../../renderer/components/SectionList'
import { editorFor } from '../../renderer/editor/editor-registry'
import { bodyOf, renderWithServices, stateWith } from './harness'
import { openedArticle, testBrief } from './fixtures'

afterEach(cleanup)

function renderPositions() {
  return renderWithServices(
    <>
      <PositionsView />
      <SectionList />
    </>,
    { state: stateWith({ articles: [openedArticle()] }) },
  )
}

describe('the positions view', () => {
  it('lists the actors that speak, their stance and their quotes', () => {
    renderPositions()
    const table = screen.getByRole('table', { name: 'Actors and their positions' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'NorlandAnna Berg',
      'SudriaOmar HaddadNot in the brief',
    ])
    expect(
      (within(rows[0]).getByRole('textbox', { name: 'Stance of Norland' }) as HTMLInputElement).value,
    ).toBe('Wants a ceasefire soon.')
    expect(within(rows[0]).getByText('We want a ceasefire before the winter,')).toBeTruthy()
  })

  it('writes a stance edit into the Positions section, quotes and attribution kept, and its editor follows', () => {
    const { store } = renderPositions()
    fireEvent.change(screen.getByRole('textbox', { name: 'Stance of Norland' }), {
      target: { value: 'Wants a ceasefire before winter, then talks. ' },
    })
    const body = bodyOf(store.getState(), 'positions')
    expect(body).toBe(
      [
        '### Norland',
        '',
        '**Who speaks:** Anna Berg (foreign minister).',
        '',
        '**Stance:** Wants a ceasefire before winter, then talks.',
        '',
        '> “We want a ceasefire before the winter,”',
        '>',
        '> — Anna Berg',
      ].join('\n'),
    )
    expect(editorFor('positions')?.state.doc.toString()).toBe(body)
    expect((screen.getByRole('textbox', { name: 'Stance of Norland' }) as HTMLInputElement).value).toBe(
      'Wants a ceasefire before winter, then talks. ',
    )
  })

  it('adds a quoted actor with its quotes and provenance, removes one, and undo reverts each', () => {
    const { store, services } = renderPositions()
    fireEvent.click(screen.getByRole('button', { name: 'Add Sudria to the brief' }))
    expect(bodyOf(store.getState(), 'positions')).toContain(
      '### Sudria\n\n**Who speaks:** Omar Haddad.\n\n> “no agreement can ignore our security”\n>\n> — Omar Haddad',
    )
    const positions = store.getState().doc.brief!.sections.find((section) => section.id === 'positions')!
    expect(positions.provenance).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: 'Remove Norland from the brief' }))
    expect(bodyOf(store.getState(), 'positions')).not.toContain('### Norland')
    act(() => services.run('undo'))
    act(() => services.run('undo'))
    expect(bodyOf(store.getState(), 'positions')).toBe(testBrief().sections[2].body)
  })

  it('typing a stance for an actor not in the brief adds it', () => {
    const { store } = renderPositions()
    fireEvent.change(screen.getByRole('textbox', { name: 'Stance of Sudria' }), {
      target: { value: 'Security first.' },
    })
    expect(bodyOf(store.getState(), 'positions')).toContain(
      '### Sudria\n\n**Who speaks:** Omar Haddad.\n\n**Stance:** Security first.',
    )
  })

  it('offers to add a Positions section when the brief has none', () => {
    const brief = testBrief()
    brief.sections = brief.sections.filter((section) => section.kind !== 'positions')
    const { store } = renderWithServices(<PositionsView />, { state: stateWith({ brief }) })
    fireEvent.click(screen.getByRole('button', { name: 'Add a Positions section' }))
    expect(store.getState().doc.brief?.sections.some((section) => section.kind === 'positions')).toBe(true)
  })
})
