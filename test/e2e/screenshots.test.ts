import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../helpers/cli'
import { draftSeed, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// Screenshots of the start screen, the editor with the seed brief and the positions view, light and
// dark, at 1440×900. A test run writes them to test-output/screenshots so that it leaves the tree
// clean; `BRIEFWRIGHT_SCREENSHOTS=docs npm run test:e2e` refreshes the committed ones in docs/.
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

async function quiet(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' })
  if (await dismiss.count()) await dismiss.click()
  await page.mouse.move(0, 880)
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

describe.each(['light', 'dark'] as const)('screenshots, %s', (scheme) => {
  it('start screen, editor and positions view', async () => {
    // A fresh data folder each time: no recovery copy or recent brief from the other run.
    const current = await startSession()
    session = current
    const page = await current.newPage({ colorScheme: scheme })
    await page.goto(current.url)
    await page.getByRole('radio', { name: /^Policy brief/ }).waitFor()
    await quiet(page)
    await page.screenshot({ path: path.join(SHOTS, `start-${scheme}.png`) })

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
    await quiet(page)
    await page.screenshot({ path: path.join(SHOTS, `editor-${scheme}.png`) })

    await page.getByRole('tab', { name: 'Positions' }).click()
    await quiet(page)
    await page.screenshot({ path: path.join(SHOTS, `positions-${scheme}.png`) })
    expect(current.problems).toEqual([])
  })
})
