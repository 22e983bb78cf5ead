import * as z from 'zod'
import { SectionPlanSchema } from '../brief/plan'
import { HexColorSchema, IdSchema } from '../brief/schema'
import { TEMPLATE_LIMITS } from '../common/limits'
import { LOGO_MAX_BASE64, logoProblem } from './logo'

/** The version of the .brieftemplate format this build writes. */
export const TEMPLATE_SCHEMA_VERSION = 1

/** A section the template drafts (brief/plan.ts), and whether a brief made with it must keep it. */
export const TemplateSectionSchema = SectionPlanSchema.extend({
  required: z.boolean().default(true),
})
export type TemplateSection = z.infer<typeof TemplateSectionSchema>

const Points = z.number().min(0).max(288)

/** An organization logo: PNG or JPEG bytes as base64, checked by their magic bytes, at most 1 MB. */
export const LogoSchema = z
  .strictObject({
    mediaType: z.enum(['image/png', 'image/jpeg']),
    data: z.string().max(LOGO_MAX_BASE64, 'the logo is larger than 1 MB'),
  })
  .superRefine((logo, context) => {
    const problem = logoProblem(logo)
    if (problem) context.addIssue({ code: 'custom', message: problem, path: ['data'] })
  })
export type Logo = z.infer<typeof LogoSchema>

/**
 * Text at the left, centre and right of the running header or footer. Fields in braces are filled
 * in per page: {title}, {date}, {page}, {pages}, {marking}, {organization}.
 */
export const SlotsSchema = z.strictObject({
  left: z.string().max(TEMPLATE_LIMITS.slot),
  center: z.string().max(TEMPLATE_LIMITS.slot),
  right: z.string().max(TEMPLATE_LIMITS.slot),
})
export type Slots = z.infer<typeof SlotsSchema>

/** The bundled families: Source Serif 4 ('serif') and Inter ('sans'). */
export const FontFamilySchema = z.enum(['serif', 'sans'])
export type FontFamily = z.infer<typeof FontFamilySchema>

// Every field has a default that reproduces the look of templates written before it existed, so
// format-1 files keep parsing (and rendering the same) without a migration.
export const TemplateStyleSchema = z.strictObject({
  pageSize: z.enum(['letter', 'a4']).default('letter'),
  /** Page margins in PDF points (1/72 in). */
  margins: z
    .strictObject({ top: Points, right: Points, bottom: Points, left: Points })
    .default({ top: 72, right: 72, bottom: 72, left: 72 }),
  accentColor: HexColorSchema.default('#1f4e79'),
  organization: z.string().max(TEMPLATE_LIMITS.organization).default(''),
  /** Printed in the organization band on page 1, before the organization's name. */
  logo: LogoSchema.nullable().default(null),
  bodyFont: FontFamilySchema.default('serif'),
  headingFont: FontFamilySchema.default('sans'),
  bodySize: z.number().min(7).max(16).default(10.5),
  lineSpacing: z.number().min(1).max(2).default(1.35),
  /** Marking text a new brief starts with, and the banner colour. */
  marking: z.string().max(TEMPLATE_LIMITS.marking).default(''),
  markingColor: HexColorSchema.default('#007a33'),
  /** A diagonal watermark on every page ("DRAFT"); empty for none. */
  watermark: z.string().max(TEMPLATE_LIMITS.watermark).default(''),
  summaryBox: z.boolean().default(true),
  /** Whether the header prints at all (its slots say what it holds). */
  runningHeader: z.boolean().default(true),
  header: SlotsSchema.default({ left: '{title}', center: '', right: '{date}' }),
  footer: SlotsSchema.default({ left: '{organization}', center: '', right: 'Page {page} of {pages}' }),
  /** Page 1 carries the masthead: whether it also gets the header and the footer. */
  firstPage: z
    .strictObject({ header: z.boolean(), footer: z.boolean() })
    .default({ header: false, footer: true }),
  /** "1. Background", "2. Positions"… in headings, the outline and the contents. */
  sectionNumbers: z.boolean().default(false),
  /**
   * A table of contents with page numbers: after a summary box that opens the brief, or else after
   * the masthead.
   */
  tableOfContents: z.boolean().default(false),
  /**
   * An "Estimative language" box after the body (before the sources): ICD 203's likelihood bands
   * with their ranges and the confidence levels, so a reader can decode the judgments' wording.
   */
  estimativeBox: z.boolean().default(false),
})
export type TemplateStyle = z.infer<typeof TemplateStyleSchema>

export const TemplateSchema = z.strictObject({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION),
  id: IdSchema,
  name: z.string().min(1).max(TEMPLATE_LIMITS.name),
  description: z.string().max(1000).default(''),
  /**
   * The template's first section is a summary that must stand first (a bottom line up front): the
   * editor pins it there and refuses moves that would put anything above it, so the editor's order
   * (which the PDF prints) keeps it first. Absent for templates whose summary may move.
   */
  summaryFirst: z.boolean().optional(),
  /**
   * The printed length a brief of this kind should keep to, in pages: drafting fills sections to fit
   * it and the editor shows pages used against it. Absent for no budget.
   */
  pageBudget: z.number().int().min(1).max(100).optional(),
  sections: z.array(TemplateSectionSchema).min(1).max(100),
  style: TemplateStyleSchema.prefault({}),
})
/** A brief template: its sections and its page style. */
export type Template = z.infer<typeof TemplateSchema>
