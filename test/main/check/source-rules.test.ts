import { describe, expect, it } from 'vitest'
import { briefOf, findingsOf, SOURCE_TEXT } from './check-helpers'

const sentence = 'Officials expect a second round next month.'
const start = SOURCE_TEXT.indexOf(sentence)
const provenance = [{ sourceId: 'source-1', start, end: start + sentence.length }]
const body = `Talks resumed. ${sentence}`

describe('source-changed', () => {
  it('reports a passage whose source, read afresh, no longer holds it, at the drafted sentence', () => {
    const fresh = SOURCE_TEXT.replace('next month', 'in a year.')
    const found = findingsOf('source-changed', briefOf([{ body, provenance }]), null, {
      sourceTexts: { 'source-1': fresh },
    })
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'warning',
        section: 's1',
        message: expect.stringMatching(/now reads/),
      }),
    ])
    expect(body.slice(found[0]?.start, found[0]?.end)).toBe(sentence)
  })

  it('reports a snapshot changed after drafting (its hash no longer matches)', () => {
    const brief = briefOf([{ body, provenance }])
    const source = brief.sources[0]
    if (!source) throw new Error('no source')
    const edited = {
      ...brief,
      sources: [{ ...source, text: SOURCE_TEXT.replace('second round', 'second phase') }],
    }
    expect(findingsOf('source-changed', edited)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/changed after this passage was drafted/) }),
    ])
  })

  it('reports a passage whose source was removed, or that runs past the source’s end', () => {
    const brief = briefOf([
      { body, provenance: [{ sourceId: 'source-1', start: 0, end: SOURCE_TEXT.length + 5 }] },
    ])
    expect(findingsOf('source-changed', brief)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/now shorter/) }),
    ])
    const removed = { ...briefOf([{ body, provenance }]), sources: [] }
    expect(findingsOf('source-changed', removed)).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/no longer in this brief/) }),
    ])
  })

  it('finds nothing when the source still holds the passage, or an analyst rewrote the sentence', () => {
    expect(findingsOf('source-changed', briefOf([{ body, provenance }]))).toEqual([])
    const same = { sourceTexts: { 'source-1': SOURCE_TEXT } }
    expect(findingsOf('source-changed', briefOf([{ body, provenance }]), null, same)).toEqual([])
    const rewritten = briefOf([{ body: 'Officials hope to meet again.', provenance }])
    expect(findingsOf('source-changed', rewritten)).toEqual([])
  })
})
