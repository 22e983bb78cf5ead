// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CONFIDENCE_LEVELS, LIKELIHOOD_BANDS } from '../../main/common/icd-203'
import { SectionList } from '../../renderer/components/SectionList'
import { editorFor } from '../../renderer/editor/editor-registry'
import { renderWithServices } from './harness'

afterEach(cleanup)

function openMenu() {
  const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Background”' })
  fireEvent.click(within(toolbar).getByRole('button', { name: 'Estimative language' }))
  return screen.getByRole('menu', { name: 'Estimative language' })
}

describe('the estimative-language menu', () => {
  it('offers the seven bands of one ICD 203 scale and the three confidence levels', () => {
    renderWithServices(<SectionList />)
    const terms = within(openMenu())
      .getAllByRole('menuitem')
      .map((item) => item.firstChild?.textContent?.trim())
    expect(terms).toEqual([...LIKELIHOOD_BANDS.map((band) => band.likelihood[0]), ...CONFIDENCE_LEVELS])
  })

  it('puts the picked term in place of the selection, and closes', () => {
    const { store } = renderWithServices(<SectionList />)
    const view = editorFor('background')
    if (!view) throw new Error('no Background editor')
    const first = view.state.doc.line(1)
    const word = /^\S+/.exec(first.text)?.[0] ?? ''
    act(() => view.dispatch({ selection: { anchor: 0, head: word.length } }))
    fireEvent.click(within(openMenu()).getByRole('menuitem', { name: /^very likely/ }))
    const body = store.getState().doc.brief?.sections.find((section) => section.id === 'background')?.body
    expect(body?.startsWith(`very likely${first.text.slice(word.length)}`)).toBe(true)
    expect(screen.queryByRole('menu', { name: 'Estimative language' })).toBeNull()
  })

  it('closes on Escape with the focus back on its button', () => {
    renderWithServices(<SectionList />)
    const menu = openMenu()
    const item = within(menu).getAllByRole('menuitem')[0]
    item?.focus()
    fireEvent.keyDown(item!, { key: 'ArrowDown' })
    expect(document.activeElement?.textContent).toMatch(/^very unlikely/)
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' })
    expect(screen.queryByRole('menu')).toBeNull()
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Estimative language')
  })
})
