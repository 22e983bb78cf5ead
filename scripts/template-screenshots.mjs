/* global document */
// Screenshots of the template manager and the style editor (renderer/template-harness.html), for
// docs/screenshots/. Run after `npm run build`: seeds a throw-away data folder through the CLI (a
// template saved from a drafted brief, one with a logo and a contents page, one broken file), starts
// `briefwright web` on it, and shoots the pages in Debian's Chromium with playwright-core.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'dist', 'cli.js')
const outDir = path.join(root, 'docs', 'screenshots')
const work = mkdtempSync(path.join(tmpdir(), 'bw-screenshots-'))
const dataDir = path.join(work, 'data')

function briefwright(...args) {
  const result = spawnSync(process.execPath, [cli, ...args, '--data-dir', dataDir], { encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`briefwright ${args.join(' ')}: ${result.stderr}`)
  return result.stdout
}

function seed() {
  const brief = path.join(work, 'b.brief')
  const article = path.resolve(root, '..', 'shared', 'fixtures', 'seed-article.txt')
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
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, colorScheme: 'light' })
    const open = (hash) =>
      page.goto(`${url.origin}/template-harness.html?token=${url.searchParams.get('token')}#${hash}`)
    await open('gallery')
    await page.waitForFunction(() => document.querySelectorAll('canvas.tm-page-canvas').length >= 6, null, {
      timeout: 60_000,
    })
    await page.waitForTimeout(300)
    await page.screenshot({ path: path.join(outDir, 'template-gallery.png'), fullPage: true })
    await open('editor=ministry-house-style')
    await page.waitForFunction(() => document.querySelectorAll('canvas.se-preview-page').length >= 1, null, {
      timeout: 60_000,
    })
    await page.waitForTimeout(500)
    await page.screenshot({ path: path.join(outDir, 'style-editor.png') })
  } finally {
    await browser.close()
  }
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
