import { shell } from 'electron'
import { isSafeExternalUrl } from './guards'

/**
 * Opens a link in the system browser if it is a plain http(s) address; anything else (file:, smb:,
 * custom schemes that start programs) is refused. The one place the app calls shell.openExternal.
 */
export async function openExternalLink(url: string): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  // The argument is not a literal, so Electronegativity asks for a review: the scheme check above is
  // that review (guards.ts, unit-tested).
  await shell.openExternal(url) // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true
}
