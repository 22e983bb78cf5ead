import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftSeed, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// The Check panel follows the writing: a quotation the article does not hold appears as an error,
// a click on it selects the quotation in its section, and deleting it clears the finding.

const PLANTED = '“we will sign the treaty tomorrow in Geneva”'
const SENTENCE = `The envoy said ${PLANTED} on Monday.`

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
  await draftSeed(page, session.url)
})

afterAll(async () => {
  await session?.close()
})

/** Runs a command by its name from the palette, as a user would. */
async function runFromPalette(label: string): Promise<void> {
  await page.locator('body').press('Control+k')
  const input = page.getByRole('combobox', { name: 'Type a command' })
  await input.fill(label)
  await page.getByRole('option', { name: new RegExp(`^${label}`) }).waitFor()
  await input.press('Enter')
}

const panel = () => page.getByRole('region', { name: 'Check' })
const misquote = () => panel().getByRole('button', { name: /not, word for word, in any source/ })

/** The text selected in a section's editor (each editor lives in a shadow root). */
function selectedText(heading: string): Promise<string> {
  return page.getByRole('textbox', { name: heading, exact: true }).evaluate((element) => {
    const root = element.getRootNode() as Document & { getSelection?: () => Selection | null }
    return (root.getSelection?.() ?? document.getSelection())?.toString() ?? ''
  })
}

describe('the Check panel', () => {
  it('shows a planted misquotation, selects it on a click, and clears it once it is fixed', async () => {
    await runFromPalette('Check brief')
    await waitOrExplain(
      page,
      panel()
        .getByRole('status')
        .getByText(/No problems found|notes?\.|warnings?\./),
      'first check',
    )
    expect(
      await panel()
        .getByText(/^Error$/)
        .count(),
    ).toBe(0)

    const background = page.getByRole('textbox', { name: 'Background', exact: true })
    await background.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText(SENTENCE)
    await waitOrExplain(page, misquote(), 'planted misquotation found')
    expect(await misquote().textContent()).toContain('Background')
    expect(await misquote().textContent()).toContain('Error')

    await misquote().click()
    await expect.poll(() => selectedText('Background')).toBe(PLANTED)

    await page.keyboard.press('Backspace')
    await expect.poll(() => misquote().count(), { timeout: 15_000 }).toBe(0)
    await waitOrExplain(
      page,
      panel()
        .getByRole('status')
        .getByText(/No problems found|notes?\.|warnings?\./),
      'cleared',
    )
  })
})
