// The preview as the user sees it: the BUILT app (`briefwright web`) driven in Chromium. Black-box:
// the page's canvases are hashed on every animation frame, and a change counts as drawn when their
// pixels change, whether pages are replaced or redrawn in place. "Settled" is the last change after
// which nothing changes for QUIET_MS.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser, Page } from 'playwright-core'
import { CHROMIUM_FLAGS } from './chromium-flags.mjs'
import { startWebProcess } from './web-process'

const QUIET_MS = 600
const TIMEOUT_MS = 20_000

/** Medians (ms) of the browser-measured rows, and every run's figure. */
export type BrowserRow = { name: string; medianMs: number; runsMs: number[] }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * Runs in the page from its first script: records when the start screen is usable, when the first
 * page is drawn, and a pixel hash of the drawn pages on every frame with the time it last changed.
 * Plain JavaScript in a string: a compiled function would carry the compiler's helpers with it.
 */
const PROBE = `(() => {
  const probe = { interactiveAt: null, firstPageAt: null, hash: 0, changedAt: 0, changes: 0 }
  window.__probe = probe
  // Each page is scaled into a small canvas before its pixels are read: reading full pages on every
  // frame would take the main thread from the app being measured. A changed word still changes the
  // averaged pixels.
  const thumb = document.createElement('canvas')
  const thumbContext = thumb.getContext('2d', { willReadFrequently: true })
  const hashCanvases = () => {
    let hash = 2166136261
    for (const canvas of document.querySelectorAll('canvas.pdf-page')) {
      hash = Math.imul(hash ^ canvas.width, 16777619)
      hash = Math.imul(hash ^ canvas.height, 16777619)
      if (canvas.width === 0 || canvas.height === 0) continue
      thumb.width = 320
      thumb.height = Math.max(1, Math.round((canvas.height * 320) / canvas.width))
      thumbContext.drawImage(canvas, 0, 0, thumb.width, thumb.height)
      const pixels = new Uint32Array(thumbContext.getImageData(0, 0, thumb.width, thumb.height).data.buffer)
      for (let index = 0; index < pixels.length; index += 1) hash = Math.imul(hash ^ pixels[index], 16777619)
    }
    return hash
  }
  const frame = () => {
    const now = performance.now()
    if (probe.interactiveAt === null) {
      const open = [...document.querySelectorAll('button')].find(
        (button) => button.textContent.trim() === 'Open article' && !button.disabled,
      )
      if (open) probe.interactiveAt = now
    }
    if (probe.firstPageAt === null && document.querySelector('canvas.pdf-page')) probe.firstPageAt = now
    const hash = hashCanvases()
    if (hash !== probe.hash) {
      probe.hash = hash
      probe.changedAt = now
      probe.changes += 1
    }
    requestAnimationFrame(frame)
  }
  requestAnimationFrame(frame)
})()`

type ProbeState = {
  interactiveAt: number | null
  firstPageAt: number | null
  changedAt: number
  changes: number
}
const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __probe: ProbeState }).__probe)
const now = (page: Page) => page.evaluate(() => performance.now())

/** Waits until the pages changed after `since` and then stayed the same for QUIET_MS: ms from `since`. */
async function settled(page: Page, since: number): Promise<number> {
  const deadline = Date.now() + TIMEOUT_MS
  for (;;) {
    const probe = await readProbe(page)
    const pageNow = await now(page)
    if (probe.changedAt > since && pageNow - probe.changedAt >= QUIET_MS) return probe.changedAt - since
    if (Date.now() > deadline)
      throw new Error(
        `the preview did not change or did not settle: ${JSON.stringify({ probe, pageNow, since })}`,
      )
    await page.waitForTimeout(50)
  }
}

async function draft(page: Page, url: string, article: string, template = 'Policy brief'): Promise<number> {
  await page.goto(url)
  await page.getByRole('button', { name: 'Open article' }).waitFor()
  await page.getByLabel('Article file', { exact: true }).setInputFiles(article)
  await page.getByRole('list', { name: 'Open articles' }).getByRole('listitem').first().waitFor()
  await page.getByRole('radio', { name: new RegExp(`^${template}`) }).check()
  const clicked = await now(page)
  await page.getByRole('button', { name: 'Draft brief' }).click()
  await page.locator('canvas.pdf-page').first().waitFor({ timeout: TIMEOUT_MS })
  const probe = await readProbe(page)
  await settled(page, clicked)
  return (probe.firstPageAt ?? clicked) - clicked
}

/** Types a short word at the end of `section`: ms from the last keystroke to the pages settled. */
async function keystroke(page: Page, section: string, word: string): Promise<number> {
  const editor = page.getByRole('textbox', { name: section, exact: true })
  await editor.click()
  await page.keyboard.press('Control+End')
  for (const char of word.slice(0, -1)) await page.keyboard.type(char, { delay: 60 })
  const before = await now(page)
  await page.keyboard.type(word.slice(-1))
  return settled(page, before)
}

async function changeTemplate(page: Page, template: RegExp): Promise<number> {
  await page.locator('body').press('Control+k')
  const input = page.getByRole('combobox', { name: 'Type a command' })
  await input.fill('Change template…')
  await page.getByRole('option', { name: /^Change template…/ }).waitFor()
  await input.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Change template' })
  await dialog.getByRole('radio', { name: template }).check()
  const before = await now(page)
  await dialog.getByRole('button', { name: 'Change template' }).click()
  return settled(page, before)
}

async function resize(page: Page, width: number, height: number): Promise<number> {
  const before = await now(page)
  await page.setViewportSize({ width, height })
  return settled(page, before)
}

/**
 * The browser rows, each the median of `runs` fresh pages (seed and a repeated seed). Needs the built
 * app (`npm run build`) and Chromium at /usr/bin/chromium.
 */
export async function measureBrowser(options: {
  cli: string
  seed: string
  repeatedSeed: string
  runs: number
  env: NodeJS.ProcessEnv
}): Promise<BrowserRow[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-browser-'))
  const seedFile = path.join(work, 'seed-article.txt')
  const bigFile = path.join(work, 'seed-article-x10.txt')
  writeFileSync(seedFile, options.seed)
  writeFileSync(bigFile, options.repeatedSeed)
  const server = await startWebProcess({
    cli: options.cli,
    dataDir: path.join(work, 'data'),
    env: options.env,
  })
  let browser: Browser | null = null
  const figures = new Map<string, number[]>()
  const add = (name: string, ms: number) => figures.set(name, [...(figures.get(name) ?? []), ms])
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] })
    // The first page of the browser pays its own start-up; it is a warm-up, not measured.
    for (let run = -1; run < options.runs; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
      await context.addInitScript(PROBE)
      const page = await context.newPage()
      page.on('dialog', (dialog) => void dialog.accept())
      const measure = (name: string, ms: number) => {
        if (run >= 0) add(name, ms)
      }
      const firstPage = await draft(page, server.url, seedFile)
      const interactive = (await readProbe(page)).interactiveAt
      if (interactive !== null) measure('app load → start screen interactive', interactive)
      measure('Draft brief → first page drawn (seed)', firstPage)
      const seedTimes: number[] = []
      for (let edit = 0; edit < 3; edit += 1)
        seedTimes.push(await keystroke(page, 'Background', ` zq${run + 2}${edit}`))
      measure('last keystroke → preview settled (seed)', median(seedTimes))
      measure('window resize → preview redrawn (seed)', await resize(page, 1600, 900))
      measure('template change → preview (seed)', await changeTemplate(page, /^Intelligence assessment/))
      await draft(page, server.url, bigFile)
      const bigTimes: number[] = []
      for (let edit = 0; edit < 3; edit += 1)
        bigTimes.push(await keystroke(page, 'Background', ` zq${run + 2}${edit}`))
      measure('last keystroke → preview settled (×10 article)', median(bigTimes))
      await context.close()
    }
  } finally {
    await browser?.close()
    await server.stop()
    rmSync(work, { recursive: true, force: true })
  }
  return [...figures].map(([name, runsMs]) => ({ name, medianMs: median(runsMs), runsMs }))
}
