// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Shell } from '../../renderer/api'
import { SectionList } from '../../renderer/components/SectionList'
import { editorFor } from '../../renderer/editor/editor-registry'
import { useServices } from '../../renderer/state/useAppState'
import { useShortcuts } from '../../renderer/state/useShortcuts'
import { bodyOf, fakeHost, headings, renderWithServices, TEST_TEMPLATE } from './harness'

function Shortcuts({ shell }: { shell: Shell }) {
  useShortcuts(useServices(), shell)
  return null
}

function renderSections() {
  const host = fakeHost()
  return renderWithServices(
    <>
      <Shortcuts shell={host.shell} />
      <SectionList />
    </>,
    { host },
  )
}

const ctrl = (key: string, shiftKey = false) => ({ key, ctrlKey: true, shiftKey })

afterEach(cleanup)

describe('the section list', () => {
  it('shows each section with its heading, toolbar, labelled editor and word count', () => {
    renderSections()
    const list = screen.getByRole('list', { name: 'Sections' })
    // The cards only: the Sources card holds a list of its own.
    const items = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === list)
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      'Key takeaways',
      'Background',
      'Positions',
      'Sources',
    ])
    const background = items[1]
    expect(within(background).getByRole('toolbar', { name: 'Formatting of “Background”' })).toBeTruthy()
    for (const name of ['Bold', 'Italic', 'Bullet list', 'Numbered list', 'Quote', 'Link'])
      expect(within(background).getByRole('button', { name })).toBeTruthy()
    const host = background.querySelector<HTMLElement>('.editor-host')!
    const content = host.shadowRoot!.querySelector('[role="textbox"]')!
    expect(content.getAttribute('aria-label')).toBe('Background')
    expect(within(background).getByText('5 words')).toBeTruthy()
  })

  it('shows the template’s guidance as the placeholder of an empty section', () => {
    const { store } = renderSections()
    act(() =>
      store.dispatch({
        type: 'brief-template',
        template: TEST_TEMPLATE,
      }),
    )
    const view = editorFor('background')!
    act(() =>
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: '' }, userEvent: 'delete' }),
    )
    expect(view.dom.querySelector('.cm-placeholder')?.textContent).toBe('What happened before.')
  })

  it('adds a section after the current one and puts the focus on its heading', () => {
    const { store } = renderSections()
    store.dispatch({ type: 'active-section', id: 'background' })
    fireEvent.click(screen.getByRole('button', { name: 'Add section' }))
    expect(headings(store.getState())).toEqual([
      'Key takeaways',
      'Background',
      'New section',
      'Positions',
      'Sources',
    ])
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Heading of section 3' }))
  })

  it('removes a section, and undo (Ctrl+Z) brings it back; redo removes it again', () => {
    const { store } = renderSections()
    fireEvent.click(screen.getByRole('button', { name: 'Remove “Background”' }))
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Positions', 'Sources'])
    expect(store.getState().ui.notice?.text).toBe('Removed “Background”. Undo brings it back.')
    fireEvent.keyDown(window, ctrl('z'))
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])
    expect(bodyOf(store.getState(), 'background')).toBe('The talks stalled last year.')
    fireEvent.keyDown(window, ctrl('Z', true))
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Positions', 'Sources'])
  })

  it('renames a section as the user types and relabels its editor', () => {
    const { store } = renderSections()
    const field = screen.getByRole('textbox', { name: 'Heading of section 2' })
    fireEvent.change(field, { target: { value: 'Context ' } })
    expect(headings(store.getState())[1]).toBe('Context')
    expect((field as HTMLInputElement).value).toBe('Context ')
    const host = screen.getByRole('listitem', { name: 'Context' }).querySelector<HTMLElement>('.editor-host')!
    expect(host.shadowRoot!.querySelector('[role="textbox"]')!.getAttribute('aria-label')).toBe('Context')
    fireEvent.change(field, { target: { value: '' } })
    expect(headings(store.getState())[1]).toBe('Context')
    expect((field as HTMLInputElement).value).toBe('')
  })

  it('reorders with Alt+Arrow keys on the focused section, keeping the focus; undo restores the order', () => {
    const { store } = renderSections()
    const handle = screen.getByRole('button', { name: 'Reorder “Key takeaways”' })
    handle.focus()
    fireEvent.keyDown(handle, { key: 'ArrowDown', altKey: true })
    expect(headings(store.getState())).toEqual(['Background', 'Key takeaways', 'Positions', 'Sources'])
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reorder “Key takeaways”' }))
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown', altKey: true })
    expect(headings(store.getState())).toEqual(['Background', 'Positions', 'Key takeaways', 'Sources'])
    expect(store.getState().ui.notice?.text).toBe('Moved “Key takeaways” to position 3 of 4.')
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp', altKey: true })
    expect(headings(store.getState())).toEqual(['Background', 'Key takeaways', 'Positions', 'Sources'])
    act(() => (document.activeElement as HTMLElement).blur())
    fireEvent.keyDown(window, ctrl('z'))
    fireEvent.keyDown(window, ctrl('z'))
    fireEvent.keyDown(window, ctrl('z'))
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])
  })

  it('moves with the up and down buttons; the first cannot go up', () => {
    const { store } = renderSections()
    fireEvent.click(screen.getByRole('button', { name: 'Move “Key takeaways” up' }))
    expect(headings(store.getState())[0]).toBe('Key takeaways')
    fireEvent.click(screen.getByRole('button', { name: 'Move “Sources” up' }))
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Background', 'Sources', 'Positions'])
  })

  it('undoes typing with Ctrl+Z in the editor and structural edits with Ctrl+Z outside, in one history', () => {
    const { store } = renderSections()
    fireEvent.click(screen.getByRole('button', { name: 'Move “Sources” up' }))
    const view = editorFor('background')!
    act(() => {
      view.dispatch({
        changes: { from: view.state.doc.length, insert: ' Both sides agreed.' },
        userEvent: 'input.type',
      })
    })
    expect(bodyOf(store.getState(), 'background')).toBe('The talks stalled last year. Both sides agreed.')
    // Ctrl+Z in the editor: the typing goes, the editor shows it.
    fireEvent.keyDown(view.contentDOM, ctrl('z'))
    expect(bodyOf(store.getState(), 'background')).toBe('The talks stalled last year.')
    expect(view.state.doc.toString()).toBe('The talks stalled last year.')
    // Ctrl+Z outside: the move goes too.
    fireEvent.keyDown(window, ctrl('z'))
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])
    fireEvent.keyDown(window, ctrl('y'))
    fireEvent.keyDown(view.contentDOM, ctrl('Z', true))
    expect(view.state.doc.toString()).toBe('The talks stalled last year. Both sides agreed.')
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Background', 'Sources', 'Positions'])
  })

  it('formats the selection with the toolbar (bold, bullet list, link)', () => {
    const { store } = renderSections()
    const view = editorFor('background')!
    act(() => view.dispatch({ selection: { anchor: 4, head: 9 } }))
    const card = screen.getByRole('listitem', { name: 'Background' })
    fireEvent.click(within(card).getByRole('button', { name: 'Bold' }))
    expect(bodyOf(store.getState(), 'background')).toBe('The **talks** stalled last year.')
    fireEvent.click(within(card).getByRole('button', { name: 'Bullet list' }))
    expect(bodyOf(store.getState(), 'background')).toBe('- The **talks** stalled last year.')
    act(() => view.dispatch({ selection: { anchor: view.state.doc.length } }))
    fireEvent.click(within(card).getByRole('button', { name: 'Link' }))
    expect(bodyOf(store.getState(), 'background')).toBe(
      '- The **talks** stalled last year.[link text](https://)',
    )
  })
})
