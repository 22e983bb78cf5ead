import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tool } from '../helpers/cli'
import { draftSeed, sectionOrder, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'
import { BUILT_IN_HEADINGS } from '../helpers/template-headings'

const DRAFTED = [...BUILT_IN_HEADINGS['policy-brief']]
// The intelligence assessment's sections, drafted from the open article; the untouched drafts it has
// no place for (Key takeaways, Outlook) go, as nothing the user wrote is in them.
const CHANGED = [...BUILT_IN_HEADINGS['intelligence-assessment']]

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
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

/** The text of the exported PDF (Ctrl+E), one line. */
async function exportedText(name: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.locator('body').press('Control+e')
  const file = path.join(session.dataDir, name)
  await (await download).saveAs(file)
  return tool('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ')
}

describe('templates in the app, end to end', () => {
  it('saves the drafted brief as a template named in the dialog', async () => {
    await draftSeed(page, session.url)
    expect(await sectionOrder(page)).toEqual(DRAFTED)
    await runFromPalette('Save as template…')
    const dialog = page.getByRole('dialog', { name: 'Save as template' })
    await dialog.getByLabel('Template name').fill('Bar Test Org')
    await dialog.getByLabel('Template name').press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await waitOrExplain(page, page.getByText(/^Saved the template “Bar Test Org” \(bar-test-org\)/), 'saved')
  })

  it('shows the new template in the gallery, opens its style editor, and Back finds the brief', async () => {
    await runFromPalette('Manage templates…')
    const view = page.getByRole('main', { name: 'Templates' })
    const card = view.getByRole('listitem', { name: 'Bar Test Org' })
    await waitOrExplain(page, card, 'gallery')
    expect(await card.getByText('Yours', { exact: true }).count()).toBe(1)
    await card.getByRole('button', { name: 'Edit style of Bar Test Org' }).click()
    await waitOrExplain(
      page,
      view.getByRole('heading', { name: 'Page style · Bar Test Org' }),
      'style editor',
    )
    await waitOrExplain(page, view.locator('canvas.se-preview-page'), 'style preview')
    expect(await view.getByText(/^Previewing “Trump’s Envoy Meets With Putin/).count()).toBe(1)
    await page.keyboard.press('Escape')
    await waitOrExplain(page, card, 'back to the gallery')
    await page.keyboard.press('Escape')
    await view.waitFor({ state: 'detached' })
    expect(await sectionOrder(page)).toEqual(DRAFTED)
  })

  it('changes the brief’s template to the intelligence assessment: its marking is in the PDF, Undo goes back', async () => {
    expect(await exportedText('before.pdf')).not.toContain('UNCLASSIFIED')
    await runFromPalette('Change template…')
    const dialog = page.getByRole('dialog', { name: 'Change template' })
    await dialog.getByRole('radio', { name: /^Intelligence assessment/ }).check()
    await dialog.getByRole('button', { name: 'Change template' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => sectionOrder(page), { timeout: 20_000 }).toEqual(CHANGED)
    const text = await exportedText('changed.pdf')
    expect(text).toContain('UNCLASSIFIED')
    expect(text.toLowerCase()).toContain('bottom line up front')

    await page.locator('body').press('Control+z')
    expect(await sectionOrder(page)).toEqual(DRAFTED)
  })

  it('ran with no script error, failed request or CSP violation', () => {
    expect(session.problems).toEqual([])
    expect(session.violations).toEqual([])
  })
})
