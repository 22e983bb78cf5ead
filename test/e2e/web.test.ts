import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedArticle } from '../helpers/cli'
import { assertBuilt, startWebProcess } from './web-server-process'

const SHOTS = '/tmp/shell-shots'
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

let dataDir: string
let server: Awaited<ReturnType<typeof startWebProcess>>
let browser: Browser
let page: Page
const problems: string[] = []
const timings: Record<string, number> = {}

// Waits for `locator`; on timeout, keeps a screenshot and says what the page was showing.
async function waitOrExplain(locator: Locator, step: string): Promise<void> {
  try {
    await locator.waitFor({ timeout: 30_000 })
  } catch (error) {
    await page.screenshot({ path: path.join(SHOTS, `failed-${step}.png`) })
    const shown = [
      ...(await page.getByRole('status').allTextContents()),
      ...(await page.getByRole('alert').allTextContents()),
    ]
    throw new Error(
      `${step}: ${(error as Error).message.split('\n')[0]}; the page said ${JSON.stringify(shown)}; problems ${JSON.stringify(problems)}`,
      {
        cause: error,
      },
    )
  }
}

async function timed<T>(name: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await step()
  timings[name] = Math.round(performance.now() - started)
  return result
}

beforeAll(async () => {
  assertBuilt()
  await mkdir(SHOTS, { recursive: true })
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'bw-e2e-'))
  server = await timed('server start', () => startWebProcess(dataDir))
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } })
  page = await context.newPage()
  // CSP violations and script errors show up here; the test ends with none.
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content Security Policy/i.test(message.text()))
      problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
  console.log('e2e timings (ms):', JSON.stringify(timings))
})

describe('browser mode, end to end', () => {
  it('loads the app with its token, then drops the token from the address bar', async () => {
    await timed('page load', () => page.goto(server.url))
    await page.getByRole('button', { name: 'Open article' }).waitFor()
    for (const name of ['New brief', 'Open article', 'Save', 'Export PDF']) {
      await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1)
    }
    expect(page.url()).not.toContain('token=')
    await expect(page.getByLabel('Template').inputValue()).resolves.not.toBe('')
  })

  it('opens the seed article, drafts the brief through the real api and previews it', async () => {
    await page.getByLabel('Article file').setInputFiles(seedArticle)
    await timed('open article', async () => {
      await page.getByRole('button', { name: 'Open article' }).click()
      await waitOrExplain(
        page.getByRole('list', { name: 'Open articles' }).getByText('Trump’s Envoy Meets With Putin'),
        'open',
      )
    })
    await page.getByLabel('Template').selectOption('policy-brief')
    await timed('draft + first preview page', async () => {
      await page.getByRole('button', { name: 'Draft brief' }).click()
      await waitOrExplain(page.getByRole('list', { name: 'Sections' }), 'draft')
      await waitOrExplain(page.locator('canvas.pdf-page').first(), 'preview')
    })
    const headings = await page
      .getByRole('list', { name: 'Sections' })
      .getByRole('listitem')
      .allTextContents()
    expect(headings.length).toBeGreaterThan(2)
    const canvases = page.locator('canvas.pdf-page')
    expect(await canvases.count()).toBeGreaterThan(0)
    await expect(canvases.first().getAttribute('aria-label')).resolves.toMatch(/^Page 1 of \d+$/)
    // The page is drawn, not blank: count dark pixels on the first canvas.
    const inked = await canvases.first().evaluate((canvas: HTMLCanvasElement) => {
      const context = canvas.getContext('2d')
      if (!context) return 0
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
      let dark = 0
      for (let index = 0; index < data.length; index += 4) if (data[index] < 128) dark += 1
      return dark
    })
    expect(inked).toBeGreaterThan(1000)
    await page.screenshot({ path: path.join(SHOTS, 'web-drafted.png') })
  })

  it('exports a PDF as a download', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export PDF' }).click()
    const file = await (await download).path()
    const bytes = await readFile(file)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/)
    await page
      .getByRole('status')
      .getByText(/^Exported /)
      .waitFor()
  })

  it('saves the brief as a .brief download that reopens', async () => {
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    const saved = await download
    expect(saved.suggestedFilename()).toMatch(/\.brief$/)
    const briefFile = path.join(dataDir, saved.suggestedFilename())
    await saved.saveAs(briefFile)
    expect(JSON.parse(await readFile(briefFile, 'utf8'))).toMatchObject({ schemaVersion: 1 })
    await page.getByRole('button', { name: 'New brief' }).click()
    await page.getByText('Open an article, choose a template and draft a brief.').waitFor()
    await page.getByLabel('Article file').setInputFiles(briefFile)
    await page.getByRole('button', { name: 'Open article' }).click()
    await waitOrExplain(page.getByRole('list', { name: 'Sections' }), 'reopen')
    await waitOrExplain(page.locator('canvas.pdf-page').first(), 'reopen preview')
    await page.screenshot({ path: path.join(SHOTS, 'web-reopened.png') })
  })

  it('ran with no script error, failed request or CSP violation', () => {
    expect(problems).toEqual([])
  })
})
