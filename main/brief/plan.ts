import { z } from 'zod'
import { escapeMarkdown } from './markdown-text'
import { IdSchema } from './schema'
import { DraftRuleSchema, SectionKindSchema } from './section-kinds'

/**
 * One section a brief is drafted with: where it stands, what it is called, how drafting fills it and
 * the hint an empty one shows. A template's sections are these and more (templates/schema.ts).
 */
export const SectionPlanSchema = z.strictObject({
  id: IdSchema,
  kind: SectionKindSchema,
  heading: z.string().min(1).max(200),
  guidance: z.string().max(2000).default(''),
  rule: DraftRuleSchema,
})
export type SectionPlan = z.infer<typeof SectionPlanSchema>

/**
 * What drafting and restyling read of a template: its id, its sections in order, and the fields of
 * its style a brief takes over. A Template is one; brief/ names only what it reads.
 */
export type BriefPlan = {
  id: string
  sections: readonly SectionPlan[]
  style: { organization: string; marking: string }
}

/** What a planned section holds before anything is written in it: its guidance, in italics. */
export function guidanceBody(section: SectionPlan): string {
  const guidance = section.guidance.trim()
  return section.rule === 'sources' || guidance === '' ? '' : `*${escapeMarkdown(guidance)}*`
}
