import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CallResult } from '../../../main/api/dispatch'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import { CONTENT_SECURITY_POLICY } from '../../../main/api/static-files'
import { startWebServer } from '../../../main/web/server'
import type { WebServer } from '../../../main/web/server'
import { decodeWire, encodeWire } from '../../../main/web/wire'
import { BAD_PAYLOADS } from '../api/bad-payloads'
import { spyHandlers } from '../api/spy-handlers'
import { seedArticle } from '../../helpers/cli'
import { rawRequest } from './http-client'
import { tempDir } from '../../helpers/temp'

let base: string
let rendererDir: string
let guarded: WebServer
let spies: ReturnType<typeof spyHandlers>
let real: WebServer
let host: ApiHost
const timings: Record<string, number> = {}

beforeAll(async () => {
  base = await tempDir('web')
  rendererDir = path.join(base, 'renderer')
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true })
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Briefwright</title>')
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {}')
  await writeFile(path.join(base, 'secret.txt'), 'secret')
  spies = spyHandlers()
  guarded = await startWebServer({ handlers: spies.handlers, rendererDir, host: '127.0.0.1' })
  host = createApiHost({ dataDir: path.join(base, 'data') })
  real = await startWebServer({ handlers: host.handlers, rendererDir, host: '127.0.0.1' })
})

afterAll(async () => {
  await guarded.close()
  await real.close()
  await host.close()
  await rm(base, { recursive: true, force: true })
  console.log('http timings (ms):', JSON.stringify(timings))
})

function post(server: WebServer, call: string, body: string, headers: Record<string, string> = {}) {
  return rawRequest({
    port: server.port,
    method: 'POST',
    path: `/api/${call}`,
    headers: { 'Content-Type': 'application/json', 'X-Briefwright-Token': server.token, ...headers },
    body,
  })
}

async function callReal<T>(call: string, input: unknown): Promise<T> {
  const started = performance.now()
  const response = await post(real, call, encodeWire(input))
  timings[call] = Math.round(performance.now() - started)
  const result = decodeWire(response.text) as CallResult<T>
  if (!result.ok) throw new Error(`${call}: ${result.error.message}`)
  expect(response.status).toBe(200)
  return result.value
}

describe('browser mode over HTTP', () => {
  it('listens on 127.0.0.1 only, with a long random token in its URL', () => {
    expect(guarded.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/)
    expect(guarded.token).not.toBe(real.token)
  })

  it.each([
    { name: 'no token', headers: { 'X-Briefwright-Token': '' }, status: 401 },
    { name: 'a wrong token', headers: { 'X-Briefwright-Token': 'x'.repeat(43) }, status: 401 },
    { name: 'a foreign Host', headers: { Host: 'evil.example' }, status: 403 },
    { name: 'a rebound Host with the right port', headers: { Host: 'attacker.example:PORT' }, status: 403 },
    { name: 'a lookalike Host', headers: { Host: 'localhost.evil.example:PORT' }, status: 403 },
    { name: 'a Host without the port', headers: { Host: '127.0.0.1' }, status: 403 },
    { name: 'a foreign Origin', headers: { Origin: 'https://evil.example' }, status: 403 },
    {
      name: 'a form content type',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      status: 415,
    },
  ])('refuses a call with $name', async ({ headers, status }) => {
    const concrete = Object.fromEntries(
      Object.entries(headers).map(([key, value]) => [key, value.replace('PORT', String(guarded.port))]),
    )
    const response = await post(guarded, 'listTemplates', '{}', concrete)
    expect(response.status).toBe(status)
    expect(JSON.parse(response.text)).toMatchObject({ ok: false })
    expect(spies.calls()).toBe(0)
  })

  it.each(BAD_PAYLOADS)('refuses $name with no side effect', async ({ call, input }) => {
    const response = await post(guarded, call, encodeWire(input))
    expect([400, 404, 413]).toContain(response.status)
    expect(spies.calls()).toBe(0)
  })

  it('refuses bodies over the call cap, bodies that are not JSON, and other methods', async () => {
    expect((await post(guarded, 'getTemplate', JSON.stringify({ id: 'a'.repeat(10_000) }))).status).toBe(413)
    expect((await post(guarded, 'getTemplate', '{"id":')).status).toBe(400)
    expect(
      (
        await rawRequest({
          port: guarded.port,
          path: '/api/listTemplates',
          headers: { 'X-Briefwright-Token': guarded.token },
        })
      ).status,
    ).toBe(405)
    expect(spies.calls()).toBe(0)
  })

  it('reads the token from X-Briefwright-Token, or else from a Bearer authorization', async () => {
    const response = await post(guarded, 'listTemplates', '{}', {
      'X-Briefwright-Token': '',
      Authorization: `Bearer ${guarded.token}`,
    })
    // The header check reads X-Briefwright-Token first; an empty one is a wrong token.
    expect(response.status).toBe(401)
    const bearer = await rawRequest({
      port: guarded.port,
      method: 'POST',
      path: '/api/listTemplates',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${guarded.token}` },
      body: '{}',
    })
    expect(bearer.status).toBe(200)
    expect(spies.spies.listTemplates).toHaveBeenCalledTimes(1)
    spies.spies.listTemplates.mockClear()
  })

  it('serves the renderer with the CSP and refuses traversal', async () => {
    const page = await rawRequest({ port: guarded.port, path: '/?token=abc' })
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(
      (await rawRequest({ port: guarded.port, path: '/assets/app.js' })).headers['content-type'],
    ).toMatch(/^text\/javascript/)
    for (const attack of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '//etc/passwd',
    ]) {
      expect((await rawRequest({ port: guarded.port, path: attack })).status, attack).toBe(404)
    }
    expect(
      (await rawRequest({ port: guarded.port, path: '/', headers: { Host: 'evil.example' } })).status,
    ).toBe(403)
  })

  it('drafts the seed brief and exports PDF bytes through the real api', async () => {
    const text = await readFile(seedArticle, 'utf8')
    const opened = await callReal<{ articleId: string }>('openArticle', { source: { kind: 'text', text } })
    const templates = await callReal<{ id: string }[]>('listTemplates', {})
    expect(templates.map((template) => template.id)).toContain('policy-brief')
    const brief = await callReal<{ sections: { heading: string }[] }>('draftBrief', {
      articleIds: [opened.articleId],
      templateId: 'policy-brief',
    })
    expect(brief.sections.length).toBeGreaterThan(2)
    const pdf = await callReal<{ bytes: Uint8Array; pages: number; fileName: string }>('exportPdf', { brief })
    expect(pdf.bytes).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    expect(pdf.pages).toBeGreaterThan(0)
  })

  it('sends bytes in as base64 too', async () => {
    const bytes = await readFile(seedArticle)
    const opened = await callReal<{ article: { meta: { title: string } } }>('openArticle', {
      source: { kind: 'bytes', name: 'seed.txt', bytes },
    })
    expect(opened.article.meta.title).toMatch(/^Trump’s Envoy/)
  })
})
