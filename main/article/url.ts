import { ArticleError, describeError, formatBytes } from './errors'
import type { FetchLimits } from './limits'

export type Fetched = { bytes: Uint8Array; contentType: string; finalUrl: string }

const acceptedTypes = ['text/html', 'application/xhtml+xml', 'text/plain']
const redirectStatuses = new Set([301, 302, 303, 307, 308])

/** Parses and checks a URL typed by the user: http and https only. */
export function parseHttpUrl(text: string): URL {
  let url: URL
  try {
    url = new URL(text.trim())
  } catch {
    throw new ArticleError('unsupported', `"${text.slice(0, 100)}" is not a valid URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ArticleError(
      'unsupported',
      `Only http and https addresses can be read, not ${url.protocol} (${text.slice(0, 60)}).`,
    )
  }
  return url
}

/**
 * GETs an article page with Node's fetch. Redirects are followed by hand so that each hop is
 * counted and scheme-checked; one deadline covers the redirects and the body, and the body is
 * streamed and counted so that an endless or huge response stops at the cap.
 */
export async function fetchArticle(
  address: string,
  limits: FetchLimits,
  signal?: AbortSignal,
): Promise<Fetched> {
  let url = parseHttpUrl(address)
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), limits.timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal
  const seen = new Set<string>()
  const failure = (error: unknown): ArticleError => {
    if (error instanceof ArticleError) return error
    if (timeout.signal.aborted) {
      return new ArticleError(
        'timeout',
        `${address} did not answer within ${limits.timeoutMs / 1000} s. Try again later.`,
      )
    }
    if (signal?.aborted) return new ArticleError('aborted', `Reading ${address} was cancelled.`)
    return new ArticleError('network', `Could not load ${url.href}: ${networkReason(error)}.`, {
      cause: error,
    })
  }
  try {
    for (let hop = 0; ; hop++) {
      seen.add(url.href)
      const response = await fetch(url, {
        redirect: 'manual',
        signal: combined,
        headers: {
          accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
          'user-agent': 'Briefwright/0.1',
        },
      }).catch((error: unknown) => {
        throw failure(error)
      })
      if (redirectStatuses.has(response.status)) {
        await response.body?.cancel().catch(() => undefined)
        const location = response.headers.get('location')
        if (!location)
          throw new ArticleError(
            'network',
            `${url.href} redirects (${response.status}) without saying where.`,
          )
        const next = parseHttpUrl(new URL(location, url).href)
        if (seen.has(next.href))
          throw new ArticleError('network', `${address} redirects in a loop (${next.href}).`)
        if (hop + 1 > limits.maxRedirects) {
          throw new ArticleError('network', `${address} redirects more than ${limits.maxRedirects} times.`)
        }
        url = next
        continue
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined)
        const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
        if (response.status === 404 || response.status === 410) {
          throw new ArticleError(
            'not-found',
            `${url.href} was not found (HTTP ${status}). Check the address.`,
          )
        }
        throw new ArticleError('network', `${url.href} answered HTTP ${status}.`)
      }
      const contentType = (response.headers.get('content-type') ?? '').trim()
      const mediaType = contentType.split(';')[0].trim().toLowerCase()
      if (mediaType !== '' && !acceptedTypes.includes(mediaType)) {
        await response.body?.cancel().catch(() => undefined)
        throw new ArticleError(
          'unsupported',
          `${url.href} is ${mediaType}, not a web page or text. Download it and open the file instead.`,
        )
      }
      const declared = Number(response.headers.get('content-length'))
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await response.body?.cancel().catch(() => undefined)
        throw tooLarge(url.href, limits)
      }
      const bytes = await readCapped(response, limits, url.href).catch((error: unknown) => {
        throw failure(error)
      })
      return { bytes, contentType, finalUrl: url.href }
    }
  } finally {
    clearTimeout(timer)
  }
}

async function readCapped(response: Response, limits: FetchLimits, href: string): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0)
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limits.maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(href, limits)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, total)
}

function tooLarge(href: string, limits: FetchLimits): ArticleError {
  return new ArticleError(
    'too-large',
    `${href} is larger than ${formatBytes(limits.maxBytes)}; save the article and open the file.`,
  )
}

/** undici hides the reason in `cause`: ECONNREFUSED, ENOTFOUND, a TLS error… */
function networkReason(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined
  const code = typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : ''
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'connection refused (is the server running?)',
    ENOTFOUND: 'host not found (check the address and your connection)',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    EAI_AGAIN: 'name lookup failed (check your connection)',
  }
  return reasons[code] ?? describeError(cause ?? error)
}
