import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'esbuild'
import type { Plugin } from 'esbuild'
import { chromium } from 'playwright-core'
import type { BrowserContext, Frame, Page } from 'playwright-core'
import { CHROMIUM_FLAGS } from '../../../scripts/chromium-flags.mjs'
import { root } from '../../helpers/cli'
import { FAILURE_SHOTS } from '../browser-session'
import { assertBuilt } from '../web-server-process'
import type * as HostModule from './desktop-host'
import type { DesktopHost } from './desktop-host'
import { DELIVER_FUNCTION, INVOKE_BINDING } from './page-globals'

const here = import.meta.dirname

/** The app in Chromium as the desktop shell runs it: the built preload and renderer, the real main side. */
export type DesktopSession = {
  host: DesktopHost
  /** The window's page: webContents.send reaches it. */
  page: Page
  /** Its browser context: other pages in it get the same preload and IPC, as the same window. */
  context: BrowserContext
  /** A temporary folder of the session's own (data folder, documents), removed by close(). */
  workDir: string
  /** Script errors, failed requests and console errors seen so far. */
  problems: string[]
  /** CSP violations the page reported (blocked, so not executed). */
  violations: string[]
  close(): Promise<void>
}

// 'electron' in the host bundle is the stand-in; every other package stays in node_modules.
const electronStandIn: Plugin = {
  name: 'electron-stand-in',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^electron$/ }, () => ({ path: path.join(here, 'electron-stand-in.ts') }))
  },
}

/**
 * Bundles the main side (desktop-host.ts and the pipeline worker beside it, as electron-vite emits
 * it) into `outDir`, which must sit inside the project so the bundle finds node_modules and templates/.
 */
async function buildHost(outDir: string): Promise<void> {
  await build({
    entryPoints: {
      'desktop-host': path.join(here, 'desktop-host.ts'),
      'pipeline-worker': path.join(root, 'main', 'api', 'pipeline-worker.ts'),
    },
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    plugins: [electronStandIn],
    logLevel: 'warning',
  })
}

/**
 * The script Chromium runs before the page, in its main frame only (as Electron runs a preload):
 * the renderer half of the stand-in, then the app's built CommonJS preload with its `require`.
 */
async function preloadScript(): Promise<string> {
  const standIn = await build({
    entryPoints: [path.join(here, 'preload-stand-in.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'electronStandIn',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  })
  const preload = await readFile(path.join(root, 'out', 'preload', 'preload.cjs'), 'utf8')
  return [
    'if (window === window.top) {',
    standIn.outputFiles[0].text,
    'const module = { exports: {} };',
    '(function (require, module, exports) {',
    preload,
    '\n})(electronStandIn.requireInPreload, module, module.exports);',
    '}',
  ].join('\n')
}

/** The parts of Electron's WebFrameMain the sender check reads, from the frame that really called. */
function senderFrameOf(frame: Frame): { url: string; parent: unknown } {
  const parent = frame.parentFrame()
  return { url: frame.url(), parent: parent === null ? null : { url: parent.url() } }
}

export async function startDesktopSession(): Promise<DesktopSession> {
  assertBuilt()
  await mkdir(FAILURE_SHOTS, { recursive: true })
  // Undone last to first by close(), or at once if the start fails half-way.
  const undo: (() => Promise<unknown>)[] = []
  const close = async () => {
    for (const step of undo.reverse()) await step().catch(() => undefined)
  }
  try {
    return { ...(await start(undo)), close }
  } catch (error) {
    await close()
    throw error
  }
}

async function start(undo: (() => Promise<unknown>)[]): Promise<Omit<DesktopSession, 'close'>> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'bw-desktop-e2e-'))
  undo.push(() => rm(workDir, { recursive: true, force: true }))
  const cacheDir = path.join(root, 'node_modules', '.cache')
  await mkdir(cacheDir, { recursive: true })
  const bundleDir = await mkdtemp(path.join(cacheDir, 'bw-desktop-host-'))
  undo.push(() => rm(bundleDir, { recursive: true, force: true }))
  const dataDir = path.join(workDir, 'data')
  const documentsDir = path.join(workDir, 'documents')
  await Promise.all([mkdir(dataDir), mkdir(documentsDir)])
  const problems: string[] = []
  const violations: string[] = []

  await buildHost(bundleDir)
  const { startDesktopHost } = (await import(
    pathToFileURL(path.join(bundleDir, 'desktop-host.mjs')).href
  )) as typeof HostModule
  let page: Page | null = null
  const host = await startDesktopHost({
    dataDir,
    documentsDir,
    rendererDir: path.join(root, 'out', 'renderer'),
    deliver: (channel, args) => {
      if (!page) throw new Error('webContents.send before the window has a page.')
      page
        .evaluate(
          ([name, ...message]) =>
            (window as unknown as Record<string, (...args: string[]) => void>)[name](...message),
          [DELIVER_FUNCTION, channel, args],
        )
        .catch((error: Error) => problems.push(`webContents.send(${channel}): ${error.message}`))
    },
  })
  undo.push(() => host.close())

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_FLAGS] })
  undo.push(() => browser.close())
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'light' })
  await context.exposeBinding(INVOKE_BINDING, ({ frame }, channel: string, args: string) =>
    host.invoke(senderFrameOf(frame), channel, args),
  )
  await context.addInitScript({ content: await preloadScript() })
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.warn(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  page = await context.newPage()
  page.on('console', (message) => {
    const text = message.text()
    if (/CSP violation|Content Security Policy/i.test(text)) violations.push(text)
    else if (message.type() === 'error') problems.push(text)
  })
  page.on('pageerror', (error) => problems.push(error.message))
  // The desktop renderer has no HTTP transport: a request to the web host's api means the wrong branch.
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) problems.push(`HTTP api call: ${request.url()}`)
  })
  // Electron shows no page dialogs from the app; one here is a fault.
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })

  return { host, page, context, workDir, problems, violations }
}
