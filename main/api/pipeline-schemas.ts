import * as z from 'zod'
import type { Analysis } from '../analysis/types'
import type { Article } from '../article/types'
import { IdSchema, SourceSchema } from '../brief/schema'
import { API_LIMITS, BRIEF_LIMITS } from '../common/limits'

/** Limits of what the api accepts and returns (main/common/limits.ts). */
export const LIMITS = API_LIMITS

const Offset = z
  .number()
  .int()
  .nonnegative()
  .max(LIMITS.articleText * 4)
const Line = z.string().max(1000)
const Name = z.string().max(500)

/** Bytes of a file; over HTTP they travel as `{ "$bytes": "<base64>" }` (see main/web/wire.ts). */
export function bytesSchema(maxBytes: number) {
  return z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes')
    .refine((bytes) => bytes.byteLength <= maxBytes, `at most ${Math.round(maxBytes / 1024 / 1024)} MB`)
}

/**
 * Where an article comes from: the bytes of a file, pasted text, an http(s) address, or the copy of
 * a source's text a brief keeps, with the source's details as the brief lists them.
 */
export const ArticleSourceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('bytes'),
    name: z.string().min(1).max(LIMITS.fileName),
    bytes: bytesSchema(LIMITS.articleBytes),
  }),
  z.strictObject({
    kind: z.literal('text'),
    text: z.string().min(1).max(LIMITS.articleText),
    name: z.string().min(1).max(LIMITS.fileName).optional(),
  }),
  z.strictObject({
    kind: z.literal('url'),
    url: z
      .string()
      .max(LIMITS.url)
      .refine(
        (value) => /^https?:\/\//i.test(value) && URL.canParse(value),
        'an http:// or https:// address',
      ),
  }),
  z.strictObject({
    kind: z.literal('snapshot'),
    snapshot: SourceSchema.pick({
      id: true,
      title: true,
      outlet: true,
      byline: true,
      date: true,
      url: true,
      retrievedAt: true,
    }).extend({ text: z.string().min(1).max(BRIEF_LIMITS.sourceText) }),
  }),
])
export type ArticleSource = z.infer<typeof ArticleSourceSchema>

const BlockSchema = z.strictObject({
  kind: z.enum(['heading', 'paragraph', 'quote', 'list', 'caption']),
  text: z.string().max(LIMITS.articleText),
  start: Offset,
  end: Offset,
  level: z.number().int().min(1).max(6).optional(),
})

/** The shape of `Article` (main/article/types.ts), bounded. */
export const ArticleSchema = z.strictObject({
  id: IdSchema,
  meta: z.strictObject({
    title: Line.nullable(),
    subtitle: Line.nullable(),
    byline: Line.nullable(),
    outlet: Line.nullable(),
    published: z.string().max(100).nullable(),
    url: z.string().max(LIMITS.url).nullable(),
    retrievedAt: z.string().max(100),
    origin: z.string().max(LIMITS.url),
    dateline: z
      .strictObject({
        text: Line,
        place: Line,
        region: Line.nullable(),
        agency: Line.nullable(),
        date: z.string().max(100).nullable(),
        start: Offset,
        end: Offset,
      })
      .optional(),
  }),
  text: z.string().max(LIMITS.articleText),
  blocks: z.array(BlockSchema).max(100_000),
  warnings: z.array(Line).max(200),
}) satisfies z.ZodType<Article>

const SpanSchema = z.strictObject({ start: Offset, end: Offset })
const Many = 200_000

/** The shape of `Analysis` (main/analysis/types.ts), bounded. */
export const AnalysisSchema = z.strictObject({
  sentences: z
    .array(SpanSchema.extend({ text: z.string().max(LIMITS.articleText), blockIndex: Offset }))
    .max(Many),
  actors: z
    .array(
      z.strictObject({
        name: Name,
        kind: z.enum(['country', 'organization', 'person', 'group']),
        mentions: Offset,
        aliases: z.array(Name).max(1000),
      }),
    )
    .max(Many),
  people: z
    .array(
      z.strictObject({
        name: Name,
        role: Name.nullable(),
        actor: Name.nullable(),
        mentions: Offset,
        aliases: z.array(Name).max(1000),
      }),
    )
    .max(Many),
  quotes: z
    .array(
      SpanSchema.extend({
        text: z.string().max(LIMITS.articleText),
        speaker: Name,
        actor: Name.nullable(),
        attribution: SpanSchema.nullable(),
      }),
    )
    .max(Many),
  statements: z
    .array(
      SpanSchema.extend({
        text: z.string().max(LIMITS.articleText),
        speaker: Name,
        actor: Name.nullable(),
        label: SpanSchema,
      }),
    )
    .max(Many),
  keySentences: z
    .array(SpanSchema.extend({ text: z.string().max(LIMITS.articleText), score: z.number() }))
    .max(Many),
}) satisfies z.ZodType<Analysis>

/** One row of the template gallery (TemplateListing in main/templates/store.ts). */
export const TemplateListingSchema = z.strictObject({
  id: z.string().max(200),
  name: z.string().max(200),
  description: z.string().max(2000),
  builtIn: z.boolean(),
  error: z.string().max(2000).optional(),
})

/** A rendered PDF: the bytes shown in the preview are the bytes exported. */
export const PdfResultSchema = z.strictObject({
  bytes: bytesSchema(LIMITS.pdfBytes),
  pages: z.number().int().nonnegative(),
  warnings: z.array(Line).max(1000),
  /** One content hash per page (main/pdf): the preview redraws only pages whose hash changed. */
  pageHashes: z.array(z.string().max(64)).max(10_000).optional(),
})
