import * as z from 'zod'

/*
 * Every kind of section, with the drafting rule a section of that kind gets when no template names
 * one. The kinds and the rules are both read from this one table, so the two lists cannot drift
 * apart; every rule is some kind's default.
 */
const DEFAULT_RULE = {
  summary: 'takeaways',
  bluf: 'bluf',
  judgments: 'judgments',
  situation: 'situation',
  background: 'background',
  positions: 'positions',
  implications: 'implications',
  outlook: 'outlook',
  indicators: 'indicators',
  purpose: 'guidance',
  options: 'guidance',
  recommendation: 'guidance',
  sources: 'sources',
  custom: 'guidance',
} as const

type Kind = keyof typeof DEFAULT_RULE
type Rule = (typeof DEFAULT_RULE)[Kind]

/** The kinds of section a template can ask for; drafting and layout key off the kind, not the heading. */
export const SectionKindSchema = z.enum(Object.keys(DEFAULT_RULE) as Kind[])
export type SectionKind = z.infer<typeof SectionKindSchema>

/**
 * How drafting fills a section from the articles. `guidance` drafts nothing (the section shows the
 * template's hint); `sources` is printed from the brief's sources.
 */
export const DraftRuleSchema = z.enum([...new Set(Object.values(DEFAULT_RULE))] as Rule[])
export type DraftRule = z.infer<typeof DraftRuleSchema>

/** The drafting rule a section of this kind gets when no template says otherwise. */
export function defaultRule(kind: SectionKind): DraftRule {
  return DEFAULT_RULE[kind]
}
