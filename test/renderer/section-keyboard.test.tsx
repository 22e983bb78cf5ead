// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { rovingTarget } from '../../renderer/components/FormatToolbar'
import { SectionList } from '../../renderer/components/SectionList'
import { deepActiveElement, editorFor } from '../../renderer/editor/editor-registry'
import { EditorLayout } from '../../renderer/components/EditorLayout'
import { openedArticle, testBrief } from './fixtures'
import { fakeHost, headings, renderWithServices } from './harness'

const FORMATS = ['Bold', 'Italic', 'Bullet list', 'Numbered list', 'Quote', 'Link']

afterEach(cleanup)

/** The buttons of a section's formatting toolbar the Tab key stops at. */
function tabStops(toolbar: HTMLElement): string[] {
  return within(toolbar)
    .getAllByRole('button')
    .filter((button) => button.tabIndex === 0)
    .map((button) => button.getAttribute('aria-label') ?? '')
}

describe('keyboard in the sections', () => {
  it('a formatting toolbar is one Tab stop; arrows, Home and End move inside it and it remembers', () => {
    renderWithServices(<SectionList />)
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Background”' })
    expect(tabStops(toolbar)).toEqual(['Bold'])
    within(toolbar).getByRole('button', { name: 'Bold' }).focus()
    const press = (key: string) => fireEvent.keyDown(document.activeElement!, { key })
    press('ArrowRight')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Italic')
    press('End')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Estimative language')
    press('ArrowRight')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Bold')
    press('ArrowLeft')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Estimative language')
    press('Home')
    press('ArrowRight')
    press('ArrowRight')
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Bullet list')
    // Tab leaves and comes back to the button last used.
    expect(tabStops(toolbar)).toEqual(['Bullet list'])
  })

  it('a toolbar button run by the keyboard formats the text', () => {
    const { store } = renderWithServices(<SectionList />)
    const view = editorFor('background')!
    act(() => view.dispatch({ selection: { anchor: 0, head: view.state.doc.line(1).length } }))
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting of “Background”' })
    within(toolbar).getByRole('button', { name: 'Bold' }).focus()
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' })
    fireEvent.click(document.activeElement!)
    expect(store.getState().doc.brief?.sections[1].body.startsWith('*')).toBe(true)
    expect(store.getState().doc.brief?.sections[1].body.startsWith('**')).toBe(false)
  })

  it.each(FORMATS.map((name, index) => [name, index] as const))('roving keys from %s', (_name, index) => {
    expect(rovingTarget('ArrowRight', index, FORMATS.length)).toBe((index + 1) % FORMATS.length)
    expect(rovingTarget('ArrowLeft', index, FORMATS.length)).toBe(
      (index - 1 + FORMATS.length) % FORMATS.length,
    )
    expect(rovingTarget('Home', index, FORMATS.length)).toBe(0)
    expect(rovingTarget('End', index, FORMATS.length)).toBe(FORMATS.length - 1)
    expect(rovingTarget('a', index, FORMATS.length)).toBeNull()
  })

  it('Alt+↓ and Alt+↑ in a section’s text move the section and keep the caret in its text', () => {
    const { store } = renderWithServices(<SectionList />)
    const view = editorFor('key-takeaways')!
    act(() => {
      view.focus()
      view.dispatch({ selection: { anchor: 3 } })
    })
    const before = view.state.doc.toString()
    fireEvent.keyDown(view.contentDOM, { key: 'ArrowDown', altKey: true })
    expect(headings(store.getState())).toEqual(['Background', 'Key takeaways', 'Positions', 'Sources'])
    // The section moved, not a line inside it.
    expect(view.state.doc.toString()).toBe(before)
    expect(store.getState().ui.notice?.text).toBe('Moved “Key takeaways” to position 2 of 4.')
    expect(view.hasFocus).toBe(true)
    expect(deepActiveElement()).toBe(view.contentDOM)
    expect(view.state.selection.main.empty).toBe(true)
    fireEvent.keyDown(view.contentDOM, { key: 'ArrowUp', altKey: true })
    expect(headings(store.getState())).toEqual(['Key takeaways', 'Background', 'Positions', 'Sources'])
  })

  it('a loaded or drafted brief puts the caret in its first section’s text, with nothing selected', () => {
    const { store } = renderWithServices(<SectionList />)
    // A request left from the last document (a new section's heading to rename) must not win.
    act(() => store.dispatch({ type: 'focus-section', sectionId: 'background', target: 'heading' }))
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Heading of section 2' }))
    const brief = testBrief()
    act(() => store.dispatch({ type: 'load', brief: { ...brief }, fileName: null, dirty: true }))
    const view = editorFor('key-takeaways')!
    expect(deepActiveElement()).toBe(view.contentDOM)
    expect(view.state.selection.main.empty).toBe(true)
    expect(view.state.selection.main.head).toBe(0)
  })
})

describe('an article opened beside the brief', () => {
  it('unfolds the article pane and, when the focus fell to the page, puts it in the section’s text', () => {
    const host = fakeHost()
    const { store } = renderWithServices(<EditorLayout api={host.api} />, { host })
    // happy-dom's window is 1024 px wide: the article pane starts folded.
    expect(screen.queryByRole('region', { name: 'Article' })).toBeNull()
    act(() => {
      ;(deepActiveElement() as HTMLElement | null)?.blur()
      store.dispatch({ type: 'active-section', id: 'background' })
      store.dispatch({ type: 'article-opened', opened: { ...openedArticle(), articleId: 'second' } })
    })
    expect(screen.getByRole('region', { name: 'Article' })).toBeTruthy()
    expect(deepActiveElement()).toBe(editorFor('background')!.contentDOM)
  })
})
