import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { makeBrief, makeStyle, pageLines } from './pdf-tools'

/*
 * What must share a page, checked on the rendered PDF: a quote's attribution and the quote's last
 * line; a heading (a section's, a summary box's) and the lines after it. Filler of growing length
 * moves the block across every position near a page break.
 */

const ATTRIBUTION = '— Viktor Orbán'
const QUOTE_START = '“We will not accept'

function filler(count: number): string {
  return Array.from({ length: count }, (_, index) => `Filler paragraph number ${index + 1}.`).join('\n\n')
}

function quoteBrief(fillers: number) {
  const words =
    'a peace that is dictated from outside, and we will say so in every forum that will still listen to us, ' +
    'in Brussels, in Washington and at home, for as long as it takes, because a settlement that the ' +
    'people of the region did not choose will not hold, and everyone in this hall has seen what happens ' +
    'when borders are drawn by others, whatever the others decide to do'
  const quote = `> ${QUOTE_START} ${words}.”\n> ${ATTRIBUTION}`
  return makeBrief({
    meta: { subtitle: '' },
    sections: [
      { id: 'positions', kind: 'positions', heading: 'Positions', body: `${filler(fillers)}\n\n${quote}` },
      { id: 'after', kind: 'custom', heading: 'After the quote', body: 'A closing paragraph.' },
    ],
    sources: [],
  })
}

function bodyLines(pages: Awaited<ReturnType<typeof pageLines>>, top: number, bottom: number) {
  return pages.map((lines) => lines.filter((line) => line.top > top && line.top < bottom))
}

describe('keeping things together across a page break', () => {
  it('never leaves a quote’s attribution alone at the top of a page', async () => {
    const style = makeStyle({})
    const bottom = 792 - style.margins.bottom
    let split = 0
    for (let fillers = 12; fillers <= 50; fillers++) {
      const pages = bodyLines(
        await pageLines((await renderBriefPdf(quoteBrief(fillers), style)).bytes),
        style.margins.top,
        bottom,
      )
      pages.forEach((lines, index) => {
        const at = lines.findIndex((line) => line.text === ATTRIBUTION)
        if (at < 0) return
        const context = `${fillers} fillers, page ${index + 1}`
        expect(at, `${context}: the attribution opens the page`).toBeGreaterThan(0)
        expect(lines[at - 1]?.text, context).toMatch(/decide to do\.”$/)
        if (index > 0 && !lines.slice(0, at).some((line) => line.text.startsWith(QUOTE_START))) split++
      })
    }
    // Some filler lengths must have split the quote over a page break.
    expect(split).toBeGreaterThan(0)
  })

  it('keeps a summary box’s heading with its first lines, wherever the box stands', async () => {
    const style = makeStyle({ summaryBox: true })
    const bottom = 792 - style.margins.bottom
    let moved = 0
    for (let fillers = 12; fillers <= 40; fillers++) {
      const brief = makeBrief({
        meta: { subtitle: '' },
        sections: [
          { id: 'background', kind: 'background', heading: 'Background', body: filler(fillers) },
          {
            id: 'summary',
            kind: 'summary',
            heading: 'Key takeaways',
            body: '- The first takeaway, long enough to need its own line.\n- The second takeaway.',
          },
        ],
        sources: [],
      })
      const pages = bodyLines(
        await pageLines((await renderBriefPdf(brief, style)).bytes),
        style.margins.top,
        bottom,
      )
      pages.forEach((lines, index) => {
        const at = lines.findIndex((line) => line.text === 'KEY TAKEAWAYS')
        if (at < 0) return
        expect(lines.length - at - 1, `${fillers} fillers, page ${index + 1}`).toBeGreaterThanOrEqual(2)
        if (index > 0 && at === 0) moved++
      })
    }
    expect(moved).toBeGreaterThan(0)
  })
})
