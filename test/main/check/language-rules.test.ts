import { describe, expect, it } from 'vitest'
import { CONFIDENCE_LEVELS, LIKELIHOOD_BANDS } from '../../../main/check/index'
import { briefOf, findingsOf } from './check-helpers'

describe('the ICD 203 list', () => {
  it('has seven bands in both scales and three confidence levels', () => {
    expect(LIKELIHOOD_BANDS).toHaveLength(7)
    for (const band of LIKELIHOOD_BANDS) {
      expect(band.likelihood.length).toBeGreaterThan(0)
      expect(band.probability.length).toBeGreaterThan(0)
    }
    expect(CONFIDENCE_LEVELS).toEqual(['high confidence', 'moderate confidence', 'low confidence'])
  })
})

describe('estimative-mixed', () => {
  it('reports the less used scale’s term when a brief mixes the two', () => {
    const brief = briefOf([
      { body: 'Talks will likely resume. A deal is very unlikely this year.' },
      { body: 'Moscow will probably refuse.' },
    ])
    const found = findingsOf('estimative-mixed', brief)
    expect(found).toEqual([
      expect.objectContaining({ section: 's2', severity: 'warning', start: 12, end: 20 }),
    ])
    expect(found[0]?.message).toMatch(/“probably” is from the probable\/improbable scale.*“likely”/)
  })

  it.each([
    { name: 'one scale only', bodies: ['Talks will likely resume.', 'A deal is almost certainly off.'] },
    {
      name: 'the other scale in a quotation',
      bodies: ['Talks will likely resume.', 'He said “we will probably refuse the terms”.'],
    },
    { name: 'no estimative term', bodies: ['Talks resumed. Unlikelihood is not a term.'] },
    { name: '"remote" meaning far', bodies: ['Fighting is likely in remote regions.'] },
  ])('finds nothing with $name', ({ bodies }) => {
    expect(findingsOf('estimative-mixed', briefOf(bodies.map((body) => ({ body }))))).toEqual([])
  })
})

describe('likelihood-with-confidence', () => {
  it('reports the sentence that states both', () => {
    const body = 'Talks resumed. We assess with high confidence that a deal is likely. More later.'
    const found = findingsOf('likelihood-with-confidence', briefOf([{ body }]))
    expect(found).toHaveLength(1)
    expect(body.slice(found[0]?.start, found[0]?.end)).toBe(
      'We assess with high confidence that a deal is likely.',
    )
  })

  it('finds nothing when they stand in separate sentences', () => {
    const body = 'We have high confidence in the reporting. A deal is likely.'
    expect(findingsOf('likelihood-with-confidence', briefOf([{ body }]))).toEqual([])
  })
})

describe('long-sentence', () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `Word${index}`).join(' ')

  it('reports a sentence over 35 words as information', () => {
    const body = `Short one. ${words(36)}. Another short one.`
    const found = findingsOf('long-sentence', briefOf([{ body }]))
    expect(found).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringMatching(/36 words/) }),
    ])
    expect(body.slice(found[0]?.start, found[0]?.end)).toBe(`${words(36)}.`)
  })

  it('finds nothing at 35 words', () => {
    expect(findingsOf('long-sentence', briefOf([{ body: `${words(35)}.` }]))).toEqual([])
  })
})
