import { rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readArticle, readArticleFromPath } from '../../../main/article/index'
import type { Article } from '../../../main/article/index'
import { loadSeed, seedDocx, seedHtml, seedMarkdown, seedPdf } from './seed-builders'
import { tempDir } from '../../helpers/temp'

// The seed article in every format and through every entry point must read the same: same
// headline, dek, the four section headings, and a body holding every quote.

const seed = loadSeed()
const seedBody = seed.body.map((part) => part.text).join('\n\n')
const encode = (text: string) => new TextEncoder().encode(text)
const now = () => new Date('2025-11-28T12:00:00Z')

let folder = ''
let server: ReturnType<typeof createServer>
let base = ''
const files: Record<string, Uint8Array> = {}

beforeAll(async () => {
  files['seed.txt'] = encode([seed.title, seed.subtitle, seedBody].join('\n'))
  files['seed.md'] = encode(seedMarkdown(seed))
  files['seed.html'] = encode(seedHtml(seed))
  files['seed.docx'] = await seedDocx(seed)
  files['seed.pdf'] = await seedPdf(seed)
  folder = await tempDir('article')
  for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(folder, name), bytes)
  // The same HTML without an extension: the reader must sniff it.
  await writeFile(path.join(folder, 'seed-no-extension'), files['seed.html'])
  server = createServer((request, response) => {
    if (request.url === '/moved') {
      response.writeHead(301, { location: '/world/envoy' }).end()
    } else if (request.url === '/world/envoy') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(files['seed.html'])
    } else {
      response.writeHead(404).end()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await rm(folder, { recursive: true, force: true })
})

const sources: Array<{ name: string; read: () => Promise<Article> }> = [
  { name: '.txt file', read: () => readArticleFromPath(path.join(folder, 'seed.txt'), { now }) },
  { name: '.md file', read: () => readArticleFromPath(path.join(folder, 'seed.md'), { now }) },
  { name: '.html file', read: () => readArticleFromPath(path.join(folder, 'seed.html'), { now }) },
  {
    name: 'HTML without extension',
    read: () => readArticleFromPath(path.join(folder, 'seed-no-extension'), { now }),
  },
  { name: '.docx file', read: () => readArticleFromPath(path.join(folder, 'seed.docx'), { now }) },
  { name: '.pdf file', read: () => readArticleFromPath(path.join(folder, 'seed.pdf'), { now }) },
  {
    name: '.pdf bytes',
    read: () => readArticle({ kind: 'bytes', name: 'seed.pdf', bytes: files['seed.pdf'] }, { now }),
  },
  {
    name: 'pasted HTML',
    read: () => readArticle({ kind: 'text', text: new TextDecoder().decode(files['seed.html']) }, { now }),
  },
  { name: 'http URL (after a redirect)', read: () => readArticleFromPath(`${base}/moved`, { now }) },
  {
    name: 'stdin text',
    read: () => readArticleFromPath('-', { now, stdin: Readable.from([files['seed.txt']]) }),
  },
  {
    name: 'stdin HTML',
    read: () => readArticleFromPath('-', { now, stdin: Readable.from([files['seed.html']]) }),
  },
]

describe('the seed article in every format', () => {
  it.each(sources)('$name: headline, dek, headings, quotes and exact body', async ({ read }) => {
    const article = await read()
    expect(article.meta.title).toBe(seed.title)
    expect(article.meta.subtitle).toBe(seed.subtitle)
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(seed.headings)
    expect(article.blocks.filter((b) => b.kind === 'heading').every((b) => b.level === 2)).toBe(true)
    for (const quote of seed.quoteStarts) expect(article.text).toContain(quote)
    // Nothing around the article (navigation, captions, scripts, bios) and nothing lost.
    expect(article.text).toBe(seedBody)
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text)
    expect(article.meta.retrievedAt).toBe('2025-11-28T12:00:00.000Z')
    expect(article.id).toMatch(/^[a-z0-9-]{1,64}$/)
  })

  it('reads the page metadata of the HTML version', async () => {
    const article = await readArticleFromPath(path.join(folder, 'seed.html'))
    expect(article.meta).toMatchObject({
      byline: 'Jane Doe',
      outlet: 'The Daily Brief',
      published: '2025-11-27',
      url: 'https://daily-brief.example/world/envoy-putin',
    })
    expect(article.warnings.join(' ')).toMatch(/Left out \d+ non-article parts/)
  })

  it('reports the final address of a redirected page and the origin as typed', async () => {
    const article = await readArticleFromPath(`${base}/moved`)
    expect(article.meta.url).toBe(`${base}/world/envoy`)
    expect(article.meta.origin).toBe(`${base}/moved`)
  })

  it('reads the Markdown byline line into meta', async () => {
    const article = await readArticle({ kind: 'bytes', name: 'seed.md', bytes: files['seed.md'] })
    expect(article.meta.byline).toBe('Jane Doe')
  })
})
