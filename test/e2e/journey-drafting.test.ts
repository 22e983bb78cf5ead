import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, tool } from '../helpers/cli'
import { draftFile, draftSeed, sectionOrder, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'
import { BUILT_IN_HEADINGS } from '../helpers/template-headings'

// Drafting the seed article with each built-in template and with a saved one, exporting, and reading
// the PDF back: no template guidance anywhere, the headings of the sections with text in the editor's
// order, no heading of an empty section. Change template mid-edit drafts the new sections, keeps the
// user's words, and one Undo brings the previous brief back.

type TemplateFile = { name: string; sections: { heading: string; guidance: string }[] }

const BUILT_IN = ['policy-brief', 'intelligence-assessment', 'decision-memo', 'situation-report'].map(
  (id) => JSON.parse(readFileSync(path.join(root, 'templates', `${id}.json`), 'utf8')) as TemplateFile,
)
/** Every hint of every built-in template: none may reach a body or a PDF. */
const GUIDANCE = BUILT_IN.flatMap((template) => template.sections.map((section) => section.guidance)).filter(
  Boolean,
)
const MARKER = 'Quokka marker written by the analyst.'

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
})

afterAll(async () => {
  await session?.close()
})

const editor = (heading: string) => page.getByRole('textbox', { name: heading, exact: true })

/** A section editor's own text: CodeMirror draws the placeholder inside the textbox, so leave it out. */
function typedText(heading: string): Promise<string> {
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

/** Runs a command by its name from the palette, as a user would. */
async function runFromPalette(label: string): Promise<void> {
  await page.locator('body').press('Control+k')
  const input = page.getByRole('combobox', { name: 'Type a command' })
  await input.fill(label)
  await page.getByRole('option', { name: new RegExp(`^${label}`) }).waitFor()
  await input.press('Enter')
}

/**
 * Exports with the toolbar's button, answering the empty-sections question when it comes (it must
 * name exactly the sections that are empty in the editor), and returns the PDF's text.
 */
async function exportPdf(name: string, empty: string[]): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export PDF', exact: true }).click()
  if (empty.length > 0) {
    const dialog = page.getByRole('alertdialog', { name: 'Empty sections' })
    await waitOrExplain(page, dialog, `empty sections of ${name}`)
    const message = (await dialog.locator('p').textContent()) ?? ''
    for (const heading of empty) expect(message).toContain(`“${heading}”`)
    await dialog.getByRole('button', { name: 'Export anyway' }).click()
  }
  const file = path.join(session.dataDir, name)
  await (await download).saveAs(file)
  return tool('pdftotext', [file, '-'])
}

/** The editor's sections, each with whether the user sees text in it (not only its hint). */
async function editorSections(): Promise<{ heading: string; filled: boolean }[]> {
  const headings = (await sectionOrder(page)).map((heading) => heading ?? '')
  const result = []
  for (const heading of headings) {
    // Sources prints the brief's source list, so it always has something to print here.
    const filled = heading === 'Sources' || (await typedText(heading)).trim() !== ''
    result.push({ heading, filled })
  }
  return result
}

/** The PDF agrees with the editor: headings in its order, no empty section's heading, no guidance. */
function expectFollowsEditor(text: string, sections: { heading: string; filled: boolean }[]): void {
  const lines = text.split('\n').map((line) => line.trim().toLowerCase())
  const headingLine = (heading: string, from = 0) => lines.indexOf(heading.toLowerCase(), from)
  let at = 0
  for (const { heading, filled } of sections) {
    if (!filled) {
      expect(headingLine(heading), `empty “${heading}” printed as a bare heading`).toBe(-1)
      continue
    }
    const found = headingLine(heading, at)
    expect(found, `“${heading}” after line ${at} of the PDF`).toBeGreaterThanOrEqual(0)
    at = found + 1
  }
  const flat = text.replace(/-\n/g, '').replace(/\s+/g, ' ')
  for (const guidance of GUIDANCE) {
    const hint = guidance.split(' ').slice(0, 5).join(' ')
    expect(flat, `guidance “${hint}” in the PDF`).not.toContain(hint)
  }
}

async function expectNoGuidanceInEditor(): Promise<void> {
  for (const { heading } of await editorSections()) {
    const typed = await typedText(heading)
    for (const guidance of GUIDANCE) expect(typed, heading).not.toContain(guidance)
  }
}

describe('drafting journeys, end to end', () => {
  it('starts with Policy brief picked, the same default as the command line', async () => {
    await page.goto(session.url)
    const picked = page.getByRole('radiogroup', { name: 'Template' }).getByRole('radio', { checked: true })
    await waitOrExplain(page, picked, 'gallery')
    expect(await picked.getAttribute('value')).toBe('policy-brief')
  })

  it.each(BUILT_IN.map((template) => template.name))(
    'drafts the seed with %s and exports what the editor shows',
    async (name) => {
      await draftSeed(page, session.url, name)
      await expectNoGuidanceInEditor()
      const sections = await editorSections()
      const text = await exportPdf(
        `${name}.pdf`,
        sections.filter((s) => !s.filled).map((s) => s.heading),
      )
      expectFollowsEditor(text, sections)
    },
  )

  it('drafts the seed’s takeaways each once, a speaker’s claim kept as theirs, as the editor shows', async () => {
    await draftSeed(page, session.url, 'Policy brief')
    const claim = 'The Ukrainian president has repeatedly stated that territorial integrity'
    const typed = await typedText('Key takeaways')
    expect(typed).toContain(`- ${claim}`)
    expect(typed.split('across European capitals').length - 1).toBe(1)
    const flat = (await exportPdf('takeaways.pdf', [])).replace(/-\n/g, '').replace(/\s+/g, ' ')
    expect(flat).toContain(claim)
    expect(flat.split('across European capitals').length - 1).toBe(1)
    // The claim is not also printed without its speaker.
    expect(flat).not.toMatch(/• Territorial integrity/)
  })

  it('drafts a briefing transcript: her lines carry her name, no question or host, as the editor shows', async () => {
    const transcript = path.join(root, 'test', 'fixtures', 'briefing-transcript.txt')
    await draftFile(page, session.url, transcript, 'Department Press Briefing on the Selm Strait Talks')
    const sections = await editorSections()
    const typed = (await Promise.all(sections.map(({ heading }) => typedText(heading)))).join('\n')
    expect(typed).not.toMatch(/\b(?:MS VARGA|OPERATOR|QUESTION):|\?|can hear|next question|Ana Ruiz/)
    const takeaways = (await typedText('Key takeaways')).split('\n').filter(Boolean)
    const hers = takeaways.filter((line) => line.startsWith('- Ilona Varga: '))
    expect(hers.length).toBeGreaterThanOrEqual(2)
    const text = await exportPdf(
      'transcript.pdf',
      sections.filter((s) => !s.filled).map((s) => s.heading),
    )
    expectFollowsEditor(text, sections)
    const printed = text.replace(/-\n/g, '').replace(/\s+/g, ' ')
    // Each of her takeaways prints as the editor shows it, her name first.
    for (const line of hers) expect(printed).toContain(`• ${line.slice(2).replace(/\\/g, '')}`)
    expect(printed).not.toMatch(/\b(?:MS VARGA|OPERATOR|QUESTION):/)
  })

  it('drafts a military news story: ranks are titles and each speaker stands by name, as the editor shows', async () => {
    const story = path.join(root, 'test', 'fixtures', 'military-news.txt')
    await draftFile(page, session.url, story, 'Harbor Brigade Finishes Winter Exercise')
    const sections = await editorSections()
    const positions = await typedText('Positions')
    for (const name of ['Miriam Ostrova', 'Daniel Reyes', 'Hana Kowal', 'Tomas Lindqvist', 'Anton Vey'])
      expect(positions).toContain(`| ${name} |`)
    // No rank stands as a speaker, and the recovery crews' trainer is not the captain she praised.
    expect(positions).not.toMatch(/\| (?:Spc|Sgt|Petty|Lt|Col|Capt|Ilya Brandt|unattributed)\b/)
    const text = await exportPdf(
      'military-news.pdf',
      sections.filter((s) => !s.filled).map((s) => s.heading),
    )
    expectFollowsEditor(text, sections)
    const printed = text.replace(/-\n/g, '').replace(/\s+/g, ' ')
    for (const name of ['Miriam Ostrova', 'Hana Kowal', 'Tomas Lindqvist']) expect(printed).toContain(name)
  })

  it('drafts with a saved template and exports what the editor shows', async () => {
    await draftSeed(page, session.url, 'Policy brief')
    await runFromPalette('Save as template…')
    const dialog = page.getByRole('dialog', { name: 'Save as template' })
    await dialog.getByLabel('Template name').fill('Journey saved')
    await dialog.getByLabel('Template name').press('Enter')
    await dialog.waitFor({ state: 'detached' })
    await waitOrExplain(page, page.getByText(/^Saved the template “Journey saved”/), 'saved template')

    await draftSeed(page, session.url, 'Journey saved')
    await expectNoGuidanceInEditor()
    const sections = await editorSections()
    expect(sections.map((section) => section.heading)).toEqual([
      'Key takeaways',
      'Background',
      'Positions',
      'Implications',
      'Outlook',
      'Sources',
    ])
    expect(sections.every((section) => section.filled)).toBe(true)
    expectFollowsEditor(await exportPdf('saved-template.pdf', []), sections)
  })

  it('Change template mid-edit drafts the new sections, keeps the edit, and one Undo goes back', async () => {
    await draftSeed(page, session.url, 'Policy brief')
    await editor('Background').click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(` ${MARKER}`)
    const before = await sectionOrder(page)
    const backgroundBefore = await typedText('Background')

    await runFromPalette('Change template…')
    const dialog = page.getByRole('dialog', { name: 'Change template' })
    await dialog.getByRole('radio', { name: /^Intelligence assessment/ }).check()
    await dialog.getByRole('button', { name: 'Change template' }).click()
    await dialog.waitFor({ state: 'detached' })
    await expect
      .poll(() => sectionOrder(page), { timeout: 20_000 })
      .toEqual([...BUILT_IN_HEADINGS['intelligence-assessment']])
    for (const heading of ['Bottom line up front', 'Key judgments', 'Indicators to watch'])
      expect((await typedText(heading)).trim(), heading).not.toBe('')
    // The assessment wants its bottom line first: pinned, said in words, and nothing moves above it.
    const bluf = page.getByRole('listitem', { name: 'Bottom line up front' })
    expect(await bluf.getByText(/^Pinned first\./).textContent()).toBe(
      'Pinned first. The Intelligence assessment template puts “Bottom line up front” first.',
    )
    const up = page.getByRole('button', { name: 'Move “Key judgments” up' })
    expect(await up.getAttribute('aria-disabled')).toBe('true')
    await up.click({ force: true })
    await waitOrExplain(
      page,
      page.getByRole('status').getByText(/^Nothing moves above “Bottom line up front”/),
      'refused',
    )
    expect((await sectionOrder(page))[0]).toBe('Bottom line up front')
    expect(await typedText('Background')).toContain(MARKER)
    await expectNoGuidanceInEditor()
    const sections = await editorSections()
    const text = await exportPdf(
      'changed.pdf',
      sections.filter((s) => !s.filled).map((s) => s.heading),
    )
    expectFollowsEditor(text, sections)
    expect(text.replace(/\s+/g, ' ')).toContain(MARKER)

    await editor('Background').click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => sectionOrder(page)).toEqual(before)
    expect(await typedText('Background')).toBe(backgroundBefore)
  })

  it('ran with no script error, failed request or CSP violation', () => {
    expect(session.problems).toEqual([])
    expect(session.violations).toEqual([])
  })
})
