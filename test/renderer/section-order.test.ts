import { describe, expect, it } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import type { Template } from '../../main/templates/schema'
import { emptySections, emptySectionsMessage } from '../../renderer/state/empty-sections'
import { pinnedSection, refusedMove } from '../../renderer/state/section-order'
import { testBrief } from './fixtures'
import { TEST_TEMPLATE } from './harness'

/** A template that pins its opening summary (as a bottom line up front is pinned). */
const pinning: Template = { ...TEST_TEMPLATE, summaryFirst: true }

const situation: Template = {
  ...TEST_TEMPLATE,
  id: 'situation-report',
  name: 'Situation report',
  sections: [
    { ...TEST_TEMPLATE.sections[1], id: 'situation', kind: 'situation', heading: 'Current situation' },
    ...TEST_TEMPLATE.sections,
  ],
}

function moved(brief: Brief, from: number, to: number): Brief {
  const sections = [...brief.sections]
  const [section] = sections.splice(from, 1)
  sections.splice(to, 0, section)
  return { ...brief, sections }
}

describe('the pinned summary', () => {
  it('is the first section when its template wants its opening summary first', () => {
    expect(pinnedSection(testBrief(), pinning)).toEqual({
      sectionId: 'key-takeaways',
      reason: 'The Policy brief template puts “Key takeaways” first.',
    })
  })

  it.each([
    ['no template is known', testBrief(), null],
    ['the template lets its summary move', testBrief(), TEST_TEMPLATE],
    ['the template opens with something else', testBrief(), { ...situation, summaryFirst: true }],
    ['the brief’s first section is another kind', moved(testBrief(), 1, 0), pinning],
    ['the brief has no sections', { ...testBrief(), sections: [] }, pinning],
  ])('is none when %s', (_name, brief, template) => {
    expect(pinnedSection(brief, template)).toBeNull()
  })

  it.each([
    [
      'key-takeaways',
      1,
      '“Key takeaways” stays first. The Policy brief template puts “Key takeaways” first.',
    ],
    [
      'background',
      0,
      'Nothing moves above “Key takeaways”. The Policy brief template puts “Key takeaways” first.',
    ],
    [
      'sources',
      -3,
      'Nothing moves above “Key takeaways”. The Policy brief template puts “Key takeaways” first.',
    ],
    ['background', 1, null],
    ['positions', 1, null],
    ['background', 3, null],
  ])('moving %s to %i is refused with: %s', (id, index, expected) => {
    const brief = testBrief()
    expect(refusedMove(brief, pinnedSection(brief, pinning), id, index)).toBe(expected)
  })

  it('refuses nothing without a pin', () => {
    expect(refusedMove(testBrief(), null, 'key-takeaways', 3)).toBeNull()
  })
})

describe('empty sections before export', () => {
  const withBodies = (bodies: Record<string, string>, sources = true): Brief => {
    const brief = testBrief()
    return {
      ...brief,
      sources: sources ? brief.sources : [],
      sections: brief.sections.map((section) => ({ ...section, body: bodies[section.id] ?? section.body })),
    }
  }

  it.each([
    [{}, true, null],
    [{ background: '  \n ' }, true, '“Background” is empty and will be left out of the PDF.'],
    [
      { background: '', positions: '' },
      true,
      '“Background” and “Positions” are empty and will be left out of the PDF.',
    ],
    [
      { 'key-takeaways': '', background: '', positions: '' },
      true,
      '“Key takeaways”, “Background” and “Positions” are empty and will be left out of the PDF.',
    ],
    [{ sources: '' }, true, null],
    [{ sources: '' }, false, '“Sources” is empty and will be left out of the PDF.'],
  ])('%j (sources: %s) → %s', (bodies, sources, expected) => {
    const brief = withBodies(bodies, sources)
    expect(emptySectionsMessage(brief)).toBe(expected)
    expect(emptySections(brief).length > 0).toBe(expected !== null)
  })
})
