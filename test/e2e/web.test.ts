import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tool } from '../helpers/cli'
import { draftSeed, previewFingerprint, sectionOrder, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

const MARKER = 'Zebra crossing marker for the test.'
const SAVED_TITLE = /^Trump’s Envoy Meets With Putin .* — Briefwright$/
const DRAFTED = ['Key takeaways', 'Background', 'Positions', 'Implications', 'Outlook', 'Sources']

let session: Session
let page: Page
let savedBrief = ''
let resized = 0

const editor = (heading: string) => page.getByRole('textbox', { name: heading, exact: true })
/**
 * A section editor's text from its top: the editor draws only the lines near the window, and
 * Positions opens with its matrix, so the subsections below are drawn once it is scrolled to.
 */
async function sectionTop(heading: string): Promise<string> {
  await editor(heading).evaluate((element) => element.scrollIntoView({ block: 'start' }))
  return (await editor(heading).textContent()) ?? ''
}
const title = () => page.evaluate(() => document.title)

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
})

afterAll(async () => {
  await session?.close()
})

describe('the editor in browser mode, end to end', () => {
  it('starts with its token, drops it from the address bar and shows the start screen', async () => {
    await page.goto(session.url)
    await page.getByRole('button', { name: 'Open article' }).waitFor()
    expect(page.url()).not.toContain('token=')
    for (const name of ['New brief', 'Open article', 'Save', 'Export PDF'])
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1)
    // The template list arrives by its own call after the start screen shows.
    await expect
      .poll(() => page.getByRole('radiogroup', { name: 'Template' }).getByRole('radio').count())
      .toBeGreaterThanOrEqual(4)
    expect(await title()).toBe('Briefwright')
  })

  it('opens the seed article, drafts with the picked template and draws the real PDF', async () => {
    await draftSeed(page, session.url)
    expect(await sectionOrder(page)).toEqual(DRAFTED)
    expect(await page.getByRole('button', { name: 'Add section', exact: true }).count()).toBe(1)
    expect(await title()).toMatch(/^• Trump’s Envoy Meets With Putin .* — Briefwright$/)
    // Quotes are marked with their speaker, actors marked, in the article pane.
    expect(await page.locator('.article-body [data-speaker="Volodymyr Zelensky"]').count()).toBeGreaterThan(0)
    expect(await page.locator('.article-body .actor-run').count()).toBeGreaterThan(5)
    const inked = await page
      .locator('canvas.pdf-page')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? []
        let dark = 0
        for (let index = 0; index < data.length; index += 4) if (data[index] < 128) dark += 1
        return dark
      })
    expect(inked).toBeGreaterThan(1000)
    expect(await page.locator('.page-count').textContent()).toMatch(
      /^\d+ pages?(?:, limit \d+(?:: \d+ over)?)?$/,
    )
  })

  it('edits a section and the preview follows', async () => {
    const before = await previewFingerprint(page)
    await editor('Key takeaways').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type(MARKER)
    expect(await editor('Key takeaways').textContent()).toContain(`- ${MARKER}`)
    await expect.poll(() => previewFingerprint(page), { timeout: 20_000, interval: 250 }).not.toBe(before)
  })

  it('jumps to a section’s page from the preview’s list', async () => {
    const nav = page.getByRole('navigation', { name: 'Jump to section' })
    await waitOrExplain(page, nav.getByRole('button', { name: /^Sources p\. \d+$/ }), 'outline')
    await nav.getByRole('button', { name: /^Sources p\. \d+$/ }).click()
    const label = await nav.getByRole('button', { name: /^Sources/ }).textContent()
    const pageNumber = Number(/p\. (\d+)/.exec(label ?? '')?.[1])
    await expect
      .poll(() =>
        page.locator(`canvas[data-page="${pageNumber}"]`).evaluate((canvas) => {
          const scroller = canvas.closest('.pane-scroll')!
          const box = canvas.getBoundingClientRect()
          const view = scroller.getBoundingClientRect()
          return box.top < view.bottom && box.bottom > view.top
        }),
      )
      .toBe(true)
  })

  it('flashes the article passage a clicked drafted sentence came from', async () => {
    // The first drafted sentence of Background: a click at the start of its line.
    await editor('Background')
      .locator('.cm-line')
      .first()
      .click({ position: { x: 30, y: 8 } })
    await waitOrExplain(page, page.locator('.article-body .flash'), 'flash', 5000)
    const flashed = await page.locator('.article-body .flash').allTextContents()
    expect(flashed.join('')).toMatch(/^Witkoff, a successful real estate developer/)
  })

  it('inserts a selected quote with its speaker into the current section', async () => {
    await editor('Background').click()
    // Drag across the words of a quote the analysis attributes to Zelensky, as a user would.
    const run = page.locator('.article-body .quote-run[data-speaker="Volodymyr Zelensky"]').first()
    await run.scrollIntoViewIfNeeded()
    const { start, end } = await run.evaluate((element) => {
      const rects = [...element.getClientRects()]
      const first = rects[0]
      const last = rects[rects.length - 1]
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      }
    })
    await page.mouse.move(start.x, start.y)
    await page.mouse.down()
    await page.mouse.move(end.x, end.y, { steps: 5 })
    await page.mouse.up()
    await page.getByRole('button', { name: 'Insert as quote' }).click()
    await expect
      .poll(async () => (await editor('Background').textContent()) ?? '')
      .toContain('— Volodymyr Zelensky')
  })

  it('edits a stance in the positions view and the Positions section follows', async () => {
    await page.getByRole('tab', { name: 'Positions' }).click()
    const stance = page.getByRole('textbox', { name: 'Stance of Ukraine' })
    await stance.fill('Kyiv insists on a seat at the table.')
    await page.getByRole('tab', { name: 'Sections' }).click()
    await expect
      .poll(() => sectionTop('Positions'))
      .toContain('**Stance:** Kyiv insists on a seat at the table.')
  })

  it('reorders sections with Alt+arrows, and Ctrl+Z / Ctrl+Shift+Z undo and redo it', async () => {
    const handle = page.getByRole('button', { name: 'Reorder “Background”' })
    await handle.focus()
    await page.keyboard.press('Alt+ArrowUp')
    expect(await sectionOrder(page)).toEqual(['Background', 'Key takeaways', ...DRAFTED.slice(2)])
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Reorder “Background”',
    )
    await page.keyboard.press('Alt+ArrowDown')
    await page.keyboard.press('Alt+ArrowDown')
    expect(await sectionOrder(page)).toEqual([
      'Key takeaways',
      'Positions',
      'Background',
      ...DRAFTED.slice(3),
    ])
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    expect(await sectionOrder(page)).toEqual(['Background', 'Key takeaways', ...DRAFTED.slice(2)])
    await page.keyboard.press('Control+z')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
    await page.keyboard.press('Control+Shift+Z')
    expect(await sectionOrder(page)).toEqual(['Background', 'Key takeaways', ...DRAFTED.slice(2)])
    await page.keyboard.press('Control+z')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
  })

  it('reorders by dragging a section’s handle', async () => {
    const handle = page.getByRole('button', { name: 'Reorder “Sources”' })
    await handle.scrollIntoViewIfNeeded()
    const from = (await handle.boundingBox())!
    const onto = (await page.getByRole('listitem', { name: 'Outlook' }).boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2, from.y - 20, { steps: 5 })
    // The upper half of the Outlook card: drop before it.
    await page.mouse.move(onto.x + 60, onto.y + 20, { steps: 10 })
    await page.mouse.up()
    expect(await sectionOrder(page)).toEqual([...DRAFTED.slice(0, 4), 'Sources', 'Outlook'])
    await handle.focus()
    await page.keyboard.press('Control+z')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
  })

  it('undoes typing with Ctrl+Z in the editor', async () => {
    await editor('Implications').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' Undo me please.')
    expect(await editor('Implications').textContent()).toContain('Undo me please.')
    await page.keyboard.press('Control+z')
    expect(await editor('Implications').textContent()).not.toContain('Undo me please.')
    await page.keyboard.press('Control+Shift+Z')
    expect(await editor('Implications').textContent()).toContain('Undo me please.')
    await page.keyboard.press('Control+z')
  })

  it('opens the command palette with Ctrl+K and closes it with Escape', async () => {
    await page.keyboard.press('Control+k')
    const input = page.getByRole('combobox', { name: 'Type a command' })
    await input.waitFor()
    await input.fill('positions')
    expect(await page.getByRole('option').allTextContents()).toEqual(['Show positions'])
    await page.keyboard.press('Escape')
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor({ state: 'detached' })
    await page.keyboard.press('Control+Shift+P')
    await input.waitFor()
    await page.keyboard.press('Escape')
  })

  it('exports the PDF with Ctrl+E; its text has the edit', async () => {
    const download = page.waitForEvent('download')
    await page.locator('body').press('Control+e')
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(/\.pdf$/)
    const file = path.join(session.dataDir, 'export.pdf')
    await saved.saveAs(file)
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = tool('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ')
    expect(text).toContain(MARKER)
    expect(text).toContain('Kyiv insists on a seat at the table.')
    for (const heading of DRAFTED) expect(text.toLowerCase()).toContain(heading.toLowerCase())
    await waitOrExplain(page, page.getByRole('status').getByText(/^Exported /), 'export notice')
  })

  it('saves with Ctrl+S: the dirty marker goes, the .brief has the edits', async () => {
    expect(await title()).toMatch(/^• /)
    const download = page.waitForEvent('download')
    await page.locator('body').press('Control+s')
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(/\.brief$/)
    savedBrief = path.join(session.dataDir, saved.suggestedFilename())
    await saved.saveAs(savedBrief)
    const brief = JSON.parse(await readFile(savedBrief, 'utf8')) as {
      sections: { heading: string; body: string }[]
    }
    expect(brief.sections.map((section) => section.heading)).toEqual(DRAFTED)
    expect(brief.sections[0].body).toContain(MARKER)
    // The header and the window title name the brief by its title, not its file name.
    await expect.poll(title).toMatch(SAVED_TITLE)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(SAVED_TITLE)
  })

  it('starts a new brief with Ctrl+N and reopens the saved one with Ctrl+O: the same content', async () => {
    await page.locator('body').press('Control+n')
    await page.getByRole('heading', { name: 'New brief from an article' }).waitFor()
    const chooser = page.waitForEvent('filechooser')
    await page.locator('body').press('Control+o')
    await (await chooser).setFiles(savedBrief)
    await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'reopen')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
    expect(await editor('Key takeaways').textContent()).toContain(MARKER)
    await expect
      .poll(() => sectionTop('Positions'))
      .toContain('**Stance:** Kyiv insists on a seat at the table.')
    await waitOrExplain(page, page.locator('canvas.pdf-page'), 'reopen preview')
    expect(await title()).toMatch(SAVED_TITLE)
  })

  it('asks before closing over unsaved work (Cancel keeps it)', async () => {
    await editor('Outlook').click()
    await page.keyboard.type('Unsaved words. ')
    await page.locator('body').press('Control+n')
    const dialog = page.getByRole('alertdialog', { name: 'Unsaved changes' })
    await dialog.waitFor()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await editor('Outlook').textContent()).toContain('Unsaved words.')
  })

  it('resizes panes from the keyboard', async () => {
    const splitter = page.getByRole('separator', { name: 'Resize the article pane' })
    const before = Number(await splitter.getAttribute('aria-valuenow'))
    await splitter.focus()
    await page.keyboard.press('Shift+ArrowRight')
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(before + 64)
    resized = before + 64
  })

  it('prompts before a reload loses unsaved work, then offers the autosaved copy back', async () => {
    // Autosave writes the recovery copy shortly after the last edit.
    await page.waitForTimeout(2500)
    await page.reload()
    expect(session.leavePrompts).toBe(1)
    const offer = page.getByRole('region', { name: 'Recover unsaved work' })
    await waitOrExplain(page, offer, 'recovery offer')
    await offer
      .getByRole('button', { name: /^Restore/ })
      .first()
      .click()
    await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'restore')
    expect(await editor('Outlook').textContent()).toContain('Unsaved words.')
    expect(await title()).toMatch(/^• /)
    // The pane sizes came back with the page.
    const splitter = page.getByRole('separator', { name: 'Resize the article pane' })
    expect(Number(await splitter.getAttribute('aria-valuenow'))).toBe(resized)
  })

  it('ran with no script error, failed request or CSP violation', () => {
    expect(session.problems).toEqual([])
    expect(session.violations).toEqual([])
  })
})
