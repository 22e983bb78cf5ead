import { describe, expect, it } from 'vitest'
import { briefOf, findingsOf, templateOf } from './check-helpers'

describe('empty-section', () => {
  const template = templateOf([
    { id: 's1', kind: 'summary', required: true },
    { id: 's2', kind: 'custom', required: false },
  ])

  it.each([
    { name: 'a required section', body: ['', 'Text.'], severity: 'error', section: 's1' },
    { name: 'an optional section', body: ['Text.', '  \n'], severity: 'warning', section: 's2' },
  ])('reports $name left empty as a $severity', ({ body, severity, section }) => {
    const brief = briefOf([
      { kind: 'summary', body: body[0] },
      { kind: 'custom', body: body[1] },
    ])
    expect(findingsOf('empty-section', brief, template)).toEqual([
      expect.objectContaining({ severity, section, start: 0, end: 0 }),
    ])
  })

  it('finds nothing when every section has text, or is Sources with sources listed', () => {
    const brief = briefOf([
      { kind: 'summary', body: 'Text.' },
      { kind: 'sources', body: '' },
    ])
    expect(findingsOf('empty-section', brief, template)).toEqual([])
  })
})

describe('summary-not-first', () => {
  const template = templateOf([
    { id: 'summary', kind: 'summary' },
    { id: 'background', kind: 'background' },
  ])

  it('reports a summary moved below another section', () => {
    const brief = briefOf([
      { id: 'background', kind: 'background', body: 'Context.' },
      { id: 'summary', kind: 'summary', body: 'The bottom line.' },
    ])
    expect(findingsOf('summary-not-first', brief, template)).toEqual([
      expect.objectContaining({
        section: 'summary',
        severity: 'warning',
        message: expect.stringMatching(/comes after/),
      }),
    ])
  })

  it('reports a summary that runs past page 1 in the real layout', () => {
    const brief = briefOf([{ id: 'summary', kind: 'summary', body: 'The bottom line.' }])
    const pages = { pages: 2, sections: [{ id: 'summary', firstPage: 1, lastPage: 2 }] }
    expect(findingsOf('summary-not-first', brief, template, { pages })).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/does not fit on page 1/),
        start: 0,
        end: 16,
      }),
    ])
  })

  it('finds nothing for a first summary on page 1, or a template whose summary comes second', () => {
    const first = briefOf([
      { id: 'summary', kind: 'summary', body: 'The bottom line.' },
      { id: 'background', kind: 'background', body: 'Context.' },
    ])
    const pages = { pages: 1, sections: [{ id: 'summary', firstPage: 1, lastPage: 1 }] }
    expect(findingsOf('summary-not-first', first, template, { pages })).toEqual([])
    const sitrep = templateOf([
      { id: 'situation', kind: 'situation' },
      { id: 'summary', kind: 'summary' },
    ])
    const second = briefOf([
      { id: 'situation', kind: 'situation', body: 'Now.' },
      { id: 'summary', kind: 'summary', body: 'Developments.' },
    ])
    expect(findingsOf('summary-not-first', second, sitrep)).toEqual([])
  })
})

describe('over-page-budget', () => {
  const template = templateOf(
    [
      { id: 's1', kind: 'custom' },
      { id: 's2', kind: 'custom' },
    ],
    { pageBudget: 2 },
  )
  const brief = briefOf([{ body: 'One.' }, { body: 'Two.' }])

  it('reports more pages than the budget, at the section that runs past it', () => {
    const pages = {
      pages: 3,
      sections: [
        { id: 's1', firstPage: 1, lastPage: 2 },
        { id: 's2', firstPage: 2, lastPage: 3 },
      ],
    }
    expect(findingsOf('over-page-budget', brief, template, { pages })).toEqual([
      expect.objectContaining({
        section: 's2',
        severity: 'warning',
        message: expect.stringMatching(/3 pages.*budget is 2/),
      }),
    ])
  })

  it('finds nothing within the budget, without a layout, or without a budget', () => {
    const pages = { pages: 2, sections: [{ id: 's1', firstPage: 1, lastPage: 2 }] }
    expect(findingsOf('over-page-budget', brief, template, { pages })).toEqual([])
    expect(findingsOf('over-page-budget', brief, template)).toEqual([])
    const unbounded = templateOf([{ id: 's1', kind: 'custom' }])
    expect(findingsOf('over-page-budget', brief, unbounded, { pages: { ...pages, pages: 9 } })).toEqual([])
  })
})
