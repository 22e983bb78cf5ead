import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'

// Shared by the two ways the renderer is served: the web server (main/web/server.ts) and Electron's
// app:// protocol (main/electron/app-protocol.ts). Both must refuse the same paths and send the same CSP;
// it lives in api/ because hosts never import each other.

/**
 * The Content-Security-Policy of every page of the app. No inline script or style, no eval, no remote
 * anything; pdf.js runs its worker from the app's own files and draws into canvases.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/** Headers sent with every response of the app (files add their caching: staticFileHeaders). */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  }
}

/** A bundler-named file (`assets/name-Hash1234.js`): its name changes whenever its content does. */
const HASHED_ASSET = /^[\w.-]+-[\w-]{8}\.[a-z0-9]+$/i

/**
 * How long a browser may keep a file: content-hashed assets (the pdf.js worker among them, 1.2 MB)
 * for good, since a new build gives them new names; everything else, index.html first, never, so a
 * new build is seen at once.
 */
export function cacheControlOf(file: string): string {
  const hashed = path.basename(path.dirname(file)) === 'assets' && HASHED_ASSET.test(path.basename(file))
  return hashed ? 'public, max-age=31536000, immutable' : 'no-store'
}

/** The headers of a served app file: security headers, its type and how long it may be cached. */
export function staticFileHeaders(file: string): Record<string, string> {
  return { ...securityHeaders(), 'Content-Type': contentTypeOf(file), 'Cache-Control': cacheControlOf(file) }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** The Content-Type of an app file; unknown kinds are served as opaque bytes. */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps the raw path of a request (`/assets/x.js`, still percent-encoded, query removed) to a file
 * inside `root`, or null. Refuses `..` segments (plain or encoded), backslashes, NUL, drive letters and
 * absolute paths, and anything whose real path (after links) leaves `root`. `/` is `index.html`.
 */
export async function resolveStaticPath(root: string, rawPath: string): Promise<string | null> {
  const relative = safeRelativePath(rawPath)
  if (relative === null) return null
  try {
    const realRoot = await realpath(root)
    const real = await realpath(path.join(realRoot, relative))
    if (!isInside(realRoot, real)) return null
    return (await stat(real)).isFile() ? real : null
  } catch {
    return null
  }
}

/** The checks of resolveStaticPath that need no file system: the relative path, or null. */
export function safeRelativePath(rawPath: string): string | null {
  if (!rawPath.startsWith('/') || rawPath.length > 1024) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return null
  }
  if ([...decoded].some((char) => char === '\\' || char.charCodeAt(0) < 0x20)) return null
  const segments = decoded.slice(1).split('/')
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[a-zA-Z]:/.test(segment)))
    return null
  // An empty segment inside the path (`//etc`) would make an absolute path on some systems.
  if (segments.slice(0, -1).some((segment) => segment === '')) return null
  const relative = segments.join('/')
  if (relative === '') return 'index.html'
  return relative.endsWith('/') ? `${relative}index.html` : relative
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}
