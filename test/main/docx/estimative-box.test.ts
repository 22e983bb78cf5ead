import { describe, expect, it } from 'vitest'
import type { BriefInput } from '../../../main/brief/schema'
import { CONFIDENCE_EXPLAINED, LIKELIHOOD_BANDS } from '../../../main/common/icd-203'
import { makeBrief, makeStyle, paragraphs, render, styled } from './docx-tools'

/*
 * The Word export's "Estimative language" box: the same box as the PDF's (a shaded table holding the
 * bands as a two-row table and the confidence levels), where the PDF puts it, and only when on.
 */

type Sections = BriefInput['sections']

const BODY: Sections = [
  { id: 'background', kind: 'background', heading: 'Background', body: 'Background text here.' },
]
const SOURCES: Sections = [{ id: 'sources', kind: 'sources', heading: 'Sources', body: 'Reporting below.' }]

const style = (estimativeBox: boolean) => makeStyle({ estimativeBox, summaryBox: false })

describe('the Word export’s estimative language box', () => {
  it('prints the bands as a table of terms over ranges, and the confidence levels, in a shaded box', async () => {
    const { document } = await render(makeBrief([...BODY, ...SOURCES]), style(true))
    const box = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(document)?.[0] ?? ''
    expect(styled(box, 'Heading1')).toEqual(['Estimative language'])
    expect(box).toMatch(/<w:shd [^>]*w:fill="[0-9A-F]{6}"/)
    const inner = /<w:tbl>[\s\S]*?<w:tbl>([\s\S]*?)<\/w:tbl>/.exec(box)?.[1] ?? ''
    const rows = inner.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []
    expect(rows.map((row) => paragraphs(row).map((paragraph) => paragraph.text))).toEqual([
      LIKELIHOOD_BANDS.map((band) => band.likelihood[0]),
      LIKELIHOOD_BANDS.map((band) => band.percent),
    ])
    const text = paragraphs(box).map((paragraph) => paragraph.text.toLowerCase())
    for (const { level, meaning } of CONFIDENCE_EXPLAINED) expect(text).toContain(`${level}: ${meaning}.`)
  })

  it.each([
    {
      name: 'before Sources',
      sections: [...BODY, ...SOURCES],
      order: ['Background', 'Estimative language', 'Sources'],
    },
    { name: 'last without Sources', sections: BODY, order: ['Background', 'Estimative language'] },
  ])('stands $name, as in the PDF', async ({ sections, order }) => {
    const { document } = await render(makeBrief(sections), style(true))
    expect(styled(document, 'Heading1')).toEqual(order)
  })

  it('is left out when the style does not ask for it', async () => {
    const { document } = await render(makeBrief([...BODY, ...SOURCES]), style(false))
    expect(styled(document, 'Heading1')).toEqual(['Background', 'Sources'])
    expect(document).not.toContain('<w:tbl>')
    for (const band of LIKELIHOOD_BANDS) expect(document).not.toContain(band.percent)
  })
})
