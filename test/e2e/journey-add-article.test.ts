import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtures, seedArticle, tool } from '../helpers/cli'
import { draftSeed, exportPdfAs, FAILURE_SHOTS, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// Several sources, one brief: the seed drafted and its takeaways edited, then a second outlet's report
// of the same event added with Add article. Positions gains a source column and prints the quotation
// both outlets carry once, citing both; Sources lists both; the edit stays; Show in article opens the
// second outlet for its own quotation; the PDF prints both sources; one Undo gives the seed's brief.
// A brief reopened from its file in a new session takes an article the same way, with nothing open.

const SECOND = path.join(fixtures, 'seed-second-outlet.txt')
const SECOND_TITLE = 'Zelensky Presses Europe for a Seat at the Table as US Envoy Holds Moscow Talks'
const SEED_TITLE = 'Trump’s Envoy Meets With Putin to Discuss Ukraine War Peace Plan'
const SHARED = 'no sustainable peace can be achieved without Ukraine’s direct participation and consent.'
const NEW_QUOTE = 'would only give Russia time to rearm'
const MARKER = 'Analyst’s own bottom line, kept through the merge.'

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
})

afterAll(async () => {
  await session?.close()
})

const editor = (heading: string) => page.getByRole('textbox', { name: heading, exact: true })
const sourcesPrinted = () => page.getByRole('list', { name: 'Sources as printed' }).getByRole('listitem')
const matrix = () => page.getByRole('table', { name: 'Positions matrix' })
const tab = (name: string) => page.getByRole('tab', { name, exact: true })

/**
 * An editor's text, without CodeMirror's placeholder. CodeMirror draws only the lines near the
 * viewport, so this reads short sections (whole briefs are read from the PDF).
 */
async function typedText(heading: string): Promise<string> {
  await editor(heading).scrollIntoViewIfNeeded()
  return editor(heading).evaluate((element) =>
    [...element.querySelectorAll('.cm-line')]
      .map((line) => {
        const copy = line.cloneNode(true) as Element
        copy.querySelectorAll('.cm-placeholder').forEach((hint) => hint.remove())
        return copy.textContent ?? ''
      })
      .join('\n'),
  )
}

/** The Positions view's matrix: its column headers and each actor's Source cell. */
async function matrixColumns(): Promise<string[]> {
  await tab('Positions').click()
  const columns = await matrix().getByRole('columnheader').allTextContents()
  await tab('Sections').click()
  return columns
}

describe('Add article on an open brief', () => {
  it('merges a second outlet into Positions and Sources, keeps the edit, and one Undo goes back', async () => {
    page = await session.newPage()
    await draftSeed(page, session.url)
    await editor('Key takeaways').click()
    await page.keyboard.press('Control+End')
    // Enter continues the list: the new line is a bullet already.
    await page.keyboard.press('Enter')
    await page.keyboard.type(MARKER)
    await expect.poll(() => typedText('Key takeaways')).toContain(`- ${MARKER}`)
    const takeawaysBefore = await typedText('Key takeaways')
    expect(await matrixColumns()).toEqual(['Actor', 'Stance', 'Key words', 'Where'])
    expect(await sourcesPrinted().count()).toBe(1)

    const add = page.getByRole('button', { name: 'Add article' }).first()
    expect(await add.isEnabled()).toBe(true)
    const chooser = page.waitForEvent('filechooser')
    await add.click()
    await (await chooser).setFiles(SECOND)
    await waitOrExplain(page, page.getByRole('status').getByText(/^Added “/), 'added')

    // Positions re-drafted from both: a Source column, Ukraine's words (in both reports) citing both.
    expect(await matrixColumns()).toEqual(['Actor', 'Stance', 'Key words', 'Where', 'Source'])
    await tab('Positions').click()
    const ukraine = matrix()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Ukraine' }) })
    expect(await ukraine.getByRole('cell').last().textContent()).toBe('1, 2')
    const poland = matrix()
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Poland' }) })
    expect(await poland.getByRole('cell').last().textContent()).toBe('2')
    await tab('Sections').click()
    // The analyst's edit is kept as typed; the new article's material is not forced into it.
    expect(await typedText('Key takeaways')).toBe(takeawaysBefore)
    await expect
      .poll(() => sourcesPrinted().allTextContents())
      .toEqual([expect.stringContaining(SEED_TITLE), expect.stringContaining(SECOND_TITLE)])

    // Show in article on the second outlet's own quotation opens that outlet.
    const line = editor('Positions').locator('.cm-line', { hasText: NEW_QUOTE }).first()
    await line.scrollIntoViewIfNeeded()
    await line.click()
    await page
      .getByRole('listitem', { name: 'Positions' })
      .getByRole('button', { name: 'Show in article' })
      .click()
    const article = page.getByRole('region', { name: 'Article', exact: true })
    await waitOrExplain(page, article.locator('.flash'), 'flash', 10_000)
    expect(await article.locator('.article-title').textContent()).toBe(SECOND_TITLE)
    expect((await article.locator('.flash').allTextContents()).join('')).toContain(NEW_QUOTE)
    await page.screenshot({ path: path.join(FAILURE_SHOTS, 'add-article-shown.png') })

    // The PDF: the quotation both outlets carry printed once, pointing at both; both sources listed.
    const text = tool('pdftotext', [await exportPdfAs(page, session, 'merged.pdf'), '-']).replace(/\s+/g, ' ')
    expect(text.split(SHARED).length - 1).toBe(1)
    expect(text).toContain(`${SHARED}” — sources 1, 2`)
    expect(text).toContain(NEW_QUOTE)
    expect(text).toContain(SEED_TITLE)
    expect(text).toContain(SECOND_TITLE)
    expect(text).toContain(MARKER)

    // The whole merge is one step: one Undo gives back the one-source brief with the edit.
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(() => sourcesPrinted().count()).toBe(1)
    expect(await matrixColumns()).toEqual(['Actor', 'Stance', 'Key words', 'Where'])
    expect(await typedText('Key takeaways')).toBe(takeawaysBefore)
  })

  it('asks before replacing an edited Positions, and Keep mine only adds the source', async () => {
    page = await session.newPage()
    await draftSeed(page, session.url)
    await editor('Positions').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(' My reading of the Kremlin.')
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Add article' }).first().click()
    await (await chooser).setFiles(SECOND)
    const dialog = page.getByRole('alertdialog', { name: 'Replace Positions?' })
    await waitOrExplain(page, dialog, 'asked')
    await dialog.getByRole('button', { name: 'Keep mine' }).click()
    await waitOrExplain(page, page.getByRole('status').getByText(/Positions is as you wrote it\.$/), 'kept')
    await expect.poll(() => sourcesPrinted().count()).toBe(2)
    expect(await matrixColumns()).toEqual(['Actor', 'Stance', 'Key words', 'Where'])
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(() => sourcesPrinted().count()).toBe(1)
  })

  it('adds an article to a brief reopened from its file in a new session, from the text it keeps', async () => {
    page = await session.newPage()
    await draftSeed(page, session.url)
    const download = page.waitForEvent('download')
    await page.locator('body').press('Control+s')
    const saved = path.join(session.dataDir, 'reopened.brief')
    await (await download).saveAs(saved)

    // A new session: another host, where no article is open, the brief opened from its file.
    const later = await startSession()
    try {
      const reopened = await later.newPage()
      await reopened.goto(later.url)
      const opening = reopened.waitForEvent('filechooser')
      await reopened.locator('body').press('Control+o')
      await (await opening).setFiles(saved)
      await waitOrExplain(reopened, reopened.getByRole('list', { name: 'Sections' }), 'reopen')
      page = reopened
      expect(await matrixColumns()).toEqual(['Actor', 'Stance', 'Key words', 'Where'])

      // The article is read back from the brief's copy: the pane shows it, Show in article finds
      // where a drafted takeaway came from.
      const article = page.getByRole('region', { name: 'Article', exact: true })
      await waitOrExplain(page, article.locator('.article-title', { hasText: SEED_TITLE }), 'kept copy')
      const takeaway = editor('Key takeaways').locator('.cm-line').first()
      await takeaway.click()
      await page
        .getByRole('listitem', { name: 'Key takeaways' })
        .getByRole('button', { name: 'Show in article' })
        .click()
      await waitOrExplain(page, article.locator('.flash'), 'flash', 10_000)
      const flashed = (await article.locator('.flash').allTextContents()).join('').trim()
      expect(flashed.length).toBeGreaterThan(20)
      expect(readFileSync(seedArticle, 'utf8').replace(/\s+/g, ' ')).toContain(flashed.replace(/\s+/g, ' '))

      const chooser = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Add article' }).first().click()
      await (await chooser).setFiles(SECOND)
      await waitOrExplain(page, page.getByRole('status').getByText(/^Added “/), 'added')
      expect(await matrixColumns()).toEqual(['Actor', 'Stance', 'Key words', 'Where', 'Source'])
      await expect
        .poll(() => sourcesPrinted().allTextContents())
        .toEqual([expect.stringContaining(SEED_TITLE), expect.stringContaining(SECOND_TITLE)])

      const text = tool('pdftotext', [await exportPdfAs(page, later, 'reopened-merged.pdf'), '-']).replace(
        /\s+/g,
        ' ',
      )
      expect(text.split(SHARED).length - 1).toBe(1)
      expect(text).toContain(`${SHARED}” — sources 1, 2`)
      expect(text).toContain(NEW_QUOTE)
      expect(later.problems).toEqual([])
    } finally {
      await later.close()
    }
  })

  it('ran with no script error, failed request or CSP violation', () => {
    expect(session.problems).toEqual([])
    expect(session.violations).toEqual([])
  })
})
