import * as z from 'zod'
import type { CallName } from '../common/api-calls'
import { BriefSchema, IdSchema } from '../brief/schema'
import {
  RecentEntrySchema,
  RecoveryEntrySchema,
  SettingsPatchSchema,
  SettingsSchema,
} from '../files/app-data-schema'
import { TemplateSchema, TemplateStyleSchema } from '../templates/schema'
import {
  AnalysisSchema,
  ArticleSchema,
  ArticleSourceSchema,
  bytesSchema,
  LIMITS,
  PdfResultSchema,
  TemplateListingSchema,
} from './pipeline-schemas'
import { templateCalls } from './template-contract'
import { CheckResultSchema } from './check-schemas'

// The schema of every call the UI can make: data in, data out. The call names themselves are listed
// once in main/common/api-calls.ts; this table is keyed by them. Nothing here imports Electron or
// Node, so the renderer can import its types and both transports validate with the same schemas.

const Empty = z.strictObject({})
const FileName = z.string().min(1).max(LIMITS.fileName)

/** One call of a contract. */
export type CallSpec = { input: z.ZodType; output: z.ZodType }
type AnyContract = Record<string, CallSpec>

/**
 * Holds a table to the call-name list: a name without a schema fails (the mapped constraint), and so
 * does a schema under a name that is not on the list (its type becomes `never`).
 */
export function keyedByCallNames<T extends { [K in CallName]: CallSpec }>(
  table: T & Record<Exclude<keyof T, CallName>, never>,
): T {
  return table
}

/** Every call: its input and output schema. Inputs are strict objects with bounded strings and arrays. */
export const contract = keyedByCallNames({
  /** Reads an article and analyses it; the host keeps it (bounded cache) under `articleId` for drafting. */
  openArticle: {
    input: z.strictObject({ source: ArticleSourceSchema }),
    output: z.strictObject({ articleId: IdSchema, article: ArticleSchema, analysis: AnalysisSchema }),
  },
  /** Drafts a brief from open articles and a template. */
  draftBrief: {
    input: z.strictObject({
      articleIds: z.array(IdSchema).min(1).max(20),
      templateId: IdSchema,
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      author: z.string().max(200).optional(),
    }),
    output: BriefSchema,
  },
  /**
   * Adds open articles to a brief: Positions and Sources are drafted afresh from all of the brief's
   * sources (which must be open) and the new articles; every other section is kept as it stands.
   * `merged` has Positions replaced, `kept` only the new sources appended; `positionsEdited` says
   * whether the brief's Positions differs from a fresh draft of its own sources (ask before replacing).
   */
  draftMerged: {
    input: z.strictObject({ brief: BriefSchema, articleIds: z.array(IdSchema).min(1).max(20) }),
    output: z.strictObject({ merged: BriefSchema, kept: BriefSchema, positionsEdited: z.boolean() }),
  },
  /** The PDF of a brief, for the preview; `style` previews a page style being edited instead of the template's. */
  renderPdf: {
    input: z.strictObject({ brief: BriefSchema, style: TemplateStyleSchema.optional() }),
    output: PdfResultSchema,
  },
  /** The same PDF for saving or downloading, with a file name to suggest. */
  exportPdf: {
    input: z.strictObject({ brief: BriefSchema }),
    output: PdfResultSchema.extend({ fileName: FileName }),
  },
  /** The brief as a Word document (.docx bytes), with a file name to suggest. */
  exportDocx: {
    input: z.strictObject({ brief: BriefSchema }),
    output: z.strictObject({ bytes: bytesSchema(LIMITS.pdfBytes), fileName: FileName }),
  },
  /**
   * The brief check (main/check) with the PDF's real layout. A source without a snapshot is read
   * from its article when that is open.
   */
  checkBrief: {
    input: z.strictObject({ brief: BriefSchema }),
    output: CheckResultSchema,
  },
  /** Opens the text of a .brief document (validated, migrated forward). */
  openBrief: {
    input: z.strictObject({ text: z.string().min(1).max(LIMITS.briefText) }),
    output: BriefSchema,
  },
  /** The text of a .brief document, with a file name to suggest. */
  saveBrief: {
    input: z.strictObject({ brief: BriefSchema }),
    output: z.strictObject({ text: z.string(), fileName: FileName }),
  },
  listTemplates: { input: Empty, output: z.array(TemplateListingSchema).max(10_000) },
  getTemplate: { input: z.strictObject({ id: IdSchema }), output: TemplateSchema },
  ...templateCalls,
  getSettings: { input: Empty, output: SettingsSchema },
  setSettings: { input: z.strictObject({ patch: SettingsPatchSchema }), output: SettingsSchema },
  listRecent: { input: Empty, output: z.array(RecentEntrySchema).max(100) },
  addRecent: {
    input: RecentEntrySchema.omit({ openedAt: true }),
    output: z.array(RecentEntrySchema).max(100),
  },
  /** Autosave: writes (or replaces, with `id`) a recovery copy of an unsaved brief. */
  saveRecovery: {
    input: z.strictObject({ brief: BriefSchema, id: IdSchema.optional() }),
    output: RecoveryEntrySchema,
  },
  /**
   * The heartbeat of a running session's recovery copy; `kept: false` when the copy is gone. With
   * `ending`, the session is going (its page unloads): the copy is left behind at once.
   */
  touchRecovery: {
    input: z.strictObject({ id: IdSchema, ending: z.boolean().optional() }),
    output: z.strictObject({ kept: z.boolean() }),
  },
  /**
   * The copies left by sessions that ended: no heartbeat for the settings' `recoveryTimeoutSeconds`,
   * or their host process is gone.
   */
  listRecovery: { input: Empty, output: z.array(RecoveryEntrySchema).max(1000) },
  /** Returns a recovery copy and removes it. */
  takeRecovery: { input: z.strictObject({ id: IdSchema }), output: BriefSchema },
  discardRecovery: {
    input: z.strictObject({ id: IdSchema }),
    output: z.strictObject({ discarded: z.boolean() }),
  },
} as const)

export type { CallName }

/** What a caller (the renderer) sees: inputs as written (defaults optional), outputs as parsed. */
export type ApiOf<C extends AnyContract> = {
  [K in keyof C]: (input: z.input<C[K]['input']>) => Promise<z.output<C[K]['output']>>
}
/** What an implementation receives: inputs already parsed, defaults filled in. */
export type HandlersOf<C extends AnyContract> = {
  [K in keyof C]: (input: z.output<C[K]['input']>) => Promise<z.output<C[K]['output']>>
}

/** The api as the renderer calls it. */
export type Api = ApiOf<typeof contract>
/** The api as main/api/handlers.ts implements it. */
export type ApiHandlers = HandlersOf<typeof contract>
export type CallInput<K extends CallName> = z.input<(typeof contract)[K]['input']>
export type CallOutput<K extends CallName> = z.output<(typeof contract)[K]['output']>
