import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../../main/api/static-files'
import { startWebServer } from '../../../main/web/server'
import type { WebServer } from '../../../main/web/server'
import { spyHandlers } from '../api/spy-handlers'
import { tempDir } from '../../helpers/temp'
import { rawRequest } from './http-client'

// The built renderer's files as the bundler names them: hashed assets may be kept for good (a new
// build renames them), the page and anything unhashed never.
const FILES: { file: string; cache: string }[] = [
  { file: 'index.html', cache: 'no-store' },
  { file: 'assets/pdf.worker.min-FHbmGBN0.mjs', cache: 'public, max-age=31536000, immutable' },
  { file: 'assets/index-CBKfkIsK.js', cache: 'public, max-age=31536000, immutable' },
  { file: 'assets/index-LPQnEZpR.css', cache: 'public, max-age=31536000, immutable' },
  { file: 'assets/app.js', cache: 'no-store' },
  { file: 'icon-AbCdEfGh.png', cache: 'no-store' },
]

let server: WebServer

beforeAll(async () => {
  const rendererDir = path.join(await tempDir('web-cache'), 'renderer')
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true })
  for (const { file } of FILES) await writeFile(path.join(rendererDir, file), 'x')
  server = await startWebServer({ handlers: spyHandlers().handlers, rendererDir, host: '127.0.0.1' })
})

afterAll(async () => {
  await server.close()
})

describe('how long the browser may keep each file of the app', () => {
  it.each(FILES)('$file: Cache-Control $cache, with the CSP', async ({ file, cache }) => {
    const response = await rawRequest({ port: server.port, path: `/${file === 'index.html' ? '' : file}` })
    expect(response.status).toBe(200)
    expect(response.headers['cache-control']).toBe(cache)
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('a missing file is not cacheable', async () => {
    const response = await rawRequest({ port: server.port, path: '/assets/gone-AbCdEfGh.js' })
    expect(response.status).toBe(404)
    expect(response.headers['cache-control']).toBe('no-store')
  })
})
