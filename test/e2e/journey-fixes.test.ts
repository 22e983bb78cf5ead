import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedArticle, tool } from '../helpers/cli'
import { inkBetween } from '../helpers/pdf-ink'
import { draftSeed, sectionOrder, startSession, waitOrExplain, exportPdfAs } from './browser-session'
import type { Session } from './browser-session'

// Loose ends of the editor loop, in a 1280×720 window (the article pane starts folded there): a
// dialog over a caret at a soft-wrap point, the focus after opening an article on the start screen,
// Show in article with the pane folded, the preview's jump list against the exported PDF, and
// struck-through text in the editor and on the page.

const SHOTS = '/tmp/shots-fixes'
const WINDOW = { width: 1280, height: 720 }

let session: Session
let page: Page

const editor = (heading: string) => page.getByRole('textbox', { name: heading, exact: true })
const articleRegion = () => page.getByRole('region', { name: 'Article', exact: true })
const chips = () => page.getByRole('navigation', { name: 'Jump to section' }).getByRole('button')
const focused = (locator: ReturnType<Page['getByRole']>) =>
  locator.evaluate((element) => {
    let active = document.activeElement
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
    return element === active || element.contains(active)
  })

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}-${WINDOW.width}x${WINDOW.height}.png`) })
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
  session = await startSession()
  page = await session.newPage()
  await page.setViewportSize(WINDOW)
})

afterAll(async () => {
  await session?.close()
})

/** Exports with the toolbar's button, past the empty-sections question, and returns the PDF's text. */
async function exportedText(name: string): Promise<string> {
  return tool('pdftotext', [await exportPdfAs(page, session, name), '-'])
}

describe('loose ends of the editor loop, at 1280×720', () => {
  it('sends the focus to Draft brief after an article opens from the file field or the toolbar', async () => {
    await page.goto(session.url)
    await page.getByRole('button', { name: 'Open article' }).waitFor()
    await page.getByLabel('Article file', { exact: true }).setInputFiles(seedArticle)
    const draft = page.getByRole('button', { name: 'Draft brief' })
    await waitOrExplain(page, page.getByRole('list', { name: 'Open articles' }), 'open')
    await expect.poll(() => focused(draft)).toBe(true)
    await shot('start-opened')

    // The toolbar's Open… (the page's file picker): its button is disabled while the file is read.
    await page.getByRole('button', { name: /^Remove/ }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Open…', exact: true }).click()
    await (await chooser).setFiles(seedArticle)
    await waitOrExplain(page, page.getByRole('list', { name: 'Open articles' }), 'open from the toolbar')
    await expect.poll(() => focused(draft)).toBe(true)
  })

  it('opens a dialog over a caret at a soft-wrap point without a script error, and Cancel gives the caret back', async () => {
    await draftSeed(page, session.url)
    const outlook = editor('Outlook')
    // The first visual line's end in a wrapped paragraph: the caret sits at a soft-wrap point.
    await outlook
      .locator('.cm-line')
      .first()
      .click({ position: { x: 20, y: 8 } })
    await page.keyboard.press('End')
    const problems = session.problems.length
    await page.keyboard.press('Control+n')
    const dialog = page.getByRole('alertdialog', { name: 'Unsaved changes' })
    await dialog.waitFor()
    await shot('dialog-over-editor')
    // Two frames: the editor has measured after losing the focus.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(session.problems.slice(problems)).toEqual([])
    await expect.poll(() => focused(outlook)).toBe(true)
    await page.keyboard.type('Caret kept.')
    expect(await outlook.textContent()).toContain('Caret kept.')
    await page.keyboard.press('Control+z')
  })

  it('unfolds the article pane for Show in article, and not for a click in the text', async () => {
    expect(await articleRegion().count()).toBe(0)
    // A drafted sentence clicked: nothing unfolds (the pane was folded for the preview's room).
    await editor('Background')
      .locator('.cm-line')
      .first()
      .click({ position: { x: 30, y: 8 } })
    await page.waitForTimeout(300)
    expect(await articleRegion().isVisible()).toBe(false)

    const card = page.getByRole('listitem', { name: 'Background' })
    await card.getByRole('button', { name: 'Show in article' }).click()
    await waitOrExplain(page, articleRegion(), 'article pane unfolded')
    const flash = articleRegion().locator('.flash')
    await waitOrExplain(page, flash, 'flash', 5000)
    expect((await flash.allTextContents()).join('')).toMatch(/^Witkoff, a successful real estate developer/)
    await expect
      .poll(() =>
        flash.first().evaluate((element) => {
          const box = element.getBoundingClientRect()
          const pane = element.closest('.pane-scroll')?.getBoundingClientRect()
          return Boolean(pane && box.top >= pane.top && box.bottom <= pane.bottom)
        }),
      )
      .toBe(true)
    await shot('show-in-article')
  })

  it('lists in the preview exactly the sections the PDF prints, in its order', async () => {
    // Outlook emptied: the PDF leaves it out, and so does the jump list.
    await editor('Outlook').click()
    await page.keyboard.press('Control+a')
    await page.keyboard.press('Delete')
    // Empty: the editor shows only the template's guidance, as its placeholder.
    expect(await editor('Outlook').textContent()).toMatch(/^What is likely to happen next/)
    await expect
      .poll(async () => (await chips().allTextContents()).map((text) => text.replace(/p\. \d+$/, '')), {
        timeout: 20_000,
      })
      .toEqual((await sectionOrder(page)).filter((heading) => heading !== 'Outlook'))
    await shot('jump-list')
    const listed = (await chips().allTextContents()).map((text) => text.replace(/p\. \d+$/, ''))
    const text = await exportedText('fixes.pdf')
    const lines = text.split('\n').map((line) => line.trim().toLowerCase())
    const at = listed.map((heading) => lines.indexOf(heading.toLowerCase()))
    expect(
      at.every((index) => index >= 0),
      `${JSON.stringify(listed)} in ${JSON.stringify(at)}`,
    ).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(lines).not.toContain('outlook')
  })

  it('shows ~~struck~~ words struck through in the editor, and prints them so, without the tildes', async () => {
    const implications = editor('Implications')
    await implications.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Keep ~~struck words~~ and plain words.')
    const struckInEditor = () =>
      implications.evaluate((element) =>
        [...element.querySelectorAll('span')].some(
          (span) =>
            span.textContent === 'struck words' &&
            getComputedStyle(span).textDecorationLine.includes('line-through'),
        ),
      )
    await expect.poll(struckInEditor).toBe(true)
    const pdf = await exportPdfAs(page, session, 'struck.pdf')
    const text = tool('pdftotext', [pdf, '-']).replace(/\s+/g, ' ')
    expect(text).toContain('Keep struck words and plain words.')
    expect(text).not.toContain('~~')
    expect(inkBetween(pdf, 'struck', 'words')).toBeGreaterThan(0)
    expect(inkBetween(pdf, 'plain', 'words.')).toBe(0)
  })

  it('ran with no script error, failed request or CSP violation', () => {
    expect(session.problems).toEqual([])
    expect(session.violations).toEqual([])
  })
})
