import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs'
import { draftSeed, waitOrExplain } from './browser-session'
import { assertBuilt, startWebProcess } from './web-server-process'

const EDIT = 'Words typed two seconds before the crash.'

describe('crash recovery', () => {
  it('brings back edits made 2 s before the host and the browser were killed', async () => {
    assertBuilt()
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bw-crash-'))
    const first = await startWebProcess(dataDir)
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] })
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
      await draftSeed(page, first.url)
      const outlook = page.getByRole('textbox', { name: 'Outlook', exact: true })
      await outlook.click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type(` ${EDIT}`)
      await page.waitForTimeout(2000)
      // The host dies first, with no orderly shutdown, so nothing the page does on its way out can
      // still reach it; then the window goes without its beforeunload prompt.
      await first.crash()
    } finally {
      await browser.close().catch(() => undefined)
    }

    const second = await startWebProcess(dataDir)
    const again = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] })
    try {
      const page = await (await again.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
      await page.goto(second.url)
      const offer = page.getByRole('region', { name: 'Recover unsaved work' })
      await waitOrExplain(page, offer, 'recovery offer after a crash')
      await offer
        .getByRole('button', { name: /^Restore/ })
        .first()
        .click()
      const restored = page.getByRole('textbox', { name: 'Outlook', exact: true })
      await waitOrExplain(page, restored, 'restored brief')
      expect(await restored.textContent()).toContain(EDIT)
    } finally {
      await again.close()
      await second.stop()
    }
  }, 120_000)
})
