import * as z from 'zod'
import { IdSchema } from '../brief/schema'
import { API_LIMITS, BRIEF_LIMITS, SETTINGS_LIMITS, TEMPLATE_LIMITS } from '../common/limits'
import { RECOVERY_STALE_MS } from './recovery-liveness'

// Pure zod, no Node: main/api/contract.ts builds on these and must stay free of Node imports.

const Coordinate = z.number().int().min(-100_000).max(100_000)
const Extent = z.number().int().min(100).max(100_000)

/** Where the main window was, so the next start puts it back. */
export const WindowStateSchema = z.strictObject({
  x: Coordinate,
  y: Coordinate,
  width: Extent,
  height: Extent,
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowStateSchema>

const settingsFields = {
  /** Author name new briefs start with. */
  author: z.string().max(SETTINGS_LIMITS.author),
  /** The user's organization: new briefs carry it when their template names none. */
  organization: z.string().max(TEMPLATE_LIMITS.organization),
  /** The template picked last, preselected next time. */
  lastTemplateId: IdSchema.nullable(),
  window: WindowStateSchema.nullable(),
  /**
   * A window or tab that has not beaten its recovery heartbeat for this long has ended: its unsaved
   * work is offered back. Hidden browser tabs beat only about once a minute.
   */
  recoveryTimeoutSeconds: z.number().int().min(1).max(86_400),
  /** Export runs the brief check first and asks before writing a brief it finds errors in. */
  checkBeforeExport: z.boolean(),
}

/** The app's settings (settings.json in the data folder). */
export const SettingsSchema = z.strictObject({
  schemaVersion: z.literal(1).default(1),
  author: settingsFields.author.default(''),
  organization: settingsFields.organization.default(''),
  lastTemplateId: settingsFields.lastTemplateId.default(null),
  window: settingsFields.window.default(null),
  recoveryTimeoutSeconds: settingsFields.recoveryTimeoutSeconds.default(RECOVERY_STALE_MS / 1000),
  checkBeforeExport: settingsFields.checkBeforeExport.default(true),
})
export type Settings = z.infer<typeof SettingsSchema>

/** A change to the settings: only the keys given are replaced (no defaults, so nothing else is reset). */
export const SettingsPatchSchema = z.strictObject(settingsFields).partial()
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>

/**
 * A document opened or saved recently. `path` is null in the browser, where files have no path;
 * `title` is the brief's own title, which the list shows before the file name, when it is known.
 */
export const RecentEntrySchema = z.strictObject({
  name: z.string().min(1).max(API_LIMITS.fileName),
  path: z.string().min(1).max(4096).nullable(),
  title: z.string().max(BRIEF_LIMITS.title).optional(),
  openedAt: z.iso.datetime(),
})
export type RecentEntry = z.infer<typeof RecentEntrySchema>

/** How many recent documents are kept. */
export const MAX_RECENT = 10

/** An autosaved copy of an unsaved brief, offered back after a crash. */
export const RecoveryEntrySchema = z.strictObject({
  id: IdSchema,
  title: z.string().max(BRIEF_LIMITS.title),
  savedAt: z.iso.datetime(),
  bytes: z.number().int().nonnegative(),
})
export type RecoveryEntry = z.infer<typeof RecoveryEntrySchema>
