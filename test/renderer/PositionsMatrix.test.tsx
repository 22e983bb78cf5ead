// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PositionsView } from '../../renderer/components/PositionsView'
import { bodyOf, renderWithServices, stateWith } from './harness'
import { openedArticle, testBrief } from './fixtures'

afterEach(cleanup)

const MATRIX = [
  '| Actor | Stance | Key words | Where |',
  '| --- | --- | --- | --- |',
  '| Norland | conditions | “We want a ceasefire” | ¶ 2 |',
].join('\n')

function renderWithMatrix() {
  const brief = testBrief()
  const sections = brief.sections.map((section) =>
    section.id === 'positions' ? { ...section, body: `${MATRIX}\n\n${section.body}` } : section,
  )
  return renderWithServices(<PositionsView />, {
    state: stateWith({ brief: { ...brief, sections }, articles: [openedArticle()] }),
  })
}

describe('the positions view’s matrix', () => {
  it('shows the section’s matrix rows with their stance label, key words and place', () => {
    renderWithMatrix()
    const table = screen.getByRole('table', { name: 'Positions matrix' })
    const row = within(table).getAllByRole('row')[1]
    expect(within(row).getByRole('rowheader').textContent).toBe('Norland')
    expect(
      (within(row).getByRole('combobox', { name: 'Stance label of Norland' }) as HTMLSelectElement).value,
    ).toBe('conditions')
    expect(
      (within(row).getByRole('textbox', { name: 'Key words of Norland' }) as HTMLInputElement).value,
    ).toBe('“We want a ceasefire”')
    expect(within(row).getByText('¶ 2')).toBeTruthy()
  })

  it('writes a label and key words into the table of the section, which stays once and first', () => {
    const { store } = renderWithMatrix()
    fireEvent.change(screen.getByRole('combobox', { name: 'Stance label of Norland' }), {
      target: { value: 'welcomes' },
    })
    fireEvent.change(screen.getByRole('textbox', { name: 'Key words of Norland' }), {
      target: { value: 'a ceasefire *before* winter' },
    })
    const body = bodyOf(store.getState(), 'positions')
    expect(body.split('\n')[2]).toBe('| Norland | welcomes | a ceasefire \\*before\\* winter | ¶ 2 |')
    expect(body.split('| Actor |')).toHaveLength(2)
    expect(body).toContain('### Norland\n\n**Who speaks:** Anna Berg (foreign minister).')
  })

  it('drops the row with the actor when the actor is removed', () => {
    const { store } = renderWithMatrix()
    fireEvent.click(screen.getByRole('button', { name: 'Remove Norland from the brief' }))
    // The last row gone, no empty table is left to print.
    expect(bodyOf(store.getState(), 'positions')).not.toContain('|')
    expect(screen.queryByRole('table', { name: 'Positions matrix' })).toBeNull()
  })
})
