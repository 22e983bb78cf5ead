import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApiHandlers, CallName } from '../api/contract'
import { dispatchCall } from '../api/dispatch'
import type { CallResult } from '../api/dispatch'
import type { ApiErrorCode } from '../api/errors'
import { isAllowedHost, isAllowedOrigin, isValidToken, tokenOf } from './request-guards'
import { resolveStaticPath, securityHeaders, staticFileHeaders } from '../api/static-files'
import { decodeWire, encodeWire } from './wire'

const KB = 1024
const MB = 1024 * KB

/**
 * The largest request body of each call, as wire JSON (bytes as base64 grow by a third). A mapped
 * type over the contract: a new call does not compile until it has its limit here.
 */
export const maxRequestBytes: { [K in CallName]: number } = {
  openArticle: 36 * MB,
  draftBrief: 64 * KB,
  draftMerged: 64 * MB,
  renderPdf: 64 * MB,
  exportPdf: 64 * MB,
  exportDocx: 64 * MB,
  checkBrief: 64 * MB,
  openBrief: 64 * MB,
  saveBrief: 64 * MB,
  listTemplates: KB,
  getTemplate: 4 * KB,
  saveTemplate: 4 * MB,
  renameTemplate: 4 * KB,
  duplicateTemplate: 4 * KB,
  deleteTemplate: 4 * KB,
  importTemplate: 24 * MB,
  exportTemplate: 4 * KB,
  saveBriefAsTemplate: 64 * MB,
  changeTemplate: 64 * MB,
  renderTemplatePreview: 68 * MB,
  getSettings: KB,
  setSettings: 16 * KB,
  listRecent: KB,
  addRecent: 16 * KB,
  saveRecovery: 64 * MB,
  touchRecovery: KB,
  listRecovery: KB,
  takeRecovery: 4 * KB,
  discardRecovery: 4 * KB,
}

const STATUS: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  'too-large': 413,
  timeout: 504,
  'out-of-memory': 507,
  cancelled: 499,
  unavailable: 503,
  failed: 422,
}

export type WebServerOptions = {
  handlers: ApiHandlers
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** Only the loopback address: the api must not be reachable from the network. */
  host?: '127.0.0.1'
  /** Fixed in tests; random per launch otherwise. */
  token?: string
}

/** A running web server: open `url` (it carries the token) in a browser. */
export type WebServer = { url: string; origin: string; port: number; token: string; close(): Promise<void> }

/**
 * Serves the built renderer and `POST /api/<call>` on 127.0.0.1. Every request must name this server
 * in its Host header (DNS rebinding); api calls must carry the per-launch token and a JSON body under
 * the call's size cap, valid for the call's schema, before the handler runs.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const host = options.host ?? '127.0.0.1'
  let port = 0
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent)
        sendJson(response, 500, { ok: false, error: { code: 'failed', message: 'Internal error.' } })
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) return sendError(response, 403, 'failed', 'Unknown host.')
    const rawPath = (request.url ?? '/').split('?')[0]
    if (rawPath.startsWith('/api/')) return handleApi(request, response, rawPath.slice('/api/'.length))
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return sendError(response, 405, 'failed', 'Method not allowed.')
    const file = await resolveStaticPath(options.rendererDir, rawPath)
    if (!file) return sendError(response, 404, 'not-found', 'Not found.')
    const body = await readFile(file)
    response.writeHead(200, {
      ...staticFileHeaders(file),
      'Content-Length': body.length,
    })
    response.end(request.method === 'HEAD' ? undefined : body)
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, name: string): Promise<void> {
    if (request.method !== 'POST') return sendError(response, 405, 'failed', 'Api calls are POST requests.')
    if (!isValidToken(tokenOf(request.headers), token))
      return sendError(response, 401, 'failed', 'Missing or wrong token.')
    if (!isAllowedOrigin(request.headers.origin, port))
      return sendError(response, 403, 'failed', 'Foreign origin.')
    if (!Object.hasOwn(maxRequestBytes, name))
      return sendError(response, 404, 'not-found', 'No such api call.')
    const contentType = request.headers['content-type'] ?? ''
    if (!/^application\/json(;|$)/i.test(contentType))
      return sendError(response, 415, 'invalid-input', 'Send JSON.')
    const limit = maxRequestBytes[name as CallName]
    const text = await readBody(request, limit)
    if (text === null) {
      response.setHeader('Connection', 'close')
      return sendError(response, 413, 'too-large', `The request is larger than ${Math.round(limit / KB)} KB.`)
    }
    let input: unknown
    try {
      input = decodeWire(text)
    } catch {
      return sendError(response, 400, 'invalid-input', 'The request body is not JSON.')
    }
    const result = await dispatchCall(options.handlers, name, input)
    sendJson(response, result.ok ? 200 : STATUS[result.error.code], result)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve())
  })
  port = (server.address() as AddressInfo).port
  const origin = `http://${host}:${port}`
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

// Reads the body as UTF-8 text, or null as soon as it passes `limit` bytes (the rest is not read).
function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(request.headers['content-length'] ?? 0)
  if (declared > limit) {
    request.resume()
    return Promise.resolve(null)
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        request.resume()
        resolve(null)
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function sendError(response: ServerResponse, status: number, code: ApiErrorCode, message: string): void {
  sendJson(response, status, { ok: false, error: { code, message } })
}

function sendJson(response: ServerResponse, status: number, body: CallResult): void {
  const text = encodeWire(body)
  response.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  response.end(text)
}
