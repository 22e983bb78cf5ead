import type { Brief } from '../brief/schema'
import type { Settings } from './app-data-schema'

/** What the user set once in Settings that a new brief starts with. */
export type DraftSettings = Pick<Settings, 'author' | 'organization'>

/**
 * A newly drafted brief completed from the user's Settings: their author when the draft was asked
 * for with none, their organization when the template names none. The app's draftBrief call and the
 * command line's draft both go through here, so the same article and template give the same brief.
 */
export function withSettingsDefaults(
  brief: Brief,
  settings: DraftSettings,
  requested: { author?: string } = {},
): Brief {
  const author = requested.author === undefined ? settings.author.trim() : brief.meta.author
  const organization = brief.meta.organization.trim() ? brief.meta.organization : settings.organization.trim()
  return { ...brief, meta: { ...brief.meta, author, organization } }
}
