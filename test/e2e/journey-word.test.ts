import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tool } from '../helpers/cli'
import { paragraphs, readDocx, styled } from '../main/docx/docx-tools'
import { draftSeed, exportPdfAs, sectionOrder, startSession } from './browser-session'
import type { Session } from './browser-session'

// Export Word follows the editor: the downloaded .docx has the editor's section headings as Word
// headings, in the editor's order, before and after a section is moved; and it prints inline
// Markdown typed in the editor as the PDF export does.

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
})

afterAll(async () => {
  await session?.close()
})

/**
 * Exports with the toolbar's Export Word button (past the empty-sections question, if asked) and
 * returns the saved download's path and the headings the question said would be left out.
 */
async function exportWordAs(name: string): Promise<{ file: string; leftOut: string[] }> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Word', exact: true }).click()
  const question = page.getByRole('alertdialog', { name: 'Empty sections' })
  const first = await Promise.race([
    download.then(() => 'download' as const),
    question.waitFor().then(() => 'question' as const),
  ])
  let leftOut: string[] = []
  if (first === 'question') {
    const text = (await question.textContent()) ?? ''
    expect(text).toContain('left out of the Word document')
    leftOut = [...text.matchAll(/“([^”]+)”/g)].map((match) => match[1] ?? '')
    await question.getByRole('button', { name: 'Export anyway' }).click()
  }
  const file = path.join(session.dataDir, name)
  const saved = await download
  expect(saved.suggestedFilename()).toMatch(/\.docx$/)
  await saved.saveAs(file)
  return { file, leftOut }
}

async function exportedHeadings(name: string): Promise<{ headings: string[]; expected: string[] }> {
  const editor = (await sectionOrder(page)).map((heading) => heading ?? '')
  const { file, leftOut } = await exportWordAs(name)
  const docx = await readDocx(new Uint8Array(await readFile(file)))
  return {
    headings: styled(docx.document, 'Heading1'),
    expected: editor.filter((heading) => !leftOut.includes(heading)),
  }
}

describe('Word export journey, end to end', () => {
  it('downloads a .docx whose section headings are the editor’s, in the editor’s order', async () => {
    await draftSeed(page, session.url, 'Policy brief')
    const before = await exportedHeadings('seed.docx')
    expect(before.expected.length).toBeGreaterThan(2)
    expect(before.headings).toEqual(before.expected)

    await page.getByRole('button', { name: 'Move “Background” up' }).click()
    await expect.poll(async () => (await sectionOrder(page))[0]).toBe('Background')
    const after = await exportedHeadings('moved.docx')
    expect(after.headings[0]).toBe('Background')
    expect(after.headings).toEqual(after.expected)
  })

  it('prints inline code, a task box and struck words typed in the editor as the PDF does', async () => {
    const outlook = page.getByRole('textbox', { name: 'Outlook', exact: true })
    await outlook.click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\n\n- [x] Settled `a &amp; <b>` and ~~struck words~~ here.')
    const expected = '[x] Settled a &amp; <b> and struck words here.'
    const word = await exportWordAs('inline.docx')
    const docx = await readDocx(new Uint8Array(await readFile(word.file)))
    const wordText = paragraphs(docx.document)
      .map((paragraph) => paragraph.text)
      .join('\n')
    const pdfText = tool('pdftotext', [await exportPdfAs(page, session, 'inline.pdf'), '-']).replace(
      /\s+/g,
      ' ',
    )
    expect(wordText).toContain(expected)
    expect(pdfText).toContain(expected)
  })
})
