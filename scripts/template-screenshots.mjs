/* global document */
// Screenshots of the Templates view and the style editor in the real app, for docs/screenshots/. Run
// after `npm run build` (node scripts/template-screenshots.mjs): seeds a throw-away data folder through
// the CLI (a template saved from a drafted brief, one with a logo and a contents page, one broken
// file), starts `briefwright web` on it, opens the seed article and drafts it, then opens Manage
// templates and a style editor, in Debian's Chromium with playwright-core, at 1440×900.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_FLAGS } from './chromium-flags.mjs'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist', 'cli.js')
const outDir = path.join(root, 'docs', 'screenshots')
const work = mkdtempSync(path.join(tmpdir(), 'bw-screenshots-'))
const dataDir = path.join(work, 'data')
const article = path.resolve(root, 'test', 'fixtures', 'seed-article.txt')

function briefwright(...args) {
  const result = spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`briefwright ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

function seed() {
  const brief = path.join(work, 'b.brief')
  briefwright('draft', article, '--template', 'intelligence-assessment', '--save', brief)
  briefwright('templates', 'save', brief, '--name', 'Bar Test Org')
  const ministry = JSON.parse(briefwright('templates', 'show', 'policy-brief'))
  Object.assign(ministry, {
    name: 'Ministry house style',
    description: 'Sans body, numbered sections, contents, A4 and the ministry logo.',
  })
  Object.assign(ministry.style, {
    pageSize: 'a4',
    accentColor: '#0b5d46',
    organization: 'Ministry of Energy Cooperation',
    logo: {
      mediaType: 'image/jpeg',
      data: readFileSync(path.join(root, 'test', 'fixtures', 'logo.jpg')).toString('base64'),
    },
    bodyFont: 'sans',
    headingFont: 'serif',
    sectionNumbers: true,
    tableOfContents: true,
    marking: 'OFFICIAL',
    markingColor: '#8a1c2b',
    footer: { left: '{organization}', center: '{marking}', right: 'Page {page} of {pages}' },
  })
  const file = path.join(work, 'ministry.brieftemplate')
  writeFileSync(file, JSON.stringify(ministry))
  briefwright('templates', 'import', file)
  writeFileSync(
    path.join(dataDir, 'templates', 'old-draft.brieftemplate'),
    '{"schemaVersion": 1, "id": "old-draft", "name": ',
  )
}

function startServer() {
  const server = spawn(process.execPath, [cli, 'web', '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    server.stdout.on('data', (chunk) => {
      output += chunk
      const match = /running at (\S+)/.exec(output)
      if (match) resolve({ server, url: new URL(match[1]) })
    })
    server.on('exit', (code) => reject(new Error(`briefwright web exited ${code}`)))
  })
}

async function shoot(url) {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
    const problems = []
    page.on('pageerror', (error) => problems.push(error.message))
    await page.goto(url.href)
    // The open brief is what the style editor previews: the seed article, drafted.
    await page.getByLabel('Article file', { exact: true }).setInputFiles(article)
    await page.getByRole('list', { name: 'Open articles' }).getByRole('listitem').first().waitFor()
    await page.getByRole('radio', { name: /^Policy brief/ }).check()
    await page.getByRole('button', { name: 'Draft brief' }).click()
    await page.getByRole('list', { name: 'Sections' }).waitFor({ timeout: 60_000 })
    await quiet(page)

    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Type a command' }).fill('manage templates')
    await page.keyboard.press('Enter')
    const view = page.getByRole('main', { name: 'Templates' })
    await view.waitFor()
    await page.waitForFunction(() => document.querySelectorAll('canvas.tm-page-canvas').length >= 6, null, {
      timeout: 60_000,
    })
    await page.waitForTimeout(300)
    await quiet(page)
    await page.screenshot({ path: path.join(outDir, 'template-gallery.png') })

    await view.getByRole('button', { name: 'Edit style of Ministry house style' }).click()
    await page.waitForFunction(() => document.querySelectorAll('canvas.se-preview-page').length >= 1, null, {
      timeout: 60_000,
    })
    await page.waitForTimeout(500)
    await quiet(page)
    await page.screenshot({ path: path.join(outDir, 'style-editor.png') })
    if (problems.length > 0) throw new Error(`The page reported errors: ${problems.join('; ')}`)
  } finally {
    await browser.close()
  }
}

// No stray hover, focus ring or fading message in the pictures.
async function quiet(page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss message' })
  if (await dismiss.count()) await dismiss.click()
  await page.mouse.move(0, 890)
  await page.evaluate(() => document.activeElement?.blur())
}

seed()
const { server, url } = await startServer()
try {
  await shoot(url)
  console.log(`Wrote ${path.relative(root, outDir)}/template-gallery.png and style-editor.png`)
} finally {
  server.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
