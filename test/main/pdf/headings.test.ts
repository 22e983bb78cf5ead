import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { makeBrief, makeStyle, pageLines } from './pdf-tools'

const HEADINGS = new Set(['Subheading marker', 'Second section marker', 'Third section marker'])

function briefWith(fillers: number): ReturnType<typeof makeBrief> {
  const filler = Array.from({ length: fillers }, (_, index) => `Filler paragraph number ${index + 1}.`).join(
    '\n\n',
  )
  const paragraph =
    'A paragraph of several lines follows the heading so that the heading has something to keep with. '.repeat(
      4,
    )
  return makeBrief({
    meta: { subtitle: '', marking: 'UNCLASSIFIED' },
    sections: [
      {
        id: 'first',
        kind: 'custom',
        heading: 'First section',
        body: `${filler}\n\n### Subheading marker\n\n${paragraph}`,
      },
      {
        id: 'second',
        kind: 'custom',
        heading: 'Second section marker',
        body: `${paragraph}\n\n${paragraph}`,
      },
      { id: 'third', kind: 'custom', heading: 'Third section marker', body: '- one\n- two\n- three' },
    ],
    sources: [],
  })
}

describe('headings at the foot of a page', () => {
  it('never end a page and always have two lines after them on their page', async () => {
    const style = makeStyle({ summaryBox: true })
    const bottom = 792 - style.margins.bottom
    let moved = 0
    for (let fillers = 14; fillers <= 44; fillers++) {
      const result = await renderBriefPdf(briefWith(fillers), style)
      const pages = await pageLines(result.bytes)
      pages.forEach((lines, index) => {
        const body = lines.filter((line) => line.top > style.margins.top && line.top < bottom)
        const context = `${fillers} fillers, page ${index + 1}`
        const last = body[body.length - 1]
        expect(last && HEADINGS.has(last.text), `${context} ends with "${last?.text}"`).toBe(false)
        body.forEach((line, position) => {
          if (HEADINGS.has(line.text))
            expect(
              body.length - position - 1,
              `${context}: lines after "${line.text}"`,
            ).toBeGreaterThanOrEqual(2)
        })
        if (index > 0 && body[0] && HEADINGS.has(body[0].text)) moved++
      })
    }
    // The range of filler lengths must actually have pushed headings over a page break.
    expect(moved).toBeGreaterThan(3)
  })
})
