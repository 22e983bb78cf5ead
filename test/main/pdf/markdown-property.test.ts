import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { loadSample, makeBrief, makeStyle, run, writePdf } from './pdf-tools'

// Markdown built from the characters that drive marked's block and inline rules, so random input
// reaches lists, quotes, tables, emphasis, links and code rather than plain words only.
const token = fc.constantFrom(
  '- ',
  '* ',
  '1. ',
  '> ',
  '#',
  '## ',
  '|',
  '---',
  '\n',
  '\n\n',
  '  ',
  '    ',
  '`',
  '```',
  '*',
  '**',
  '_',
  '~~',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '&',
  '\\',
  'word',
  ' Зеленський ',
  ' Vučić ',
  ' 你好 ',
  ' http://example.org ',
  'javascript:alert(1)',
  '<script>',
  '\t',
  '!',
  '[x](y)',
  '![alt](img.png)',
)
const markdown = fc.array(token, { maxLength: 120 }).map((parts) => parts.join(''))

describe('any Markdown renders to a valid PDF', () => {
  const sample = loadSample()
  const style = makeStyle()

  it('random section bodies give a PDF that qpdf accepts', async () => {
    await fc.assert(
      fc.asyncProperty(markdown, markdown, async (first, second) => {
        const brief = makeBrief({
          sections: [
            { ...sample.sections[0], body: first },
            { id: 'extra', kind: 'custom', heading: 'Extra', body: second, provenance: [] },
          ],
        })
        const result = await renderBriefPdf(brief, style)
        expect(Buffer.from(result.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
        expect(result.pages).toBeGreaterThan(0)
        expect(run('qpdf', ['--check', writePdf(result.bytes, 'property')])).toMatch(
          /No syntax or stream encoding errors/,
        )
      }),
      { seed: 20261129, numRuns: 40 },
    )
  }, 120_000)
})
