// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/components/App'
import { EditorLayout } from '../../renderer/components/EditorLayout'
import { deepActiveElement } from '../../renderer/editor/editor-registry'
import { openedArticle } from './fixtures'
import { fakeHost, renderWithServices, stateWith } from './harness'

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
  })),
}))

afterEach(cleanup)

function blurAll() {
  ;(deepActiveElement() as HTMLElement | null)?.blur()
}

describe('the start screen after an article opens', () => {
  it('sends the focus that fell to the page (the file picker closed) to Draft brief', async () => {
    const host = fakeHost()
    render(<App api={host.api} shell={host.shell} />)
    await screen.findByRole('radio', { name: /Policy brief/ })
    const input = screen.getByLabelText('Article file')
    blurAll()
    fireEvent.change(input, { target: { files: [new File(['Headline\n\nText.'], 'article.txt')] } })
    await screen.findByRole('list', { name: 'Open articles' })
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Draft brief' })),
    )
  })

  it('leaves the focus in a field the user is in', async () => {
    const host = fakeHost()
    render(<App api={host.api} shell={host.shell} />)
    await screen.findByRole('radio', { name: /Policy brief/ })
    const address = screen.getByLabelText('Or its web address')
    address.focus()
    fireEvent.change(address, { target: { value: 'https://example.com/a' } })
    fireEvent.keyDown(address, { key: 'Enter' })
    await screen.findByRole('list', { name: 'Open articles' })
    expect(document.activeElement).toBe(address)
  })
})

describe('Show in article with the article pane folded', () => {
  const article = () => screen.queryByRole('region', { name: 'Article' })
  const flashed = () => document.querySelectorAll('.article-body .flash').length

  it('unfolds the pane and flashes the passage; a click in the text neither unfolds nor flashes later', () => {
    Element.prototype.scrollIntoView = vi.fn()
    const { services } = renderWithServices(<EditorLayout api={fakeHost().api} />, {
      state: stateWith({ articles: [openedArticle()] }),
    })
    // happy-dom's window is 1024 px wide: the article pane starts folded.
    expect(article()).toBeNull()
    act(() => void services.edits.showInArticle('key-takeaways', 8))
    expect(article()).toBeNull()
    const toggle = screen.getByRole('button', { name: /Article$/ })
    fireEvent.click(toggle)
    expect(article()).toBeTruthy()
    expect(flashed()).toBe(0)

    fireEvent.click(toggle)
    expect(article()).toBeNull()
    const card = screen.getByRole('listitem', { name: 'Key takeaways' })
    fireEvent.click(within(card).getByRole('button', { name: 'Show in article' }))
    expect(article()).toBeTruthy()
    expect(flashed()).toBeGreaterThan(0)
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled()
  })
})
