import { describe, expect, it } from 'vitest'
import { briefOf, findingsOf } from './check-helpers'

describe('quote-not-in-source', () => {
  it('reports a quotation the source does not hold, at its marks', () => {
    const body = 'The minister said “we want a ceasefire before the spring” on Monday.'
    const found = findingsOf('quote-not-in-source', briefOf([{ body }]))
    expect(found).toEqual([expect.objectContaining({ severity: 'error', section: 's1' })])
    expect(body.slice(found[0]?.start, found[0]?.end)).toBe('“we want a ceasefire before the spring”')
  })

  it.each([
    { name: 'verbatim', body: 'He said “We want a ceasefire before the winter.”' },
    {
      name: 'with other quote marks and spacing',
      body: 'He said "We  want a ceasefire\nbefore the winter".',
    },
    { name: 'cut with an ellipsis', body: '“We want a ceasefire … the winter,” he said.' },
    { name: 'a one- or two-word term', body: 'A so-called “frozen conflict” looms.' },
  ])('finds nothing for a quotation $name', ({ body }) => {
    expect(findingsOf('quote-not-in-source', briefOf([{ body }]))).toEqual([])
  })

  it('cannot look without any source text, and reads a text given afresh', () => {
    const body = 'He said “talks will resume in Geneva next week” today.'
    expect(findingsOf('quote-not-in-source', briefOf([{ body }], null))).toEqual([])
    const fresh = { 'source-1': 'Diplomats said talks will resume in Geneva next week.' }
    expect(
      findingsOf('quote-not-in-source', briefOf([{ body }], null), null, { sourceTexts: fresh }),
    ).toEqual([])
    expect(findingsOf('quote-not-in-source', briefOf([{ body }]))).toHaveLength(1)
  })
})

describe('unattributed-quote', () => {
  it('reports a quotation with no speaker in its sentence or its paragraph', () => {
    const body = 'Talks went on.\n\n“We want a ceasefire before the winter,” and the talks went on.'
    const found = findingsOf('unattributed-quote', briefOf([{ body }]))
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', section: 's1' })])
    expect(body.slice(found[0]?.start, found[0]?.end)).toBe('“We want a ceasefire before the winter,”')
  })

  it.each([
    { name: 'its sentence', body: '“We want a ceasefire before the winter,” the foreign minister said.' },
    {
      name: 'an attribution line',
      body: '> “We want a ceasefire before the winter.”\n>\n> — the foreign minister',
    },
    {
      name: 'a Who speaks line in its part',
      body: '### Ukraine\n\n**Who speaks:** the foreign minister.\n\n> “We want a ceasefire before the winter.”',
    },
  ])('finds nothing when $name names the speaker', ({ body }) => {
    expect(findingsOf('unattributed-quote', briefOf([{ body }]))).toEqual([])
  })
})
