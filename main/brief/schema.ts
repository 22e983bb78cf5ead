import * as z from 'zod'
import { BRIEF_LIMITS } from '../common/limits'
import { SectionKindSchema } from './section-kinds'

/** The version of the .brief format this build writes. Older files are migrated forward on open. */
export const BRIEF_SCHEMA_VERSION = 2

const Id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes')
const ShortText = z.string().max(BRIEF_LIMITS.author)
const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'colours are #rrggbb')

/** Where a drafted sentence came from: a source and a character span of that source's text. */
export const ProvenanceSchema = z.strictObject({
  sourceId: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
})
export type Provenance = z.infer<typeof ProvenanceSchema>

export const SectionSchema = z.strictObject({
  id: Id,
  kind: SectionKindSchema,
  heading: z.string().min(1).max(BRIEF_LIMITS.sectionHeading),
  /** Markdown. */
  body: z.string().max(2_000_000),
  provenance: z.array(ProvenanceSchema).max(10_000).default([]),
})
export type Section = z.infer<typeof SectionSchema>

export const SourceSchema = z.strictObject({
  id: Id,
  title: z.string().max(BRIEF_LIMITS.sourceTitle).nullable(),
  outlet: ShortText.nullable().default(null),
  byline: ShortText.nullable().default(null),
  date: ShortText.nullable().default(null),
  url: z.string().max(BRIEF_LIMITS.sourceUrl).nullable().default(null),
  retrievedAt: ShortText.nullable().default(null),
  /**
   * The source's text when the brief was drafted from it, so provenance and quote checks work on a
   * reopened brief without the original file; null when the brief predates snapshots (format 1) or
   * the text is longer than a brief keeps.
   */
  text: z.string().max(BRIEF_LIMITS.sourceText).nullable().default(null),
  /** SHA-256 of `text` (hex), to tell whether a source read again is still the same text. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hex digits')
    .nullable()
    .default(null),
})
export type Source = z.infer<typeof SourceSchema>

export const BriefMetaSchema = z.strictObject({
  title: z.string().max(BRIEF_LIMITS.title),
  subtitle: z.string().max(BRIEF_LIMITS.subtitle).default(''),
  author: ShortText.default(''),
  organization: z.string().max(BRIEF_LIMITS.organization).default(''),
  /** ISO date, yyyy-mm-dd. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are yyyy-mm-dd'),
  /** Handling marking printed at the top and bottom of every page; empty for none. */
  marking: z.string().max(BRIEF_LIMITS.marking).default(''),
  templateId: Id,
})
export type BriefMeta = z.infer<typeof BriefMetaSchema>

export const BriefSchema = z.strictObject({
  schemaVersion: z.literal(BRIEF_SCHEMA_VERSION),
  meta: BriefMetaSchema,
  sections: z.array(SectionSchema).max(200),
  sources: z.array(SourceSchema).max(500),
})
/** A brief as stored in a .brief file and passed between the stages. */
export type Brief = z.infer<typeof BriefSchema>
/** A brief as a caller may write it (defaults not yet filled in). */
export type BriefInput = z.input<typeof BriefSchema>

export { Id as IdSchema, HexColor as HexColorSchema }
