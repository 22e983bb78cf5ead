import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DocumentError } from '../../../main/brief/migrate'
import { BriefSchema } from '../../../main/brief/schema'
import { parseBriefJson, serializeBrief } from '../../../main/files/brief-file'

// Seeded so a failure reproduces; bounded so CI time stays predictable.
const settings = { seed: 20261129, numRuns: 300 }

describe('any JSON opens as a brief or gives a clear error', () => {
  it('arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        try {
          const brief = parseBriefJson(JSON.stringify(value))
          expect(BriefSchema.safeParse(brief).success).toBe(true)
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentError)
          expect((error as Error).message).not.toContain('\n')
        }
      }),
      settings,
    )
  })

  it('arbitrary text, including truncated and non-JSON input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(() => parseBriefJson(text)).toThrow(DocumentError)
      }),
      settings,
    )
  })

  it('brief-shaped objects with random fields either round-trip or are refused', () => {
    const section = fc.record({
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/),
      kind: fc.constantFrom('summary', 'background', 'positions', 'custom', 'bogus'),
      heading: fc.string({ maxLength: 30 }),
      body: fc.string({ maxLength: 200 }),
    })
    const brief = fc.record({
      schemaVersion: fc.constantFrom(1, 1, 1, 2, 0, '1'),
      meta: fc.record({
        title: fc.string({ maxLength: 40 }),
        date: fc.constantFrom('2026-11-29', '29/11/2026', ''),
        templateId: fc.constantFrom('policy-brief', 'Bad Id', ''),
      }),
      sections: fc.array(section, { maxLength: 4 }),
      sources: fc.constant([]),
    })
    fc.assert(
      fc.property(brief, (candidate) => {
        let opened
        try {
          opened = parseBriefJson(JSON.stringify(candidate))
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentError)
          return
        }
        expect(parseBriefJson(serializeBrief(opened))).toEqual(opened)
      }),
      settings,
    )
  })
})
