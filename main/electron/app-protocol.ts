import { readFile } from 'node:fs/promises'
import { resolveStaticPath, securityHeaders, staticFileHeaders } from '../api/static-files'

/** The app's own scheme: the renderer is served from app://briefwright/, never from file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'briefwright'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The file inside `root` that an app:// URL names, or null: another scheme or host, `..` (plain or
 * encoded), absolute paths, backslashes and links leading out of `root` are all refused.
 */
export async function resolveAppUrl(requestUrl: string, root: string): Promise<string | null> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return null
  // The raw path, before URL normalisation, so encoded traversal is seen (and refused) as such.
  const raw = requestUrl.toLowerCase().startsWith(APP_ORIGIN)
    ? requestUrl.slice(APP_ORIGIN.length)
    : url.pathname
  const rawPath = raw.split(/[?#]/)[0] || '/'
  return resolveStaticPath(root, rawPath)
}

/**
 * Answers a request to the app:// protocol: the file with its type and the app's CSP and security
 * headers, or 404. Only GET (and HEAD) are served.
 */
export async function handleAppRequest(request: Request, root: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
  const file = await resolveAppUrl(request.url, root)
  if (!file) return new Response('Not found', { status: 404, headers: securityHeaders() })
  const body = await readFile(file)
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: staticFileHeaders(file),
  })
}
