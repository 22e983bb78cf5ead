import { describe, expect, it } from 'vitest'
import {
  addProvenance,
  addSection,
  freshSectionId,
  moveSection,
  removeSection,
  renameSection,
  setMeta,
} from '../../renderer/state/brief-edits'
import { testBrief } from './fixtures'

const ids = (brief: ReturnType<typeof testBrief>) => brief.sections.map((section) => section.id)

describe('brief edits', () => {
  it.each([
    {
      afterId: 'key-takeaways',
      expected: ['key-takeaways', 'section-1', 'background', 'positions', 'sources'],
    },
    { afterId: null, expected: ['key-takeaways', 'background', 'positions', 'sources', 'section-1'] },
  ])('adds a section after $afterId', ({ afterId, expected }) => {
    const { brief, id } = addSection(testBrief(), { afterId })
    expect(id).toBe('section-1')
    expect(ids(brief)).toEqual(expected)
    expect(brief.sections.find((section) => section.id === id)).toMatchObject({
      heading: 'New section',
      kind: 'custom',
      body: '',
    })
  })

  it.each([
    { id: 'background', to: 0, expected: ['background', 'key-takeaways', 'positions', 'sources'] },
    { id: 'background', to: 99, expected: ['key-takeaways', 'positions', 'sources', 'background'] },
    { id: 'key-takeaways', to: -1, expected: ['key-takeaways', 'background', 'positions', 'sources'] },
  ])('moves $id to $to (clamped)', ({ id, to, expected }) => {
    expect(ids(moveSection(testBrief(), id, to))).toEqual(expected)
  })

  it('returns the same brief for edits that change nothing', () => {
    const brief = testBrief()
    expect(moveSection(brief, 'key-takeaways', 0)).toBe(brief)
    expect(removeSection(brief, 'nope')).toBe(brief)
    expect(renameSection(brief, 'background', '   ')).toBe(brief)
    expect(renameSection(brief, 'background', 'Background')).toBe(brief)
    expect(setMeta(brief, 'date', '1 March')).toBe(brief)
  })

  it('trims headings, clips meta, keeps provenance unique and ids fresh', () => {
    const brief = testBrief()
    expect(renameSection(brief, 'background', '  The   context ').sections[1].heading).toBe('The context')
    expect(setMeta(brief, 'marking', 'x'.repeat(200)).meta.marking).toHaveLength(120)
    const entry = brief.sections[0].provenance[0]
    expect(addProvenance(brief, 'key-takeaways', [entry])).toBe(brief)
    expect(freshSectionId(brief, 'positions')).toBe('positions-2')
    expect(removeSection(brief, 'positions').sections).toHaveLength(3)
  })
})
