import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pdfText } from '../main/pdf/pdf-tools'
import { draftSeed, exportPdfAs, previewFingerprint, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// The preview while typing: an edit redraws only the pages from the edited section on (the pages
// before it are the very canvases they were), and quick typing ends on the last text.

const TYPED = ' Watch the next round closely.'

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
})

afterAll(async () => {
  await session?.close()
})

/** The preview once its pixels have not changed for `quietMs`. */
async function settledFingerprint(quietMs = 700): Promise<string> {
  let last = await previewFingerprint(page)
  for (;;) {
    await page.waitForTimeout(quietMs)
    const now = await previewFingerprint(page)
    if (now === last) return now
    last = now
  }
}

/** The page (1-based) where the PDF prints `section`, from the preview's jump list. */
async function pageOfSection(section: string): Promise<number> {
  const nav = page.getByRole('navigation', { name: 'Jump to section' })
  const button = nav.getByRole('button', { name: new RegExp(`${section} p\\. \\d+$`) })
  await waitOrExplain(page, button, 'jump list')
  return Number(/p\. (\d+)$/.exec((await button.textContent()) ?? '')?.[1])
}

describe('the preview keeps up with typing', () => {
  it('redraws only the pages from the edited section on, and ends on the last text typed', async () => {
    await draftSeed(page, session.url)
    const before = await settledFingerprint()
    const outlookPage = await pageOfSection('Outlook')
    const pages = await page.locator('canvas.pdf-page').count()
    expect(outlookPage).toBeGreaterThan(1)
    // Mark the drawn canvases: a page drawn again is a new canvas without the mark.
    await page
      .locator('canvas.pdf-page')
      .evaluateAll((canvases) =>
        canvases.forEach((canvas) => ((canvas as HTMLCanvasElement).dataset.before = 'yes')),
      )

    const editor = page.getByRole('textbox', { name: 'Outlook', exact: true })
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(TYPED)
    await expect.poll(() => previewFingerprint(page), { timeout: 20_000, interval: 100 }).not.toBe(before)
    await settledFingerprint()

    const kept = await page
      .locator('canvas.pdf-page')
      .evaluateAll((canvases) =>
        canvases.map((canvas) => (canvas as HTMLCanvasElement).dataset.before === 'yes'),
      )
    expect(kept).toHaveLength(pages)
    expect(kept.slice(0, outlookPage - 1)).toEqual(kept.slice(0, outlookPage - 1).map(() => true))
    expect(kept[outlookPage - 1]).toBe(false)
    expect(await page.getByRole('status').filter({ hasText: 'Rendering…' }).count()).toBe(0)

    const exported = pdfText(await exportPdfAs(page, session, 'typed.pdf')).replace(/\s+/g, ' ')
    expect(exported).toContain(TYPED.trim())
    expect(exported.split(TYPED.trim())).toHaveLength(2)
  })
})
