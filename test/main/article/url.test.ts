import { createServer } from 'node:http'
import type { ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleError, readArticle, readArticleFromPath } from '../../../main/article/index'
import type { ArticleErrorCode, ReadArticleOptions } from '../../../main/article/index'
import { loadSeed, seedHtml } from './seed-builders'
import { failure } from '../../helpers/failure'

// URL reading against a local server on 127.0.0.1: every refusal is an ArticleError, and the
// slow and endless cases stop at their limits instead of hanging or filling memory.

const seed = loadSeed()
const sockets = new Set<Socket>()
let base = ''
let closedPortUrl = ''
const server = createServer((request, response) => {
  const route = routes[request.url ?? '']
  if (route) route(response)
  else response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
})

const redirect = (to: string) => (response: ServerResponse) => response.writeHead(302, { location: to }).end()
const routes: Record<string, (response: ServerResponse) => void> = {
  '/article': (response) => response.writeHead(200, { 'content-type': 'text/html' }).end(seedHtml(seed)),
  '/plain': (response) =>
    response
      .writeHead(200, { 'content-type': 'text/plain; charset=windows-1252' })
      .end(
        Buffer.from([
          ...Buffer.from('Caf'),
          0xe9,
          ...Buffer.from(' talks resume\n\nThe caf'),
          0xe9,
          ...Buffer.from(' reopened today.\n'),
        ]),
      ),
  '/loop-a': redirect('/loop-b'),
  '/loop-b': redirect('/loop-a'),
  '/to-file': redirect('file:///etc/passwd'),
  '/pdf': (response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
  '/json': (response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  '/huge-declared': (response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(200 * 1024 * 1024) })
    response.write('<html>')
  },
  '/drip': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    const timer = setInterval(() => response.write('<'), 1000)
    response.on('close', () => clearInterval(timer))
  },
  '/silent': () => undefined,
  '/endless': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    const chunk = Buffer.alloc(64 * 1024, 'a')
    const pump = () => {
      while (!response.destroyed && response.write(chunk));
      if (!response.destroyed) response.once('drain', pump)
    }
    pump()
  },
  '/server-error': (response) => response.writeHead(503).end(),
}
for (let i = 0; i < 10; i++) routes[`/hop-${i}`] = redirect(`/hop-${i + 1}`)
routes['/hop-10'] = routes['/article']

beforeAll(async () => {
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  closedPortUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/article`
  await new Promise((resolve) => closed.close(resolve))
})

afterAll(async () => {
  for (const socket of sockets) socket.destroy()
  await new Promise((resolve) => server.close(resolve))
})

type Case = {
  name: string
  url: () => string
  code: ArticleErrorCode
  message: RegExp
  options?: ReadArticleOptions
  maxMs?: number
}

const cases: Case[] = [
  {
    name: 'file: URL',
    url: () => 'file:///etc/passwd',
    code: 'unsupported',
    message: /Only http and https.*file:/,
  },
  { name: 'data: URL', url: () => 'data:text/html,<h1>Hi</h1>', code: 'unsupported', message: /not data:/ },
  {
    name: 'javascript: URL',
    url: () => 'javascript:alert(1)',
    code: 'unsupported',
    message: /not javascript:/,
  },
  { name: 'not a URL', url: () => 'http://', code: 'unsupported', message: /not a valid URL/ },
  { name: '404', url: () => `${base}/missing`, code: 'not-found', message: /was not found \(HTTP 404/ },
  { name: 'server error', url: () => `${base}/server-error`, code: 'network', message: /HTTP 503/ },
  { name: 'redirect loop', url: () => `${base}/loop-a`, code: 'network', message: /redirects in a loop/ },
  {
    name: 'more than 5 redirects',
    url: () => `${base}/hop-0`,
    code: 'network',
    message: /more than 5 times/,
  },
  { name: 'redirect to file:', url: () => `${base}/to-file`, code: 'unsupported', message: /not file:/ },
  { name: 'closed port', url: () => closedPortUrl, code: 'network', message: /connection refused/ },
  {
    name: 'PDF content type',
    url: () => `${base}/pdf`,
    code: 'unsupported',
    message: /is application\/pdf.*Download it/,
  },
  { name: 'JSON content type', url: () => `${base}/json`, code: 'unsupported', message: /application\/json/ },
  {
    name: 'declared body over the cap',
    url: () => `${base}/huge-declared`,
    code: 'too-large',
    message: /larger than 10 MB/,
  },
  { name: 'endless body', url: () => `${base}/endless`, code: 'too-large', message: /larger than 10 MB/ },
  {
    name: 'a byte a second',
    url: () => `${base}/drip`,
    code: 'timeout',
    message: /did not answer within 1 s/,
    options: { fetchLimits: { timeoutMs: 1000 } },
    maxMs: 10_000,
  },
  {
    name: 'no answer at all',
    url: () => `${base}/silent`,
    code: 'timeout',
    message: /did not answer within 0.5 s/,
    options: { fetchLimits: { timeoutMs: 500 } },
    maxMs: 10_000,
  },
]

describe('reading URLs', () => {
  it.each(cases)('$name → $code', async ({ url, code, message, options, maxMs }) => {
    const started = performance.now()
    const error = await failure(readArticleFromPath(url(), options), ArticleError)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('\n')
    expect(performance.now() - started).toBeLessThan(maxMs ?? 30_000)
  })

  it('refuses non-http schemes given as a url source too', async () => {
    const error = await failure(readArticle({ kind: 'url', url: 'file:///etc/passwd' }), ArticleError)
    expect(error.code).toBe('unsupported')
  })

  it('follows up to 5 redirects', async () => {
    const article = await readArticleFromPath(`${base}/hop-5`)
    expect(article.meta.title).toBe(seed.title)
    expect(article.meta.url).toBe(`${base}/hop-10`)
  })

  it('reads text/plain in the declared charset', async () => {
    const article = await readArticleFromPath(`${base}/plain`)
    expect(article.meta.title).toBe('Café talks resume')
    expect(article.text).toBe('The café reopened today.')
  })

  it('stops when the caller cancels', async () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 200)
    const error = await failure(
      readArticleFromPath(`${base}/drip`, { signal: controller.signal }),
      ArticleError,
    )
    expect(error.code).toBe('aborted')
  })
})
