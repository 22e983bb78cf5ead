import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { draftSeed, startSession, waitOrExplain } from './browser-session'
import type { Session } from './browser-session'

// WCAG 2.0, 2.1 and 2.2, levels A and AA: the rules axe-core tags with these.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type Violation = { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }

let axeSource = ''

beforeAll(async () => {
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
})

/**
 * axe-core's WCAG A/AA rules on what the page shows now. The script goes in through the debugging
 * protocol (page.evaluate), which the app's Content-Security-Policy does not govern, so the page's
 * own policy stays as it ships.
 */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } })
      .axe
    const results = (await axe.run(document, { runOnly: { type: 'tag', values: tags } })) as {
      violations: Violation[]
    }
    return results.violations
  }, WCAG_TAGS)
  // One line per offending element: the rule, what is wrong and where, readable in a failed test.
  return found.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.help}) at ${JSON.stringify(node.target)}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
    ),
  )
}

describe.each(['light', 'dark'] as const)('WCAG 2.2 A and AA (axe-core), %s', (scheme) => {
  // A data folder of its own: no template copy or recent brief from the other scheme's run.
  let session: Session
  let page: Page

  beforeAll(async () => {
    session = await startSession()
    page = await session.newPage({ colorScheme: scheme })
  })

  afterAll(async () => {
    await session?.close()
  })

  it('the start screen', async () => {
    await page.goto(session.url)
    await page.getByRole('radio', { name: /^Policy brief/ }).waitFor()
    expect(await violations(page)).toEqual([])
  })

  it('the editor with a drafted brief', async () => {
    await draftSeed(page, session.url)
    await waitOrExplain(
      page,
      page.getByRole('navigation', { name: 'Jump to section' }).getByRole('button', { name: /p\. 1$/ }),
      'outline',
    )
    expect(await violations(page)).toEqual([])
  })

  it('the editor in a 1280×720 window with the article folded and a message showing', async () => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.getByRole('button', { name: 'Article', expanded: true }).click()
    await page.getByRole('region', { name: 'Article' }).waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Move “Background” down' }).click()
    await page
      .getByRole('status')
      .getByText(/^Moved “Background”/)
      .waitFor()
    expect(await violations(page)).toEqual([])
    await page.getByRole('button', { name: 'Article', expanded: false }).click()
    await page.setViewportSize({ width: 1440, height: 900 })
  })

  it('the positions and details tabs', async () => {
    await page.getByRole('tab', { name: 'Positions' }).click()
    expect(await violations(page)).toEqual([])
    await page.getByRole('tab', { name: 'Details' }).click()
    expect(await violations(page)).toEqual([])
    await page.getByRole('tab', { name: 'Sections' }).click()
  })

  it('the command palette', async () => {
    await page.locator('body').press('Control+k')
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor()
    expect(await violations(page)).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('the template manager', async () => {
    await page.getByRole('button', { name: /^Command palette/ }).click()
    const input = page.getByRole('combobox', { name: 'Type a command' })
    await input.fill('Manage templates')
    await input.press('Enter')
    const view = page.getByRole('main', { name: 'Templates' })
    await waitOrExplain(page, view.getByRole('listitem', { name: 'Policy brief' }), 'template manager')
    expect(await violations(page)).toEqual([])
  })

  it('the style editor, read-only for a built-in template', async () => {
    const view = page.getByRole('main', { name: 'Templates' })
    await view.getByRole('button', { name: 'View style of Policy brief' }).click()
    await waitOrExplain(page, view.locator('canvas.se-preview-page'), 'style preview')
    expect(await violations(page)).toEqual([])
    await page.keyboard.press('Escape')
  })

  it('the style editor with its fields, for a template of ours', async () => {
    const view = page.getByRole('main', { name: 'Templates' })
    await view.getByRole('button', { name: 'Duplicate Policy brief' }).click()
    await view.getByRole('button', { name: 'Edit style of Policy brief copy' }).click()
    await waitOrExplain(page, view.locator('canvas.se-preview-page'), 'style preview')
    expect(await violations(page)).toEqual([])
  })

  it('ran with no script error', () => {
    expect(session.problems).toEqual([])
  })
})
