import { timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * Whether a request's Host header names this server: `127.0.0.1:PORT` or `localhost:PORT`, nothing
 * else. A page on another site that rebinds its DNS name to 127.0.0.1 still sends its own name here.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false
  const value = host.toLowerCase()
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`
}

/** Whether an Origin header (when the browser sends one) is this server's own origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`
}

/** The token a request carries: `Authorization: Bearer <token>` or `X-Briefwright-Token: <token>`. */
export function tokenOf(headers: IncomingHttpHeaders): string | null {
  const custom = headers['x-briefwright-token']
  if (typeof custom === 'string') return custom
  const authorization = headers.authorization
  const match =
    typeof authorization === 'string' ? /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization) : null
  return match ? match[1] : null
}

/** Compares a presented token with the launch token in constant time. */
export function isValidToken(presented: string | null, expected: string): boolean {
  if (presented === null) return false
  const a = Buffer.from(presented)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}
