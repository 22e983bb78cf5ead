import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import { applyTemplate } from '../../../main/brief/apply-template'
import { BriefSchema } from '../../../main/brief/schema'
import type { Brief, BriefInput } from '../../../main/brief/schema'
import { TemplateSchema } from '../../../main/templates/schema'
import type { Template } from '../../../main/templates/schema'
import { createTemplateStore } from '../../../main/files/template-store'

type TemplateInput = z.input<typeof TemplateSchema>

const store = createTemplateStore({})

function brief(sections: BriefInput['sections'], meta: Partial<BriefInput['meta']> = {}): Brief {
  return BriefSchema.parse({
    schemaVersion: 2,
    meta: {
      title: 'T',
      date: '2025-03-01',
      templateId: 'policy-brief',
      organization: '',
      ...meta,
    },
    sections,
    sources: [],
  })
}

function template(
  sections: TemplateInput['sections'],
  style: Partial<TemplateInput['style']> = {},
): Template {
  return TemplateSchema.parse({ schemaVersion: 1, id: 'target', name: 'Target', sections, style })
}

describe('applyTemplate', () => {
  it('re-heads and reorders sections by kind, keeping their bodies and provenance', () => {
    const source = brief([
      {
        id: 'a',
        kind: 'background',
        heading: 'Context',
        body: 'B body',
        provenance: [{ sourceId: 's', start: 0, end: 3 }],
      },
      { id: 'b', kind: 'summary', heading: 'Summary', body: 'S body' },
    ])
    const target = template([
      { id: 'sum', kind: 'summary', heading: 'Key points', rule: 'takeaways' },
      { id: 'bg', kind: 'background', heading: 'Background', rule: 'background' },
    ])
    const result = applyTemplate(source, target)
    expect(result.sections.map(({ id, heading, body }) => ({ id, heading, body }))).toEqual([
      { id: 'sum', heading: 'Key points', body: 'S body' },
      { id: 'bg', heading: 'Background', body: 'B body' },
    ])
    expect(result.sections[1]?.provenance).toEqual([{ sourceId: 's', start: 0, end: 3 }])
  })

  it.each([
    {
      name: 'a template section with no match is left empty: its guidance is a hint, never a body',
      sections: [{ id: 'x', kind: 'summary' as const, heading: 'S', body: 'kept' }],
      expected: [
        ['summary', 'Key points', 'kept'],
        ['outlook', 'Outlook', ''],
        ['sources', 'Sources', ''],
      ],
    },
    {
      name: 'brief sections with no match are appended, never dropped',
      sections: [
        { id: 'custom', kind: 'custom' as const, heading: 'My notes', body: 'notes' },
        { id: 'sources', kind: 'sources' as const, heading: 'Refs', body: 'refs' },
        { id: 'options', kind: 'options' as const, heading: 'Options', body: 'opts' },
      ],
      expected: [
        ['summary', 'Key points', ''],
        ['outlook', 'Outlook', ''],
        ['sources', 'Sources', 'refs'],
        ['custom', 'My notes', 'notes'],
        ['options', 'Options', 'opts'],
      ],
    },
    {
      name: 'two sections of one kind fill two template sections of that kind in order',
      sections: [
        { id: 'o1', kind: 'outlook' as const, heading: 'Near', body: 'first' },
        { id: 'o2', kind: 'outlook' as const, heading: 'Far', body: 'second' },
      ],
      expected: [
        ['summary', 'Key points', ''],
        ['outlook', 'Outlook', 'first'],
        ['sources', 'Sources', ''],
        ['outlook', 'Far', 'second'],
      ],
    },
  ])('$name', ({ sections, expected }) => {
    const target = template([
      { id: 'summary', kind: 'summary', heading: 'Key points', rule: 'takeaways' },
      { id: 'outlook', kind: 'outlook', heading: 'Outlook', rule: 'outlook', guidance: 'What comes next_' },
      { id: 'sources', kind: 'sources', heading: 'Sources', rule: 'sources', guidance: 'Never printed' },
    ])
    const result = applyTemplate(brief(sections), target)
    expect(result.sections.map((section) => [section.kind, section.heading, section.body])).toEqual(expected)
    expect(new Set(result.sections.map((section) => section.id)).size).toBe(result.sections.length)
  })

  it('takes the template id and marking, and the organization when the brief had the old one', async () => {
    const policy = await store.get('policy-brief')
    const target = template([{ id: 's', kind: 'summary', heading: 'S', rule: 'takeaways' }], {
      marking: 'UNCLASSIFIED',
      organization: 'Bar Test Org',
    })
    const followed = applyTemplate(brief([], { marking: 'OLD' }), target, policy)
    expect(followed.meta).toMatchObject({
      templateId: 'target',
      marking: 'UNCLASSIFIED',
      organization: 'Bar Test Org',
    })
    const own = applyTemplate(brief([], { organization: 'My Ministry' }), target, policy)
    expect(own.meta.organization).toBe('My Ministry')
  })

  it('maps a drafted policy brief onto the intelligence assessment and back without losing text', async () => {
    const policy = await store.get('policy-brief')
    const assessment = await store.get('intelligence-assessment')
    const start = brief(
      policy.sections.map((section) => ({
        id: section.id,
        kind: section.kind,
        heading: section.heading,
        body: `${section.id} text`,
      })),
    )
    const there = applyTemplate(start, assessment, policy)
    expect(there.sections.slice(0, assessment.sections.length).map((section) => section.heading)).toEqual(
      assessment.sections.map((section) => section.heading),
    )
    const back = applyTemplate(there, policy, assessment)
    const bodies = (value: Brief) =>
      value.sections.map((section) => section.body).filter((body) => body.endsWith(' text'))
    expect(bodies(back).sort()).toEqual(bodies(start).sort())
    expect(back.sections.slice(0, policy.sections.length).map((section) => section.heading)).toEqual(
      policy.sections.map((section) => section.heading),
    )
  })
})
