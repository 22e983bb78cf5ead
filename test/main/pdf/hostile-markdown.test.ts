import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { makeBrief, makeStyle, pdfInfo, pdfText, runStatus, writePdf } from './pdf-tools'

function nestedByIndent(bytes: number): string {
  const lines: string[] = []
  let size = 0
  for (let depth = 0; size < bytes; depth++) {
    const line = `${' '.repeat(depth * 2)}- level ${depth}`
    lines.push(line)
    size += line.length + 1
  }
  return lines.join('\n')
}

const cases = [
  {
    name: 'a list nested 5,000 deep on one line',
    body: `${'- '.repeat(5000)}innermost item`,
    marker: 'innermost item',
    warning: /nested more than 10 levels deep were flattened/,
  },
  {
    name: 'a numbered list nested 5,000 deep',
    body: `${'1. '.repeat(5000)}innermost number`,
    marker: 'innermost number',
    warning: /nested more than 10 levels deep were flattened/,
  },
  {
    name: '3,000 > in a row',
    body: `${'>'.repeat(3000)} deeply quoted`,
    marker: 'deeply quoted',
    warning: /nested more than 10 levels deep were flattened/,
  },
  {
    name: '1,300 lines of ever deeper quotes (866 KB)',
    body: Array.from({ length: 1300 }, (_, index) => `${'>'.repeat(index + 1)} quote line ${index}`).join(
      '\n',
    ),
    marker: 'quote line 1299',
    warning: /nested more than 10 levels deep were flattened/,
  },
  {
    name: '1 MB of list nested by indentation',
    body: nestedByIndent(990_000),
    marker: 'level 989',
    warning: /nested more than 10 levels deep were flattened/,
  },
  {
    name: 'lists and quotes nested alternately 3,000 deep',
    body: `${'> - '.repeat(3000)}alternating`,
    marker: 'alternating',
    warning: /nested more than 10 levels deep were flattened/,
  },
  {
    name: '20,000 nested emphasis marks',
    body: `${'*a '.repeat(20000)}centre${' a*'.repeat(20000)}`,
    marker: 'centre',
    warning: /more than 200 emphasis marks was printed without emphasis/,
  },
  {
    name: 'a body longer than 1 MB',
    body: `First words of a long section.\n\n${'[ref]: https://example.org/reference\n'.repeat(30_000)}`,
    marker: 'First words of a long section.',
    warning: /longer than 1,000,000 characters; the last [\d,]+ characters were left out/,
  },
]

describe('hostile Markdown', () => {
  it.each(cases)('renders $name with a warning and a valid PDF', async ({ body, marker, warning }) => {
    const brief = makeBrief({
      sections: [{ id: 'hostile', kind: 'custom', heading: 'Hostile section', body }],
      sources: [],
    })
    const started = performance.now()
    const result = await renderBriefPdf(brief, makeStyle())
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(20_000)
    expect(
      result.warnings.some((message) => warning.test(message)),
      result.warnings.join('\n'),
    ).toBe(true)
    expect(result.warnings.every((message) => message.startsWith('Section "Hostile section": '))).toBe(true)
    const path = writePdf(result.bytes, 'hostile')
    const check = runStatus('qpdf', ['--check', path])
    expect(check.output).toContain('No syntax or stream encoding errors')
    expect(check.status).toBe(0)
    expect(pdfInfo(path).get('Pages')).toBe(String(result.pages))
    expect(pdfText(path).replace(/\s+/g, ' ')).toContain(marker)
  })

  it('keeps ordinary nesting (two list levels, a quote in a quote) without warnings', async () => {
    const body = '- one\n  - one a\n    - one a i\n- two\n\n> outer\n>\n> > inner\n> > — Someone'
    const brief = makeBrief({
      sections: [{ id: 'plain', kind: 'custom', heading: 'Plain', body }],
      sources: [],
    })
    const result = await renderBriefPdf(brief, makeStyle())
    expect(result.warnings).toEqual([])
    const text = pdfText(writePdf(result.bytes)).replace(/\s+/g, ' ')
    for (const expected of ['one a i', 'outer', 'inner', '— Someone']) expect(text).toContain(expected)
  })
})
