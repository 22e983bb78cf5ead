import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { fillSlot } from '../../../main/common/slot-fields'
import { TemplateSchema } from '../../../main/templates/schema'
import { makeBrief, makeStyle, pageLines, pdfText, writePdf } from './pdf-tools'

/* The organization prints only when one is set: no band, footer text or separator stands in for it. */

const templatesDir = join(import.meta.dirname, '..', '..', '..', 'templates')
const builtIns = readdirSync(templatesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => TemplateSchema.parse(JSON.parse(readFileSync(join(templatesDir, name), 'utf8'))))

const PAGE = { title: 'A title', date: '14 March 2025', marking: '', page: 2, pages: 3 }

describe('the organization', () => {
  it('is empty in every built-in template', () => {
    expect(builtIns.length).toBeGreaterThanOrEqual(4)
    for (const template of builtIns) expect(template.style.organization, template.id).toBe('')
  })

  it.each(builtIns.map((template) => ({ id: template.id, style: template.style })))(
    'prints nowhere when unset ($id): no band, no footer text, no tool name',
    async ({ style }) => {
      const brief = makeBrief({ meta: { organization: '' } })
      const result = await renderBriefPdf(brief, style)
      const path = writePdf(result.bytes, 'no-organization')
      const text = pdfText(path)
      // The sample's text names the tool once; the band and footer would print it in capitals.
      expect(text).not.toContain('BRIEFWRIGHT')
      expect(text).not.toMatch(/adriatic policy institute/i)
      // Without a band the title is the first thing in the body of page 1.
      const [first] = await pageLines(result.bytes)
      const body = (first ?? []).filter((line) => line.top > style.margins.top * 0.9)
      expect(body[0]?.text.startsWith('Power Lines')).toBe(true)
      for (let page = 1; page <= result.pages; page++) {
        const footer = pdfText(path, page).trim().split('\n').slice(-3).join(' ')
        expect(footer, `page ${page}`).toMatch(/Page \d+ of \d+/)
        expect(footer, `page ${page}`).not.toMatch(/^\s*[·|–—-]/)
      }
    },
  )

  it('prints in the band and every footer when set on the brief', async () => {
    const brief = makeBrief({ meta: { organization: 'Acme Policy Lab' } })
    const result = await renderBriefPdf(brief, makeStyle({ organization: '' }))
    const path = writePdf(result.bytes, 'organization')
    expect(pdfText(path, 1).match(/ACME POLICY LAB/g)).toHaveLength(2)
    for (let page = 2; page <= result.pages; page++)
      expect(pdfText(path, page).match(/ACME POLICY LAB/g), `page ${page}`).toHaveLength(1)
  })

  it.each([
    { slot: '{organization} · {date}', organization: '', expected: '14 March 2025' },
    { slot: '{organization} · {date}', organization: 'Acme', expected: 'Acme · 14 March 2025' },
    { slot: '{title} | {organization} | Page {page}', organization: '', expected: 'A title | Page 2' },
    { slot: '{date} — {organization}', organization: '', expected: '14 March 2025' },
    { slot: '{organization}', organization: '', expected: '' },
    { slot: 'Page {page} - {pages}', organization: '', expected: 'Page 2 - 3' },
  ])(
    'fills "$slot" without stray separators (organization "$organization")',
    ({ slot, organization, expected }) => {
      expect(fillSlot(slot, { ...PAGE, organization })).toBe(expected)
    },
  )
})
