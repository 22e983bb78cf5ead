import { describe, expect, it } from 'vitest'
import type { Source } from '../../../main/brief/schema'
import { plainText } from '../../../main/pdf/blocks'
import { formatDate } from '../../../main/common/dates'
import { sourceBlocks, sourceRuns } from '../../../main/pdf/sources'

function source(overrides: Partial<Source>): Source {
  return {
    id: 'src',
    title: 'A title',
    outlet: null,
    byline: null,
    date: null,
    url: null,
    retrievedAt: null,
    text: null,
    sha256: null,
    ...overrides,
  }
}

describe('formatDate', () => {
  it.each([
    { value: '2025-03-14', expected: '14 March 2025' },
    { value: '2025-01-01T09:30:00Z', expected: '1 January 2025' },
    { value: '2024-12-31', expected: '31 December 2024' },
    { value: 'March 12, 2025', expected: 'March 12, 2025' },
    { value: '2025-13-01', expected: '2025-13-01' },
    { value: '  ', expected: '' },
  ])('$value → $expected', ({ value, expected }) => {
    expect(formatDate(value)).toBe(expected)
  })
})

describe('sourceRuns', () => {
  it.each([
    {
      name: 'every field',
      input: source({
        title: 'Talks resume',
        outlet: 'Daily',
        byline: 'A. Writer',
        date: '2025-03-12',
        url: 'https://example.org/a',
        retrievedAt: '2025-03-13',
      }),
      text: 'Talks resume. Daily, A. Writer, 12 March 2025. https://example.org/a · Retrieved 13 March 2025.',
      links: ['https://example.org/a'],
    },
    {
      name: 'title only, ending in a question mark',
      input: source({ title: 'What next?' }),
      text: 'What next?',
      links: [],
    },
    {
      name: 'no title',
      input: source({ title: null, outlet: 'Wire' }),
      text: 'Untitled source. Wire.',
      links: [],
    },
    {
      name: 'a URL with another scheme, printed as text',
      input: source({ url: 'javascript:alert(1)' }),
      text: 'A title. javascript:alert(1)',
      links: [],
    },
  ])('$name', ({ input, text, links }) => {
    const runs = sourceRuns(input)
    expect(plainText(runs)).toBe(text)
    expect(runs.flatMap((run) => (run.kind === 'text' && run.style.link ? [run.style.link] : []))).toEqual(
      links,
    )
  })

  it('numbers the sources in order, and lists nothing when there are none', () => {
    const [list] = sourceBlocks([source({ id: 'a', title: 'First' }), source({ id: 'b', title: 'Second' })])
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 1 })
    expect(list?.type === 'list' ? list.items.length : 0).toBe(2)
    expect(sourceBlocks([])).toEqual([])
  })
})
