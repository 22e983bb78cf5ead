import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedArticle, tool } from '../helpers/cli'
import { draftSeed, sectionOrder, startSession, waitOrExplain, exportPdfAs } from './browser-session'
import type { Session } from './browser-session'

// The PDF follows the editor: moving Background above Key takeaways (with the move button and with
// Alt+↑ in the text) prints them in that order, the summary box where it stands; the organization
// set once in Settings prints on a new brief, and nothing prints in its place before it is set.

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
})

afterAll(async () => {
  await session?.close()
})

/** Exports with the toolbar's button (past the empty-sections question, if asked) and returns the PDF's text. */
async function exportedText(name: string): Promise<string> {
  return tool('pdftotext', [await exportPdfAs(page, session, name), '-'])
}

/** The order in which the headings appear as lines of the PDF's text (a summary box's in capitals). */
function printedOrder(text: string, headings: readonly string[]): string[] {
  const wanted = new Map(headings.flatMap((heading) => [[heading.toLowerCase(), heading] as const]))
  return text.split('\n').flatMap((line) => {
    const heading = wanted.get(line.trim().toLowerCase())
    return heading ? [heading] : []
  })
}

async function editorOrder(): Promise<string[]> {
  return (await sectionOrder(page)).map((heading) => heading ?? '')
}

describe('layout journeys, end to end', () => {
  it('prints the sections in the editor’s order after moving Background above Key takeaways', async () => {
    await draftSeed(page, session.url, 'Policy brief')
    const before = await editorOrder()
    expect(before.slice(0, 2)).toEqual(['Key takeaways', 'Background'])
    const original = printedOrder(await exportedText('original.pdf'), before)
    expect(original).toEqual(before)

    await page.getByRole('button', { name: 'Move “Background” up' }).click()
    await expect.poll(editorOrder).toEqual(['Background', 'Key takeaways', ...before.slice(2)])
    // The preview's jump list follows the same order.
    const chips = page.getByRole('navigation', { name: 'Jump to section' }).getByRole('button')
    await expect.poll(async () => (await chips.allTextContents())[0]).toMatch(/^Background/)
    const moved = await editorOrder()
    const text = await exportedText('moved.pdf')
    expect(printedOrder(text, moved)).toEqual(moved)
    // Key takeaways is still drawn as a box (capitals), now after Background's text.
    expect(text.indexOf('KEY TAKEAWAYS')).toBeGreaterThan(text.indexOf('Background'))
    expect(text).not.toMatch(/BRIEFWRIGHT/)

    // Alt+↓ in Implications' text moves it below Outlook; the PDF follows again.
    const implications = page.getByRole('textbox', { name: 'Implications', exact: true })
    await implications.click()
    await implications.press('Alt+ArrowDown')
    const expected = [...moved]
    const at = expected.indexOf('Implications')
    expected.splice(at, 2, expected[at + 1] ?? '', 'Implications')
    await expect.poll(editorOrder).toEqual(expected)
    expect(printedOrder(await exportedText('moved-again.pdf'), expected)).toEqual(expected)
  })

  it('keeps its messages off the Draft brief button and off the section being typed in', async () => {
    type Box = { x: number; y: number; width: number; height: number }
    const overlap = (a: Box, b: Box) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
    const boxOf = async (locator: Locator): Promise<Box> => {
      const box = await locator.boundingBox()
      if (!box) throw new Error('not laid out')
      return box
    }
    const notice = (text: RegExp) => page.getByRole('status').filter({ hasText: text })
    for (const viewport of [
      { width: 900, height: 640 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(viewport)
      await page.goto(session.url)
      await page.getByLabel('Article file', { exact: true }).setInputFiles(seedArticle)
      await notice(/^Opened/).waitFor()
      const draft = page.getByRole('button', { name: 'Draft brief' })
      expect(
        overlap(await boxOf(notice(/^Opened/)), await boxOf(draft)),
        `start screen ${viewport.width}`,
      ).toBe(false)

      await draft.click()
      await notice(/^Drafted/).waitFor()
      const background = page.getByRole('textbox', { name: 'Background', exact: true })
      await background.click()
      await page.keyboard.press('Control+End')
      await page.keyboard.type(' Typed at the end.')
      const message = await boxOf(notice(/^Drafted/))
      const editor = await boxOf(page.getByRole('region', { name: 'Brief' }))
      const preview = await boxOf(page.getByRole('region', { name: 'Preview' }))
      expect(overlap(message, editor), `editor ${viewport.width}`).toBe(false)
      expect(message.x, `preview ${viewport.width}`).toBeGreaterThanOrEqual(preview.x)
    }
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  it('prints the organization set in Settings on a new brief', async () => {
    await page.goto(session.url)
    await page
      .getByRole('button', { name: /Manage templates/ })
      .first()
      .click()
    const field = page.getByRole('textbox', { name: 'Organization', exact: true })
    await waitOrExplain(page, field, 'settings')
    await field.fill('Quokka Policy Lab')
    await field.press('Enter')
    await waitOrExplain(page, page.getByRole('status').getByText('Organization saved.'), 'saved')

    await draftSeed(page, session.url, 'Policy brief')
    const text = await exportedText('organization.pdf')
    // In the band on page 1 and in the footer of every page.
    expect((text.match(/QUOKKA POLICY LAB/g) ?? []).length).toBeGreaterThanOrEqual(2)
  })
})
