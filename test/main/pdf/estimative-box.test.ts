import { describe, expect, it } from 'vitest'
import type { BriefInput } from '../../../main/brief/schema'
import { CONFIDENCE_EXPLAINED, LIKELIHOOD_BANDS } from '../../../main/common/icd-203'
import { layoutBrief, renderBriefPdf } from '../../../main/pdf/index'
import { makeBrief, makeStyle, outlineTitles, pdfText, structRoles, writePdf } from './pdf-tools'

/*
 * The "Estimative language" box: printed from ICD 203's data when the style asks for it, before the
 * Sources section (or last without one), tagged like the summary box, bookmarked, and counted in the
 * page count the check's page budget reads.
 */

type Sections = BriefInput['sections']

const BODY: Sections = [
  { id: 'bluf', kind: 'bluf', heading: 'Bottom line', body: 'The pact will very likely hold.' },
  { id: 'background', kind: 'background', heading: 'Background', body: 'Background text here.' },
]
const SOURCES: Sections = [
  { id: 'sources', kind: 'sources', heading: 'Sources', body: 'Reporting listed below.' },
]

async function render(sections: Sections, estimativeBox: boolean) {
  const brief = makeBrief({ sections })
  const result = await renderBriefPdf(brief, makeStyle({ estimativeBox }))
  const path = writePdf(result.bytes, 'estimative')
  return { text: pdfText(path), outline: outlineTitles(path), bytes: result.bytes, brief }
}

/** The text with runs of white space made single spaces (table cells wrap their terms). */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ')
}

describe('the estimative language box', () => {
  it('prints every band with its range and every confidence level with its meaning when on', async () => {
    const { text } = await render([...BODY, ...SOURCES], true)
    expect(text).toContain('ESTIMATIVE LANGUAGE')
    for (const band of LIKELIHOOD_BANDS) {
      expect(flat(text)).toContain(band.likelihood[0])
      expect(text).toContain(band.percent)
    }
    for (const { level, meaning } of CONFIDENCE_EXPLAINED) {
      expect(flat(text).toLowerCase()).toContain(level)
      expect(flat(text)).toContain(meaning)
    }
  })

  it('prints nothing of it when off', async () => {
    const { text, outline } = await render([...BODY, ...SOURCES], false)
    expect(text).not.toContain('ESTIMATIVE LANGUAGE')
    for (const band of LIKELIHOOD_BANDS) expect(text).not.toContain(band.percent)
    expect(outline).not.toContain('Estimative language')
  })

  it.each([
    {
      name: 'before Sources',
      sections: [...BODY, ...SOURCES],
      order: ['Background', 'ESTIMATIVE LANGUAGE', 'Sources'],
    },
    {
      name: 'before Sources that stand first',
      sections: [...SOURCES, ...BODY],
      order: ['ESTIMATIVE LANGUAGE', 'Sources', 'Background'],
    },
    {
      name: 'last without Sources',
      sections: BODY,
      order: ['Bottom line', 'Background', 'ESTIMATIVE LANGUAGE'],
    },
  ])('stands $name, and is bookmarked there', async ({ sections, order }) => {
    const { text, outline } = await render(sections, true)
    const lines = text.split('\n').map((line) => line.trim())
    const positions = order.map((heading) => lines.indexOf(heading))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    const outlined = order.map((heading) =>
      heading === 'ESTIMATIVE LANGUAGE' ? 'Estimative language' : heading,
    )
    expect(outline.filter((title) => outlined.includes(title))).toEqual(outlined)
  })

  it('is tagged as a section with a heading, a table of the bands and a list of the levels', async () => {
    const on = await structRoles((await render(BODY, true)).bytes)
    const off = await structRoles((await render(BODY, false)).bytes)
    const added = (role: string) => (on.get(role) ?? 0) - (off.get(role) ?? 0)
    expect(added('Sect')).toBe(1)
    expect(added('H2')).toBe(1)
    expect(added('Table')).toBe(1)
    expect(added('TH')).toBe(LIKELIHOOD_BANDS.length)
    expect(added('TD')).toBe(LIKELIHOOD_BANDS.length)
    expect(added('LI')).toBe(CONFIDENCE_EXPLAINED.length)
  })

  it('counts in the layout the check reads, and is no section of it', async () => {
    // A body that fills its page to the foot leaves the box a page of its own.
    const long = 'A sentence of the background that runs on for a while. '.repeat(40)
    const sections: Sections = [
      { id: 'background', kind: 'background', heading: 'Background', body: Array(5).fill(long).join('\n\n') },
    ]
    const brief = makeBrief({ sections })
    const on = await layoutBrief(brief, makeStyle({ estimativeBox: true }))
    const off = await layoutBrief(brief, makeStyle({ estimativeBox: false }))
    const rendered = await renderBriefPdf(brief, makeStyle({ estimativeBox: true }))
    expect(on.pages).toBe(rendered.pages)
    expect(on.pages).toBeGreaterThan(off.pages)
    expect(on.sections).toEqual(off.sections)
  })
})
