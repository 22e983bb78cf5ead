import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/cli'
import { draftSeed, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// Screenshots of the start screen, the editor with the seed brief and the positions view, light and
// dark, in a 1920×1080 window (the names the README shows) and a 1280×720 one (suffixed -1280x720).
// A test run writes them to test-output/screenshots so that it leaves the tree clean;
// `BRIEFWRIGHT_SCREENSHOTS=docs npm run test:e2e` refreshes the committed ones in docs/.
const SHOTS =
  process.env.BRIEFWRIGHT_SCREENSHOTS === 'docs'
    ? path.join(root, 'docs', 'screenshots')
    : path.join(root, 'test-output', 'screenshots')

let session: Session | undefined

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true })
})

afterEach(async () => {
  await session?.close()
  session = undefined
})

async function quiet(page: Page, height: number): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' })
  if (await dismiss.count()) await dismiss.click()
  await page.mouse.move(0, height - 20)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

const WINDOWS = [
  { width: 1920, height: 1080, suffix: '' },
  { width: 1280, height: 720, suffix: '-1280x720' },
]

describe.each(['light', 'dark'] as const)('screenshots, %s', (scheme) => {
  it.each(WINDOWS)('start screen, editor and positions view at $width×$height', async (size) => {
    // A fresh data folder each time: no recovery copy or recent brief from the other run.
    const current = await startSession()
    session = current
    const page = await current.newPage({ colorScheme: scheme })
    // Before the app loads: the layout it starts with depends on the window's width.
    await page.setViewportSize({ width: size.width, height: size.height })
    const shot = (name: string) =>
      page.screenshot({ path: path.join(SHOTS, `${name}-${scheme}${size.suffix}.png`) })
    await page.goto(current.url)
    await page.getByRole('radio', { name: /^Policy brief/ }).waitFor()
    await quiet(page, size.height)
    // The primary action is in the window without scrolling.
    const draft = await page.getByRole('button', { name: 'Draft brief' }).boundingBox()
    expect(draft && draft.y + draft.height).toBeLessThanOrEqual(size.height)
    await shot('start')

    await draftSeed(page, current.url)
    await waitOrExplain(
      page,
      page.getByRole('navigation', { name: 'Jump to section' }).getByRole('button', { name: /p\. 1$/ }),
      'outline',
    )
    // A drafted sentence clicked: its source flashes in the article, as an analyst would see it.
    await page
      .getByRole('textbox', { name: 'Key takeaways', exact: true })
      .locator('.cm-line')
      .first()
      .click({ position: { x: 40, y: 8 } })
    await page.waitForTimeout(600)
    await quiet(page, size.height)
    await shot('editor')

    await page.getByRole('tab', { name: 'Positions' }).click()
    await quiet(page, size.height)
    await shot('positions')
    expect(current.problems).toEqual([])
  })
})
