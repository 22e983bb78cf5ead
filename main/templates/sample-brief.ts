import { applyTemplate } from '../brief/apply-template'
import { BRIEF_SCHEMA_VERSION } from '../brief/schema'
import type { Brief } from '../brief/schema'
import type { Template } from './schema'

/*
 * The brief every template's thumbnail is drawn from: short, fictional, with one section of each
 * kind, so any template's sections find a body. Pure data.
 */

const SAMPLE: Brief = {
  schemaVersion: BRIEF_SCHEMA_VERSION,
  meta: {
    title: 'Grid Interconnection Talks Resume Between Neighbouring Capitals',
    subtitle: 'A sample brief, drawn to show how a template looks',
    author: 'Analyst Name',
    organization: '',
    date: '2025-03-14',
    marking: '',
    templateId: 'policy-brief',
  },
  sections: [
    {
      id: 'summary',
      kind: 'summary',
      heading: 'Key takeaways',
      body: [
        '- Negotiators agreed a **timetable for two cross-border power lines**, the first concrete step in a year.',
        '- Funding from the regional growth plan is now tied to progress on the energy annex.',
        '- Winter demand abroad has raised the stakes for both grid operators.',
      ].join('\n'),
      provenance: [],
    },
    {
      id: 'bluf',
      kind: 'bluf',
      heading: 'Bottom line up front',
      body: 'Technical cooperation on the grid is likely to advance this year; political recognition is not.',
      provenance: [],
    },
    {
      id: 'judgments',
      kind: 'judgments',
      heading: 'Key judgments',
      body: '1. Both sides want the funding more than they fear the precedent.\n2. Tenders will slip by a quarter at most.',
      provenance: [],
    },
    {
      id: 'situation',
      kind: 'situation',
      heading: 'Situation',
      body: 'Delegations met for a second round under a mediator and agreed a schedule for interconnector tenders and an escrow mechanism for disputed payments.',
      provenance: [],
    },
    {
      id: 'background',
      kind: 'background',
      heading: 'Background',
      body: 'The two grid operators have run separate control areas for a decade. Loop flows, unpaid balancing energy and frequency deviations are well known to traders in the region.',
      provenance: [],
    },
    {
      id: 'positions',
      kind: 'positions',
      heading: 'Positions',
      body: '- **The mediator** wants measurable progress before the next disbursement.\n- **The capitals** accept technical cooperation and reject anything that reads as recognition.',
      provenance: [],
    },
    {
      id: 'implications',
      kind: 'implications',
      heading: 'Implications',
      body: 'A working escrow would set a pattern for other disputed utilities, from telecoms to water.',
      provenance: [],
    },
    {
      id: 'outlook',
      kind: 'outlook',
      heading: 'Outlook',
      body: 'Expect tender documents within three months and a ruling on tariffs soon after.',
      provenance: [],
    },
    {
      id: 'indicators',
      kind: 'indicators',
      heading: 'Indicators to watch',
      body: '- Publication of the tender documents.\n- The regulator’s tariff ruling.',
      provenance: [],
    },
    {
      id: 'purpose',
      kind: 'purpose',
      heading: 'Purpose',
      body: 'To decide whether to fund technical assistance for the interconnector tenders.',
      provenance: [],
    },
    {
      id: 'options',
      kind: 'options',
      heading: 'Options',
      body: '1. Fund the assistance now.\n2. Wait for the tariff ruling.\n3. Decline.',
      provenance: [],
    },
    {
      id: 'recommendation',
      kind: 'recommendation',
      heading: 'Recommendation',
      body: 'Option 1: fund now, with payment tied to the tender timetable.',
      provenance: [],
    },
    { id: 'sources', kind: 'sources', heading: 'Sources', body: '', provenance: [] },
  ],
  sources: [
    {
      id: 'sample-source',
      title: 'Grid talks resume with timetable for interconnectors',
      outlet: 'Regional Energy Review',
      byline: 'Staff reporter',
      date: '2025-03-13',
      url: null,
      retrievedAt: null,
      text: null,
      sha256: null,
    },
  ],
}

/** The sample brief in a template's sections and marking: what the template's gallery card shows. */
export function sampleBriefFor(template: Template): Brief {
  const kinds = new Set(template.sections.map((section) => section.kind))
  const sections = SAMPLE.sections.filter((section) => kinds.has(section.kind))
  return applyTemplate({ ...SAMPLE, sections }, template)
}
