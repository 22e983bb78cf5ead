// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PaneSplitter } from '../../renderer/components/PaneSplitter'
import {
  DEFAULT_SIZES,
  FOLD_ARTICLE_BELOW,
  PANE_LIMITS,
  readLayout,
  readSizes,
  useLayout,
} from '../../renderer/state/useLayout'

// A storage of the test's own: Node 25 and later define a global localStorage of their own (empty
// without --localstorage-file) that hides the DOM environment's.
const localStorage = memoryStorage()

function memoryStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  }
}

afterEach(() => {
  cleanup()
  localStorage.clear()
})

function Layout() {
  const { sizes, resize } = useLayout(localStorage)
  return (
    <PaneSplitter
      label="Resize the article pane"
      value={sizes.article}
      limits={PANE_LIMITS.article}
      onChange={(width) => resize('article', width)}
    />
  )
}

describe('the pane splitters', () => {
  it.each([
    { key: 'ArrowRight', shiftKey: false, expected: DEFAULT_SIZES.article + 16 },
    { key: 'ArrowLeft', shiftKey: true, expected: DEFAULT_SIZES.article - 64 },
    { key: 'Home', shiftKey: false, expected: PANE_LIMITS.article.min },
    { key: 'End', shiftKey: false, expected: PANE_LIMITS.article.max },
  ])('$key (shift: $shiftKey) resizes to $expected', ({ key, shiftKey, expected }) => {
    render(<Layout />)
    const splitter = screen.getByRole('separator', { name: 'Resize the article pane' })
    fireEvent.keyDown(splitter, { key, shiftKey })
    expect(splitter.getAttribute('aria-valuenow')).toBe(String(expected))
  })

  it('remembers the sizes and ignores unusable saved ones', async () => {
    render(<Layout />)
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'ArrowRight' })
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)))
    expect(readSizes(localStorage)).toEqual({ ...DEFAULT_SIZES, article: DEFAULT_SIZES.article + 16 })
    localStorage.setItem('briefwright.panes', '{"article":"wide"}')
    expect(readSizes(localStorage)).toEqual(DEFAULT_SIZES)
    localStorage.setItem('briefwright.panes', '{"article":5000,"editor":10}')
    expect(readSizes(localStorage)).toEqual({
      article: PANE_LIMITS.article.max,
      editor: PANE_LIMITS.editor.min,
    })
  })

  it.each([
    { saved: null, width: 1280, hidden: true },
    { saved: null, width: FOLD_ARTICLE_BELOW, hidden: false },
    { saved: '{"article":300,"editor":400}', width: 1280, hidden: true },
    { saved: '{"article":300,"editor":400,"articleHidden":false}', width: 1280, hidden: false },
    { saved: '{"article":300,"editor":400,"articleHidden":true}', width: 1920, hidden: true },
  ])('folds the article pane: saved $saved in a $width px window → $hidden', ({ saved, width, hidden }) => {
    const storage = { getItem: () => saved }
    expect(readLayout(storage, width).articleHidden).toBe(hidden)
  })
})
