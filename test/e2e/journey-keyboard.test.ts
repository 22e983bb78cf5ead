import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root, seedArticle, tool } from '../helpers/cli'
import { sectionOrder, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// The analyst's loop with the keyboard alone: paste the seed article, draft, move a section from
// inside its text, format with the toolbar's arrow keys, export with the shortcut. The exported PDF
// is read back: its headings in the editor's order, the formatted words in it, no guidance text.

const MARKER = 'Keyboard marker'
const MAX_TABS = 200

let session: Session
let page: Page

beforeAll(async () => {
  session = await startSession()
  page = await session.newPage()
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
})

afterAll(async () => {
  await session?.close()
})

/** What has the focus, by its accessible label (inside the editors' shadow roots too). */
function focused(): Promise<{ label: string; tag: string; inSections: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
    const host = (active?.getRootNode() as ShadowRoot | Document | undefined) ?? document
    const outer = host instanceof ShadowRoot ? host.host : active
    const label =
      active?.getAttribute('aria-label') ??
      (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
        ? (active.labels?.[0]?.textContent ?? '')
        : (active?.textContent ?? ''))
    return {
      label: label.trim(),
      tag: active?.tagName ?? '',
      inSections: Boolean(outer?.closest('ol[aria-label="Sections"]')),
    }
  })
}

/** Presses Tab until `wanted` has the focus; returns how many presses it took. */
async function tabTo(wanted: (label: string) => boolean, step: string): Promise<number> {
  for (let presses = 1; presses <= MAX_TABS; presses += 1) {
    await page.keyboard.press('Tab')
    if (wanted((await focused()).label)) return presses
  }
  throw new Error(`${step}: Tab never reached it in ${MAX_TABS} presses`)
}

/** The PDF's lines that are exactly one of `headings` (case aside: a summary box prints in capitals). */
function headingLines(text: string, headings: string[]): string[] {
  const wanted = new Map(headings.map((heading) => [heading.toLowerCase(), heading]))
  return text
    .split('\n')
    .map((line) => wanted.get(line.trim().toLowerCase()))
    .filter((heading): heading is string => heading !== undefined)
}

describe('the keyboard alone, from a pasted article to an exported PDF', () => {
  let drafted: string[] = []

  it('pastes the seed article: it opens, and Draft brief is reached by Tab', async () => {
    await page.goto(session.url)
    await page.getByRole('button', { name: 'Draft brief' }).waitFor()
    await tabTo((label) => label === 'Or paste the article’s text', 'paste field')
    const seed = await readFile(seedArticle, 'utf8')
    await page.evaluate((text) => navigator.clipboard.writeText(text), seed)
    await page.keyboard.press('Control+V')
    await waitOrExplain(
      page,
      page.getByRole('list', { name: 'Open articles' }).getByText('Trump’s Envoy Meets With Putin'),
      'paste',
    )
    await tabTo((label) => label === 'Draft brief', 'Draft brief')
    await page.keyboard.press('Enter')
    await waitOrExplain(page, page.getByRole('list', { name: 'Sections' }), 'draft')
    drafted = (await sectionOrder(page)) as string[]
    expect(drafted.slice(0, 2)).toEqual(['Key takeaways', 'Background'])
  })

  it('after drafting, the caret is in the first section’s text with nothing selected', async () => {
    await expect.poll(focused, { timeout: 10_000 }).toMatchObject({ label: 'Key takeaways', tag: 'DIV' })
    const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '')
    expect(selected).toBe('')
  })

  it('costs few Tab stops to cross the sections: one per toolbar, not one per button', async () => {
    // Measured from the first section's text to the first stop after the list.
    let presses = 0
    do {
      await page.keyboard.press('Tab')
      presses += 1
    } while ((await focused()).inSections && presses < MAX_TABS)
    const stops = presses - 1
    const perSection = stops / drafted.length
    console.info(`Tab stops across ${drafted.length} sections: ${stops} (${perSection.toFixed(1)} each)`)
    expect(perSection).toBeLessThanOrEqual(7)
    // Back to the first section's text, as a user would: Shift+Tab from past the list's end.
    for (let back = 0; back < presses; back += 1) await page.keyboard.press('Shift+Tab')
    expect(await focused()).toMatchObject({ label: 'Key takeaways', tag: 'DIV' })
  })

  it('moves the section with Alt+↓ from inside its text; the caret stays in it', async () => {
    await page.keyboard.press('Alt+ArrowDown')
    const moved = ['Background', 'Key takeaways', ...drafted.slice(2)]
    expect(await sectionOrder(page)).toEqual(moved)
    expect(await focused()).toMatchObject({ label: 'Key takeaways', tag: 'DIV' })
    drafted = moved
  })

  it('formats a selection with the toolbar’s arrow keys', async () => {
    await page.keyboard.press('Control+End')
    await page.keyboard.press('Enter')
    await page.keyboard.type(MARKER)
    await page.keyboard.press('Control+Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+ArrowLeft')
    // One Shift+Tab reaches the toolbar (its one stop), arrows pick the button.
    await page.keyboard.press('Shift+Tab')
    expect((await focused()).label).toBe('Bold')
    await page.keyboard.press('ArrowRight')
    expect((await focused()).label).toBe('Italic')
    await page.keyboard.press('Enter')
    const text = await page.getByRole('textbox', { name: 'Key takeaways', exact: true }).textContent()
    expect(text).toContain(`*${MARKER}*`)
    expect(text).not.toContain(`**${MARKER}`)
    // Typing goes on in the text.
    expect(await focused()).toMatchObject({ label: 'Key takeaways', tag: 'DIV' })
  })

  it('exports with Ctrl+E: the PDF has the moved order, the formatted words and no guidance', async () => {
    const download = page.waitForEvent('download')
    await page.keyboard.press('Control+e')
    // Export may first name empty sections and ask; Enter takes its default answer, Export anyway.
    const ask = page.getByRole('dialog')
    if (await ask.isVisible().catch(() => false)) await page.keyboard.press('Enter')
    const file = path.join(session.dataDir, 'keyboard.pdf')
    await (await download).saveAs(file)
    const text = tool('pdftotext', [file, '-'])
    const headings = headingLines(text, drafted)
    expect(headings).toEqual(drafted.filter((heading) => headings.includes(heading)))
    expect(headings.slice(0, 2)).toEqual(['Background', 'Key takeaways'])
    expect(text.replace(/\s+/g, ' ')).toContain(MARKER)
    const template = JSON.parse(
      await readFile(path.join(root, 'templates', 'policy-brief.json'), 'utf8'),
    ) as { sections: { guidance?: string }[] }
    for (const { guidance } of template.sections)
      if (guidance) expect(text.replace(/\s+/g, ' ')).not.toContain(guidance)
    // No bare heading: each printed heading has text before the next one.
    const lines = text.split('\n').map((line) => line.trim())
    const at = headings.map((heading) =>
      lines.findIndex((line) => line.toLowerCase() === heading.toLowerCase()),
    )
    at.forEach((line, index) => {
      const next = at[index + 1] ?? lines.length
      expect(lines.slice(line + 1, next).some(Boolean), `text under ${headings[index]}`).toBe(true)
    })
  })

  it('the preview follows a window resize at once, then redraws sharp at the new width', async () => {
    const fit = () =>
      page.locator('.preview-scroll').evaluate((scroller) => {
        const canvas = scroller.querySelector<HTMLCanvasElement>('canvas.pdf-page')
        if (!canvas) return null
        const style = getComputedStyle(scroller)
        const room = scroller.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        return { room, shown: canvas.getBoundingClientRect().width, drawn: canvas.width / devicePixelRatio }
      })
    // The preview shows its pages before the window changes.
    await page.locator('canvas.pdf-page').first().waitFor()
    for (const width of [1100, 1700]) {
      await page.setViewportSize({ width, height: 900 })
      // The pages fill the pane's new width within a few frames (scaled by CSS, nothing clipped or
      // left over; the bench times it), then the redraw at that width replaces the scaled pixels.
      await expect
        .poll(
          async () => {
            const now = await fit()
            return now !== null && Math.abs(now.shown - now.room) <= 1
          },
          { timeout: 2000 },
        )
        .toBe(true)
      await expect
        .poll(async () => {
          const later = await fit()
          return later !== null && Math.abs(later.drawn - later.shown) <= 1
        })
        .toBe(true)
    }
  })

  it('ran with no script error', () => {
    expect(session.problems).toEqual([])
  })
})
