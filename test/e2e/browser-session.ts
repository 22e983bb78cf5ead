import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs'
import { seedArticle } from '../helpers/cli'
import { assertBuilt, startWebProcess } from './web-server-process'

/** Where failing steps leave a screenshot. */
export const FAILURE_SHOTS = '/tmp/briefwright-e2e'

/** A browser on `briefwright web`: pages record script errors, CSP reports and dialogs. */
export type Session = {
  dataDir: string
  url: string
  browser: Browser
  newPage(options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>
  /** Script errors, failed requests and console errors seen so far (CSP reports are in `violations`). */
  problems: string[]
  /** CSP violations the pages reported (blocked, so not executed). */
  violations: string[]
  /** "Leave site?" prompts the pages raised (accepted). */
  leavePrompts: number
  close(): Promise<void>
}

export async function startSession(): Promise<Session> {
  assertBuilt()
  await mkdir(FAILURE_SHOTS, { recursive: true })
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bw-e2e-'))
  const server = await startWebProcess(dataDir)
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] })
  const problems: string[] = []
  const violations: string[] = []
  const contexts: BrowserContext[] = []
  const session: Session = {
    dataDir,
    url: server.url,
    browser,
    problems,
    violations,
    leavePrompts: 0,
    async newPage(options = {}) {
      const context = await browser.newContext({
        acceptDownloads: true,
        viewport: { width: 1440, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
      })
      contexts.push(context)
      // CSP reports, as the page sees them: a report means the browser blocked something.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.warn(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
        })
      })
      const page = await context.newPage()
      page.on('console', (message) => {
        const text = message.text()
        if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text)
        else if (message.type() === 'error') problems.push(text)
      })
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('dialog', (dialog) => {
        if (dialog.type() === 'beforeunload') {
          session.leavePrompts += 1
          void dialog.accept()
          return
        }
        problems.push(`dialog: ${dialog.message()}`)
        void dialog.dismiss()
      })
      return page
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined)
      await browser.close()
      await server.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
  return session
}

/** Waits for `locator`; on timeout keeps a screenshot and says what the page was showing. */
export async function waitOrExplain(
  page: Page,
  locator: Locator,
  step: string,
  timeout = 30_000,
): Promise<void> {
  try {
    await locator.first().waitFor({ timeout })
  } catch (error) {
    await page.screenshot({ path: path.join(FAILURE_SHOTS, `failed-${step}.png`) }).catch(() => undefined)
    const shown = [
      ...(await page.getByRole('status').allTextContents()),
      ...(await page.getByRole('alert').allTextContents()),
    ]
    throw new Error(
      `${step}: ${(error as Error).message.split('\n')[0]}; the page said ${JSON.stringify(shown)}`,
      {
        cause: error,
      },
    )
  }
}

/** The start screen, then the seed article opened from its file and drafted with `template`. */
export async function draftSeed(page: Page, url: string, template = 'Policy brief'): Promise<void> {
  await draftFile(page, url, seedArticle, 'Trump’s Envoy Meets With Putin', template)
}

/** Opens an article file with the file field, waits for its headline, and drafts it with a template. */
export async function draftFile(
  page: Page,
  url: string,
  file: string,
  headline: string,
  template = 'Policy brief',
): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Open article' }).waitFor()
  await page.getByLabel('Article file', { exact: true }).setInputFiles(file)
  await waitOrExplain(page, page.getByRole('list', { name: 'Open articles' }).getByText(headline), 'open')
  await page.getByRole('radio', { name: new RegExp(`^${template}`) }).check()
  await page.getByRole('button', { name: 'Draft brief' }).click()
  await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'draft')
  await waitOrExplain(page, page.locator('canvas.pdf-page'), 'preview')
}

/** A fingerprint of every drawn preview page (changes when any page's pixels do). */
export function previewFingerprint(page: Page): Promise<string> {
  return page.locator('canvas.pdf-page').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[])
      .map((canvas) => {
        const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? []
        let hash = 0
        for (let index = 0; index < data.length; index += 16) hash = (hash * 31 + data[index]) | 0
        return `${canvas.width}x${canvas.height}:${hash}`
      })
      .join('|'),
  )
}

/** The section headings in the order the editor shows them. */
export function sectionOrder(page: Page): Promise<(string | null)[]> {
  return page
    .getByRole('list', { name: 'Sections' })
    .locator(':scope > li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('aria-label')))
}

/** The questions Export may ask before it writes: about empty sections, then about the check's errors. */
const EXPORT_QUESTION = /^(?:Empty sections|The check found errors)$/

/**
 * Exports with the toolbar's Export PDF button, going on ("Export anyway") past each question the app
 * asks first, saves the download in the session's data folder as `name` and returns its path.
 */
export async function exportPdfAs(page: Page, session: Session, name: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click()
  const question = page.getByRole('alertdialog', { name: EXPORT_QUESTION })
  for (let asked = 0; asked < 2; asked += 1) {
    const first = await Promise.race([
      download.then(() => 'download' as const),
      question.waitFor().then(() => 'question' as const),
    ])
    if (first === 'download') break
    // The next question may follow at once, in the same dialog: wait for this one's name to go.
    const asking = await question.getAttribute('aria-labelledby')
    const title = asking ? ((await page.locator(`[id="${asking}"]`).textContent()) ?? '') : ''
    await question.getByRole('button', { name: 'Export anyway' }).click()
    await page.getByRole('alertdialog', { name: title.trim(), exact: true }).waitFor({ state: 'detached' })
  }
  const file = path.join(session.dataDir, name)
  await (await download).saveAs(file)
  return file
}
