// @vitest-environment happy-dom
import { cleanup, createEvent, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../renderer/components/App'
import { ARTICLE_ACCEPT, ARTICLE_EXTENSIONS } from '../../main/common/article-files'
import { formatForName } from '../../main/article/sniff'
import { parseArticleAddress, unsupportedFileMessage } from '../../renderer/state/article-input'
import { fakeHost } from './harness'

// Every way in leads to a draft: pasted text, a chosen or dropped file, a web address with Enter;
// a mistake gets a one-line answer and what was typed stays.

vi.mock('../../renderer/pdf/render-pages', () => ({
  drawPdfPages: vi.fn(async () => ({
    pages: [{ canvas: document.createElement('canvas'), width: 600, height: 800 }],
    outline: [],
    texts: [''],
  })),
}))

afterEach(() => cleanup())

function renderApp(host = fakeHost()) {
  render(<App api={host.api} shell={host.shell} />)
  return host
}

const draftButton = () => screen.getByRole('button', { name: 'Draft brief' }) as HTMLButtonElement
const textField = () => screen.getByLabelText('Or paste the article’s text') as HTMLTextAreaElement
const addressField = () => screen.getByLabelText('Or its web address') as HTMLInputElement

function paste(field: HTMLElement, text: string) {
  const event = createEvent.paste(field, { clipboardData: { getData: () => text } })
  fireEvent(field, event)
}

describe('opening an article', () => {
  it('opens pasted text at once, so Draft brief is the next step', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /Policy brief/ })
    expect(draftButton().disabled).toBe(true)
    paste(textField(), 'Talks resume\n\nDiplomats met on Monday.')
    await screen.findByRole('list', { name: 'Open articles' })
    expect(host.calls('openArticle')).toEqual([
      { source: { kind: 'text', text: 'Talks resume\n\nDiplomats met on Monday.' } },
    ])
    await waitFor(() => expect(draftButton().disabled).toBe(false))
  })

  it('says so when the clipboard holds no text, and opens nothing', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /Policy brief/ })
    paste(textField(), '   ')
    expect(await screen.findByText(/The clipboard holds no text/)).toBeTruthy()
    expect(host.calls('openArticle')).toEqual([])
  })

  it('opens typed text with Control+Enter', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /Policy brief/ })
    fireEvent.change(textField(), { target: { value: 'Typed article.' } })
    fireEvent.keyDown(textField(), { key: 'Enter', ctrlKey: true })
    await screen.findByRole('list', { name: 'Open articles' })
    expect(host.calls('openArticle')).toEqual([{ source: { kind: 'text', text: 'Typed article.' } }])
  })

  it('opens a web address with Enter, adding https:// to a bare one', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /Policy brief/ })
    fireEvent.change(addressField(), { target: { value: 'news.example.org/talks' } })
    fireEvent.keyDown(addressField(), { key: 'Enter' })
    await screen.findByRole('list', { name: 'Open articles' })
    expect(host.calls('openArticle')).toEqual([
      { source: { kind: 'url', url: 'https://news.example.org/talks' } },
    ])
    expect(addressField().value).toBe('')
  })

  it('keeps a bad address in its field and says what a good one looks like', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /Policy brief/ })
    fireEvent.change(addressField(), { target: { value: 'not an address' } })
    fireEvent.keyDown(addressField(), { key: 'Enter' })
    expect(await screen.findByText(/is not a web address: it should look like https:/)).toBeTruthy()
    expect(addressField().value).toBe('not an address')
    expect(host.calls('openArticle')).toEqual([])
  })

  it('opens a file dropped anywhere on the window, and refuses one it cannot read by name', async () => {
    const host = renderApp()
    await screen.findByRole('radio', { name: /Policy brief/ })
    const drop = (file: File) => {
      const event = new Event('drop', { bubbles: true, cancelable: true })
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } })
      window.dispatchEvent(event)
      return event
    }
    const refused = drop(new File(['x'], 'budget.xlsx'))
    expect(refused.defaultPrevented).toBe(true)
    expect(await screen.findByText(/“budget.xlsx” is not a file Briefwright reads/)).toBeTruthy()
    drop(new File(['Headline\n\nBody.'], 'article.txt', { type: 'text/plain' }))
    await screen.findByRole('list', { name: 'Open articles' })
    expect(host.calls('openArticle')).toEqual([
      { source: { kind: 'bytes', name: 'article.txt', bytes: expect.any(Uint8Array) } },
    ])
  })
})

describe('checks before an article is sent', () => {
  it.each([
    { typed: 'https://example.com/a', result: { url: 'https://example.com/a' } },
    { typed: '  example.com/a  ', result: { url: 'https://example.com/a' } },
    { typed: 'http://127.0.0.1:8080/story', result: { url: 'http://127.0.0.1:8080/story' } },
    { typed: '', result: { error: expect.stringMatching(/first/) } },
    { typed: 'ftp://example.com/a', result: { error: expect.stringMatching(/Only http and https/) } },
    { typed: 'hello world', result: { error: expect.stringMatching(/is not a web address/) } },
    { typed: 'javascript:alert(1)', result: { error: expect.stringMatching(/Only http and https/) } },
  ])('“$typed”', ({ typed, result }) => {
    expect(parseArticleAddress(typed)).toEqual(result)
  })

  it.each([
    ['story.TXT', null],
    ['page.html', null],
    ['saved.brief', null],
    ['sheet.xlsx', expect.stringMatching(/not a file Briefwright reads/)],
    ['noextension', expect.stringMatching(/not a file Briefwright reads/)],
  ])('file %s', (name, message) => {
    expect(unsupportedFileMessage(name)).toEqual(message)
  })
})

describe('recent briefs', () => {
  it('are listed by title, and one from a browser says the file picker opens it', async () => {
    const host = renderApp(
      fakeHost({
        listRecent: [
          { name: 'Talks.brief', title: 'Talks resume', path: null, openedAt: '2025-03-02T10:00:00.000Z' },
        ],
      }),
    )
    const entry = await screen.findByRole('button', { name: /^Talks resume/ })
    expect(entry.getAttribute('aria-describedby')).toBeTruthy()
    fireEvent.click(entry)
    expect(await screen.findByText(/Pick “Talks.brief” in the file picker/)).toBeTruthy()
    expect(host.shell.openDocument).not.toHaveBeenCalled()
  })
})

describe('the files the app lets a user pick are the files the readers read', () => {
  it.each(Object.entries(ARTICLE_EXTENSIONS))('a .%s file is taken and read as %s', (extension, format) => {
    expect(unsupportedFileMessage(`story.${extension.toUpperCase()}`)).toBeNull()
    expect(formatForName(`story.${extension}`)).toBe(format)
    expect(ARTICLE_ACCEPT.split(',')).toContain(`.${extension}`)
  })

  it('takes a saved brief, and refuses a type the readers do not read', () => {
    expect(unsupportedFileMessage('mine.brief')).toBeNull()
    expect(unsupportedFileMessage('story.odt')).toMatch(/is not a file Briefwright reads/)
    expect(formatForName('story.odt')).toBeNull()
    // Names of an object's own machinery are not extensions.
    expect(formatForName('story.constructor')).toBeNull()
    expect(unsupportedFileMessage('story.toString')).toMatch(/is not a file Briefwright reads/)
  })
})
