// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ArticlePane } from '../../renderer/components/ArticlePane'
import { bodyOf, renderWithServices, stateWith } from './harness'
import { openedArticle } from './fixtures'

const HOSTILE =
  '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script><a href="javascript:alert(1)">x</a>'

afterEach(cleanup)

function renderPane(hostile = '') {
  return renderWithServices(<ArticlePane />, { state: stateWith({ articles: [openedArticle(hostile)] }) })
}

/** Selects article text the way a user's drag would, inside the run that holds it. */
async function select(text: string) {
  const body = screen.getByLabelText('Article text')
  const run = [...body.querySelectorAll('[data-at]')].find((element) => element.textContent?.includes(text))!
  const node = run.firstChild!
  const start = node.textContent!.indexOf(text)
  const range = document.createRange()
  range.setStart(node, start)
  range.setEnd(node, start + text.length)
  const selection = document.getSelection()!
  selection.removeAllRanges()
  selection.addRange(range)
  document.dispatchEvent(new Event('selectionchange'))
  await waitFor(() =>
    expect((screen.getByRole('button', { name: 'Insert as quote' }) as HTMLButtonElement).disabled).toBe(
      false,
    ),
  )
}

describe('the article pane', () => {
  it('shows the structure with quotes (and their speakers) and actors marked, all as text', () => {
    renderPane()
    expect(screen.getByRole('heading', { name: 'Border talks resume in Geneva' })).toBeTruthy()
    const quoteEnd = document.querySelector('[data-speaker]')!
    expect(quoteEnd.getAttribute('data-speaker')).toBe('Anna Berg')
    expect(quoteEnd.className).toContain('quote-run')
    const actors = [...document.querySelectorAll('.actor-run')].map((element) => element.textContent)
    expect(actors).toEqual(['Norland', 'Sudria', 'Norland', 'Sudria'])
  })

  it('never turns article text into HTML', () => {
    renderPane(HOSTILE)
    expect(document.querySelector('img, script, a[href]')).toBeNull()
    expect(screen.getByLabelText('Article text').textContent).toContain(HOSTILE)
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('<script>')
    expect((window as Window & { __xss?: number }).__xss).toBeUndefined()
  })

  it('inserts a selection inside a known quote as a quote with its speaker and provenance', async () => {
    const { store } = renderPane()
    act(() => store.dispatch({ type: 'active-section', id: 'background' }))
    await select('We want a ceasefire')
    fireEvent.click(screen.getByRole('button', { name: 'Insert as quote' }))
    const state = store.getState()
    expect(bodyOf(state, 'background')).toBe(
      'The talks stalled last year.\n\n> “We want a ceasefire”\n>\n> — Anna Berg',
    )
    const { article } = openedArticle()
    const start = article.text.indexOf('We want a ceasefire')
    expect(state.doc.brief!.sections[1].provenance).toEqual([
      { sourceId: article.id, start, end: start + 19 },
    ])
    expect(state.ui.notice?.text).toBe('Inserted the quote into “Background”.')
  })

  it('cites the article when the selection is not a known quote', async () => {
    const { store } = renderPane()
    act(() => store.dispatch({ type: 'active-section', id: 'background' }))
    await select('Analysts expect a second round')
    fireEvent.click(screen.getByRole('button', { name: 'Insert as quote' }))
    expect(bodyOf(store.getState(), 'background')).toContain(
      '> “Analysts expect a second round”\n>\n> — *Border talks resume in Geneva*',
    )
  })

  it('maps a selection that starts and ends on element boundaries (a whole quote) to article offsets', async () => {
    const { store } = renderPane()
    act(() => store.dispatch({ type: 'active-section', id: 'background' }))
    const run = document.querySelector('[data-speaker="Omar Haddad"]')!
    const range = document.createRange()
    range.selectNodeContents(run)
    document.getSelection()!.removeAllRanges()
    document.getSelection()!.addRange(range)
    document.dispatchEvent(new Event('selectionchange'))
    const button = screen.getByRole('button', { name: 'Insert as quote' }) as HTMLButtonElement
    await waitFor(() => expect(button.disabled).toBe(false))
    fireEvent.click(button)
    expect(bodyOf(store.getState(), 'background')).toContain(
      '> “no agreement can ignore our security”\n>\n> — Omar Haddad',
    )
  })

  it('scrolls to and flashes where a drafted sentence came from', () => {
    const scrollIntoView = vi.fn()
    Element.prototype.scrollIntoView = scrollIntoView
    const { services } = renderPane()
    act(() => void services.edits.showInArticle('key-takeaways', 8))
    const flashed = [...document.querySelectorAll('.flash')].map((element) => element.textContent).join('')
    expect(flashed).toBe(openedArticle().article.blocks[0].text)
    expect(scrollIntoView).toHaveBeenCalled()
  })

  it('explains when the article of a brief is not open', () => {
    renderWithServices(<ArticlePane />)
    expect(screen.getByText('The article of this brief is not open.')).toBeTruthy()
  })
})
