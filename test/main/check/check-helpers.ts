import { BRIEF_SCHEMA_VERSION, BriefSchema } from '../../../main/brief/schema'
import type { Brief, BriefInput } from '../../../main/brief/schema'
import { sha256Of } from '../../../main/brief/source-snapshot'
import { checkBrief } from '../../../main/check/index'
import type { CheckOptions, Finding, RuleId } from '../../../main/check/index'
import { TemplateSchema } from '../../../main/templates/schema'
import type { Template } from '../../../main/templates/schema'

/** The text every test brief's one source holds. */
export const SOURCE_TEXT =
  'Talks resumed in Riyadh on Monday. “We want a ceasefire before the winter,” the foreign minister said. ' +
  'Officials expect a second round next month.'

type SectionInput = BriefInput['sections'][number]

/** A brief of the given sections (kind custom unless said), with one source holding SOURCE_TEXT. */
export function briefOf(sections: Partial<SectionInput>[], sourceText: string | null = SOURCE_TEXT): Brief {
  return BriefSchema.parse({
    schemaVersion: BRIEF_SCHEMA_VERSION,
    meta: { title: 'Test brief', date: '2026-01-01', templateId: 'test' },
    sections: sections.map((section, index) => ({
      id: `s${index + 1}`,
      kind: 'custom',
      heading: `Section ${index + 1}`,
      body: '',
      ...section,
    })),
    sources: [
      {
        id: 'source-1',
        title: 'Talks resume',
        text: sourceText,
        sha256: sourceText === null ? null : sha256Of(sourceText),
      },
    ],
  })
}

/** A template of the given sections (all required unless said), with an optional page budget. */
export function templateOf(
  sections: { id: string; kind: string; required?: boolean }[],
  extra: { pageBudget?: number; summaryFirst?: boolean } = {},
): Template {
  return TemplateSchema.parse({
    schemaVersion: 1,
    id: 'test',
    name: 'Test',
    ...extra,
    sections: sections.map((section) => ({ heading: section.id, rule: 'guidance', ...section })),
  })
}

/** The findings of one rule. */
export function findingsOf(
  rule: RuleId,
  brief: Brief,
  template: Template | null = null,
  options: CheckOptions = {},
): Finding[] {
  return checkBrief(brief, template, options).findings.filter((finding) => finding.rule === rule)
}
