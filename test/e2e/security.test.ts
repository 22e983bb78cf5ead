import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tool } from '../helpers/cli'
import { startSession, waitOrExplain, exportPdfAs } from './browser-session'
import type { Session } from './browser-session'

// Script in articles and in section text must never run: React text nodes only, no HTML from
// content, and the CSP as a second wall. A CSP report (something blocked) is acceptable; a set
// `window.__xss`, a dialog or an element with an event handler from content is not.
const VECTORS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">click me</a>',
  '<svg/onload=window.__xss=1>',
  '<IMG SRC="javascript:window.__xss=1;">',
  '<IMG SRC=JaVaScRiPt:window.__xss=1>',
  '<a href="jav&#x09;ascript:window.__xss=1">tab</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<body onload=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '"><script>window.__xss=1</script>',
  '<img src=x onerror=&#x77;indow.__xss=1>',
  '<div style="background:url(javascript:window.__xss=1)">styled</div>',
  '<details open ontoggle=window.__xss=1>toggle</details>',
  '[link](javascript:window.__xss=1) ![img](javascript:window.__xss=1)',
]

const HEADLINE = 'Hostile headline <img src=x onerror="window.__xss=1"> in the news'

function hostileText(): string {
  const paragraphs = VECTORS.map(
    (vector, index) =>
      `The minister of Norland spoke on day ${index + 1}. “We reject ${vector} entirely,” said Anna Berg, the foreign minister of Norland.`,
  )
  return [HEADLINE, ...paragraphs].join('\n\n')
}

function hostileHtml(): string {
  const body = VECTORS.map(
    (vector) => `<p>Officials of Sudria met today. ${vector} The talks went on.</p>`,
  ).join('\n')
  return `<!doctype html><html><head><title>Hostile page</title><script>window.__xss=1</script></head><body onload="window.__xss=1"><article><h1>Hostile page <img src=x onerror="window.__xss=1"></h1>${body}</article></body></html>`
}

/** Everything in the page (shadow roots included) that could run script or load from content. */
function dangers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        const tag = element.tagName.toLowerCase()
        if (['iframe', 'object', 'embed', 'details', 'math', 'base'].includes(tag)) found.push(tag)
        if (tag === 'form' && element.hasAttribute('action')) found.push('form[action]')
        if (tag === 'script' && !(element as HTMLScriptElement).src.includes('/assets/')) found.push('script')
        // The app's icon, and CodeMirror's empty spacer images (no source), are the only images.
        const image = element as HTMLImageElement
        if (tag === 'img' && image.hasAttribute('src') && !image.src.endsWith('/favicon.png'))
          found.push(`img ${element.outerHTML.slice(0, 120)}`)
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) found.push(`${tag}[${attribute.name}]`)
          if (/^\s*javascript:/i.test(attribute.value)) found.push(`${tag}[${attribute.name}=javascript:]`)
        }
        if (element.shadowRoot) visit(element.shadowRoot)
      }
    }
    visit(document)
    return found
  })
}

const xss = (page: Page) => page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
  await page.goto(session.url)
  await page.getByRole('radio', { name: /^Policy brief/ }).check()
})

afterAll(async () => {
  await session?.close()
})

describe('hostile content never runs', () => {
  it('in pasted article text: shown as text in the start screen and the article pane', async () => {
    await page.getByLabel('Or paste the article’s text').fill(hostileText())
    await page.getByRole('button', { name: 'Open article' }).click()
    await waitOrExplain(
      page,
      page.getByRole('list', { name: 'Open articles' }).getByText(HEADLINE),
      'open pasted',
    )
    await page.getByRole('button', { name: 'Draft brief' }).click()
    await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'draft pasted')
    await waitOrExplain(page, page.locator('canvas.pdf-page'), 'preview pasted')
    const article = (await page.getByLabel('Article text').textContent()) ?? ''
    for (const vector of VECTORS) expect(article).toContain(vector)
    expect(await page.getByRole('heading', { name: HEADLINE, exact: true }).count()).toBe(1)
    expect(await dangers(page)).toEqual([])
    expect(await xss(page)).toBeUndefined()
  })

  it('in the positions view, inserted quotes and the details form', async () => {
    await page.getByRole('tab', { name: 'Positions' }).click()
    expect(await page.getByRole('table', { name: 'Actors and their positions' }).textContent()).toContain(
      VECTORS[1],
    )
    await page.getByRole('tab', { name: 'Details' }).click()
    await page.getByLabel('Title', { exact: true }).fill(`Brief ${VECTORS[0]} ${VECTORS[1]}`)
    await page.getByRole('tab', { name: 'Sections' }).click()
    await page.evaluate(() => {
      const run = document.querySelector('.article-body .quote-run')!
      const range = document.createRange()
      range.selectNodeContents(run)
      document.getSelection()!.removeAllRanges()
      document.getSelection()!.addRange(range)
    })
    await page.getByRole('button', { name: 'Insert as quote' }).click()
    await expect.poll(() => page.evaluate(() => document.title)).toContain('<img src=x')
    expect(await dangers(page)).toEqual([])
    expect(await xss(page)).toBeUndefined()
  })

  it('in section text typed by the user, through the preview and the export', async () => {
    const editor = page.getByRole('textbox', { name: 'Key takeaways', exact: true })
    await editor.click()
    await page.keyboard.press('Control+End')
    for (const vector of VECTORS) {
      await page.keyboard.press('Enter')
      await page.keyboard.press('Enter')
      await page.keyboard.insertText(vector)
    }
    expect(await editor.textContent()).toContain(VECTORS[VECTORS.length - 1])
    await page.waitForTimeout(1500)
    await waitOrExplain(page, page.locator('canvas.pdf-page'), 'preview typed')
    const exported = await exportPdfAs(page, session, 'hostile-typed.pdf')
    expect(tool('pdftotext', [exported, '-'])).toMatch(/key takeaways/i)
    expect(await dangers(page)).toEqual([])
    expect(await xss(page)).toBeUndefined()
  })

  it('in an HTML article file', async () => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open article' }).click()
    await (
      await chooser
    ).setFiles({ name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(hostileHtml()) })
    await waitOrExplain(page, page.getByRole('status').getByText(/^Opened “Hostile page/), 'open html')
    await page.getByLabel('Article shown').selectOption({ label: 'Hostile page' })
    const article = (await page.getByLabel('Article text').textContent()) ?? ''
    expect(article).toContain('Officials of Sudria met today.')
    expect(await dangers(page)).toEqual([])
    expect(await xss(page)).toBeUndefined()
  })

  it('ran no script: no errors, no dialogs; CSP reports, if any, are blocks', () => {
    expect(session.problems).toEqual([])
    // Blocked attempts would be listed here; nothing in the DOM asked for any, so none are expected.
    expect(session.violations).toEqual([])
  })
})
