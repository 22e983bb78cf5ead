import { copyFile, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedArticle, tool } from '../../helpers/cli'
import { readDocx, styled } from '../../main/docx/docx-tools'
import { previewFingerprint, sectionOrder, waitOrExplain } from '../browser-session'
import { startDesktopSession } from './desktop-session'
import type { DesktopSession } from './desktop-session'

// The main journeys through the desktop transport: the renderer's Electron branch, the built
// preload, ipcMain with its sender checks and contract validation, and the desktop handlers, with
// the native dialogs answered here. The browser-mode journeys are in ../web.test.ts.

// The window names a saved brief by its title, not its file name.
const SAVED_TITLE = /^Trump’s Envoy Meets With Putin .* — Briefwright$/
const MARKER = 'Zebra crossing marker for the desktop test.'
const SECOND_EDIT = 'Second edit, saved without a dialog.'
const DRAFTED = ['Key takeaways', 'Background', 'Positions', 'Implications', 'Outlook', 'Sources']

let session: DesktopSession
let page: Page
let documentsDir = ''
let briefFile = ''

const editor = (heading: string) => page.getByRole('textbox', { name: heading, exact: true })
const toolbarButton = (name: string) =>
  page.getByRole('toolbar', { name: 'Document' }).getByRole('button', { name, exact: true })
const title = () => page.evaluate(() => document.title)
const notice = (text: RegExp) => page.getByRole('status').getByText(text)

async function appendTo(heading: string, text: string): Promise<void> {
  await editor(heading).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type(text)
}

beforeAll(async () => {
  session = await startDesktopSession()
  page = session.page
  documentsDir = path.join(session.workDir, 'documents')
})

afterAll(async () => {
  await session?.close()
})

describe('the editor in the desktop shell, through the preload and IPC', () => {
  it('starts on the preload’s bridge, with a handler for every channel the preload calls', async () => {
    await page.goto(session.host.url)
    await toolbarButton('Open…').waitFor()
    const bridge = await page.evaluate(() => {
      const exposed = (window as Window & { briefwright?: Record<string, object> }).briefwright
      return exposed && Object.fromEntries(Object.entries(exposed).map(([key, value]) => [key, typeof value]))
    })
    expect(bridge).toEqual({ api: 'object', desktop: 'object', onCommand: 'function' })
    const called = await page.evaluate(() => {
      const exposed = (window as Window & { briefwright?: { api: object; desktop: object } }).briefwright
      return exposed ? [...Object.keys(exposed.api), ...Object.keys(exposed.desktop)] : []
    })
    expect(called.length).toBeGreaterThan(20)
    // One ipcMain handler per bridge function (each one's channel is checked in ipc-boundary.test.ts).
    expect(session.host.handledChannels()).toHaveLength(called.length)
  })

  it('opens the seed article through the native Open dialog', async () => {
    session.host.answerDialog('open', seedArticle)
    await toolbarButton('Open…').click()
    await waitOrExplain(
      page,
      page.getByRole('list', { name: 'Open articles' }).getByText('Trump’s Envoy Meets With Putin'),
      'open',
    )
    const asked = session.host.dialogsAsked.at(-1)
    expect(asked?.kind).toBe('open')
    expect(JSON.stringify(asked?.options.filters)).toContain('"brief"')
  })

  it('drafts with the picked template, draws the PDF, and tells the shell there is unsaved work', async () => {
    await page.getByRole('radio', { name: /^Policy brief/ }).check()
    await page.getByRole('button', { name: 'Draft brief' }).click()
    await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'draft')
    await waitOrExplain(page, page.locator('canvas.pdf-page'), 'preview')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
    expect(await title()).toMatch(/^• Trump’s Envoy Meets With Putin .* — Briefwright$/)
    await expect.poll(() => session.host.window.state.edited.at(-1)).toBe(true)
  })

  it('edits a section and the preview follows', async () => {
    const before = await previewFingerprint(page)
    await appendTo('Key takeaways', MARKER)
    expect(await editor('Key takeaways').textContent()).toContain(`- ${MARKER}`)
    await expect.poll(() => previewFingerprint(page), { timeout: 20_000, interval: 250 }).not.toBe(before)
  })

  it('exports the PDF where the Save dialog says, adding the extension; its text has the edit', async () => {
    const target = path.join(documentsDir, 'desktop-export')
    session.host.answerDialog('save', target)
    await toolbarButton('Export PDF').click()
    await waitOrExplain(page, notice(/^Exported desktop-export\.pdf/), 'export notice')
    const asked = session.host.dialogsAsked.at(-1)
    expect(asked?.kind).toBe('save')
    expect(path.dirname(String(asked?.options.defaultPath))).toBe(documentsDir)
    expect(String(asked?.options.defaultPath)).toMatch(/\.pdf$/)
    const file = `${target}.pdf`
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const text = tool('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ')
    expect(text).toContain(MARKER)
    for (const heading of DRAFTED) expect(text.toLowerCase()).toContain(heading.toLowerCase())
  })

  it('exports Word from the File menu where the Save dialog says: a .docx with the edit and the sections', async () => {
    const target = path.join(documentsDir, 'desktop-export')
    session.host.answerDialog('save', target)
    session.host.clickMenu('File', 'Export Word')
    await waitOrExplain(page, notice(/^Exported desktop-export\.docx/), 'Word export notice')
    expect(String(session.host.dialogsAsked.at(-1)?.options.defaultPath)).toMatch(/\.docx$/)
    const docx = await readDocx(new Uint8Array(await readFile(`${target}.docx`)))
    expect(docx.html).toContain(MARKER)
    expect(styled(docx.document, 'Heading1')).toEqual(DRAFTED)
  })

  it('saves from the File menu through the Save dialog: the .brief has the edit, the shell knows its file', async () => {
    briefFile = path.join(documentsDir, 'desktop-test.brief')
    session.host.answerDialog('save', briefFile)
    session.host.clickMenu('File', 'Save')
    await waitOrExplain(page, notice(/^Saved desktop-test\.brief\./), 'save notice')
    const brief = JSON.parse(await readFile(briefFile, 'utf8')) as {
      sections: { heading: string; body: string }[]
    }
    expect(brief.sections.map((section) => section.heading)).toEqual(DRAFTED)
    expect(brief.sections[0].body).toContain(MARKER)
    await expect.poll(title).toMatch(SAVED_TITLE)
    await expect.poll(() => session.host.window.state.edited.at(-1)).toBe(false)
    expect(session.host.window.state.representedFilename).toBe(briefFile)
    expect(session.host.recorded.recentDocuments).toContain(briefFile)
  })

  it('saves again to the same file with no dialog', async () => {
    const dialogs = session.host.dialogsAsked.length
    const before = (await stat(briefFile)).mtimeMs
    await appendTo('Key takeaways', SECOND_EDIT)
    await toolbarButton('Save').click()
    await expect.poll(async () => (await stat(briefFile)).mtimeMs).toBeGreaterThan(before)
    await expect.poll(title).toMatch(SAVED_TITLE)
    expect(session.host.dialogsAsked.length).toBe(dialogs)
    expect(await readFile(briefFile, 'utf8')).toContain(SECOND_EDIT)
  })

  it('starts a new brief and reopens the saved one through the Open dialog: the same content', async () => {
    await toolbarButton('New brief').click()
    await page.getByRole('heading', { name: 'New brief from an article' }).waitFor()
    // The shell recorded the saved brief by its title: the start screen's recent list shows it first.
    const recent = page.getByRole('region', { name: 'Recent briefs' }).getByRole('button', {
      name: /^Trump’s Envoy Meets With Putin .*desktop-test\.brief/,
    })
    await waitOrExplain(page, recent, 'recent title')
    session.host.answerDialog('open', briefFile)
    await toolbarButton('Open…').click()
    await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'reopen')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
    expect(await editor('Key takeaways').textContent()).toContain(MARKER)
    expect(await editor('Key takeaways').textContent()).toContain(SECOND_EDIT)
    await waitOrExplain(page, page.locator('canvas.pdf-page'), 'reopen preview')
    expect(await title()).toMatch(SAVED_TITLE)
    // New brief closed the article: it is read back from the brief's copy, across the IPC boundary.
    const article = page.getByRole('region', { name: 'Article', exact: true })
    await waitOrExplain(
      page,
      article.locator('.article-title', {
        hasText: 'Trump’s Envoy Meets With Putin to Discuss Ukraine War Peace Plan',
      }),
      'kept copy',
    )
  })

  it('opens a .brief the system hands to the app, when the shell says one is pending', async () => {
    const handedOver = path.join(documentsDir, 'handed-over.brief')
    await copyFile(briefFile, handedOver)
    await session.host.openFromSystem(handedOver)
    await waitOrExplain(page, notice(/^Opened handed-over\.brief\./), 'open pending')
    await expect.poll(title).toMatch(SAVED_TITLE)
    expect(await editor('Key takeaways').textContent()).toContain(SECOND_EDIT)
    expect(session.host.window.state.representedFilename).toBe(handedOver)
  })

  it('asks before the window closes over unsaved work: Cancel keeps it, Discard closes it', async () => {
    await appendTo('Outlook', 'Unsaved words.')
    await expect.poll(() => session.host.window.state.edited.at(-1)).toBe(true)
    const question = page.getByRole('alertdialog', { name: 'Unsaved changes' })
    expect(session.host.requestClose()).toBe(false)
    await question.getByRole('button', { name: 'Cancel' }).click()
    await question.waitFor({ state: 'detached' })
    expect(session.host.requestClose()).toBe(false)
    await question.getByRole('button', { name: 'Discard changes' }).click()
    await expect.poll(() => session.host.window.state.closed).toBe(1)
    expect(session.host.requestClose()).toBe(true)
  })

  it('ran with no script error, CSP violation, HTTP api call or unanswered dialog', () => {
    expect(session.problems).toEqual([])
    expect(session.violations).toEqual([])
    expect(session.host.unusedDialogAnswers()).toBe(0)
  })
})
