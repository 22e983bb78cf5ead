import { z } from 'zod'
import { HexColorSchema, IdSchema, SectionKindSchema } from '../brief/schema'

/** The version of the .brieftemplate format this build writes. */
export const TEMPLATE_SCHEMA_VERSION = 1

/** How drafting fills a section from the article. */
export const DraftRuleSchema = z.enum([
  'takeaways',
  'bluf',
  'judgments',
  'situation',
  'background',
  'positions',
  'implications',
  'outlook',
  'indicators',
  'sources',
  'guidance',
])
export type DraftRule = z.infer<typeof DraftRuleSchema>

export const TemplateSectionSchema = z.strictObject({
  id: IdSchema,
  kind: SectionKindSchema,
  heading: z.string().min(1).max(200),
  guidance: z.string().max(2000).default(''),
  rule: DraftRuleSchema,
  required: z.boolean().default(true),
})
export type TemplateSection = z.infer<typeof TemplateSectionSchema>

const Points = z.number().min(0).max(288)

export const TemplateStyleSchema = z.strictObject({
  pageSize: z.enum(['letter', 'a4']).default('letter'),
  /** Page margins in PDF points (1/72 in). */
  margins: z
    .strictObject({ top: Points, right: Points, bottom: Points, left: Points })
    .default({ top: 72, right: 72, bottom: 72, left: 72 }),
  accentColor: HexColorSchema.default('#1f4e79'),
  organization: z.string().max(200).default(''),
  bodySize: z.number().min(7).max(16).default(10.5),
  lineSpacing: z.number().min(1).max(2).default(1.35),
  /** Marking text a new brief starts with, and the banner colour. */
  marking: z.string().max(120).default(''),
  markingColor: HexColorSchema.default('#007a33'),
  /** A diagonal watermark on every page ("DRAFT"); empty for none. */
  watermark: z.string().max(40).default(''),
  summaryBox: z.boolean().default(true),
  runningHeader: z.boolean().default(true),
})
export type TemplateStyle = z.infer<typeof TemplateStyleSchema>

export const TemplateSchema = z.strictObject({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: IdSchema,
  name: z.string().min(1).max(120),
  description: z.string().max(1000).default(''),
  sections: z.array(TemplateSectionSchema).min(1).max(100),
  style: TemplateStyleSchema.prefault({}),
})
/** A brief template: its sections and its page style. */
export type Template = z.infer<typeof TemplateSchema>
