import type { Brief } from '../brief/schema'
import { defaultRule } from '../brief/section-kinds'
import { TEMPLATE_SCHEMA_VERSION, TemplateSchema, TemplateStyleSchema } from './schema'
import type { Template, TemplateSection } from './schema'

/**
 * "Save as template": the brief's sections (ids, kinds, headings, in its order) with the guidance and
 * rules of the template it was drafted from where a section came from it (by id, else by kind), and
 * that template's page budget and whole style (fonts, logo, header and footer, numbering, contents…) with the
 * brief's organization and marking. The id is provisional; the store assigns a free one.
 */
export function templateFromBrief(brief: Brief, base: Template | null, name: string): Template {
  const byId = new Map(base?.sections.map((section) => [section.id, section]) ?? [])
  const byKind = new Map<string, TemplateSection>()
  for (const section of base?.sections ?? []) if (!byKind.has(section.kind)) byKind.set(section.kind, section)
  return TemplateSchema.parse({
    schemaVersion: TEMPLATE_SCHEMA_VERSION,
    id: 'new-template',
    name,
    description: base ? `Based on ${base.name}.` : '',
    // Kept only while the brief still opens with the summary the base template pins.
    ...(base?.summaryFirst && brief.sections[0]?.kind === base.sections[0]?.kind
      ? { summaryFirst: true }
      : {}),
    ...(base?.pageBudget !== undefined ? { pageBudget: base.pageBudget } : {}),
    sections: brief.sections.map((section) => {
      const from = byId.get(section.id) ?? byKind.get(section.kind)
      return {
        id: section.id,
        kind: section.kind,
        heading: section.heading,
        guidance: from?.guidance ?? '',
        rule: from?.rule ?? defaultRule(section.kind),
        required: from?.required ?? true,
      }
    }),
    style: {
      ...(base?.style ?? TemplateStyleSchema.parse({})),
      ...(brief.meta.organization ? { organization: brief.meta.organization } : {}),
      marking: brief.meta.marking,
    },
  })
}
