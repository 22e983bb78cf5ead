import * as z from 'zod'
import { BRIEF_LIMITS } from '../common/limits'
import { escapeMarkdown } from './markdown-text'
import { IdSchema } from './schema'
import type { Brief } from './schema'
import { DraftRuleSchema, SectionKindSchema, defaultRule } from './section-kinds'
import type { DraftRule } from './section-kinds'

/**
 * One section a brief is drafted with: where it stands, what it is called, how drafting fills it and
 * the hint an empty one shows. A template's sections are these and more (templates/schema.ts).
 */
export const SectionPlanSchema = z.strictObject({
  id: IdSchema,
  kind: SectionKindSchema,
  heading: z.string().min(1).max(BRIEF_LIMITS.sectionHeading),
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
  style: { organization: string; marking: string; estimativeBox?: boolean }
  /** The printed pages a brief of this template should keep to; drafting fits the brief to it. */
  pageBudget?: number
}

/**
 * The rule a planned section is drafted by. A section left to guidance whose kind the drafter knows
 * (a saved template's "Implications" marked guidance, say) is still drafted by its kind's rule: the
 * guidance stays a hint beside what the articles give.
 */
export function draftingRule(section: Pick<SectionPlan, 'kind' | 'rule'>): DraftRule {
  return section.rule === 'guidance' ? defaultRule(section.kind) : section.rule
}

/**
 * How earlier versions stored a section nobody wrote in: its template's guidance, in italics. Such a
 * body is a hint, not content.
 */
export function isGuidanceBody(body: string, guidance: string): boolean {
  const trimmed = guidance.trim()
  return trimmed !== '' && body.trim() === `*${escapeMarkdown(trimmed)}*`
}

/**
 * The brief with every body that is only its template section's guidance emptied (matched by id,
 * else by kind), so a brief from an earlier version prints and counts nothing it did not say. The
 * same brief (by reference) when there is nothing to clean.
 */
export function withoutGuidanceBodies(brief: Brief, plan: BriefPlan | null): Brief {
  if (!plan) return brief
  let changed = false
  const sections = brief.sections.map((section) => {
    const planned =
      plan.sections.find((candidate) => candidate.id === section.id) ??
      plan.sections.find((candidate) => candidate.kind === section.kind)
    if (!planned || !isGuidanceBody(section.body, planned.guidance)) return section
    changed = true
    return { ...section, body: '', provenance: [] }
  })
  return changed ? { ...brief, sections } : brief
}
