import { randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, open, writeFile } from 'node:fs/promises'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { root } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

let dir: string
let base: string
const server = createServer((request, response) => {
  if (request.url === '/missing') {
    response.writeHead(404).end('not here')
  } else if (request.url === '/loop') {
    response.writeHead(302, { location: '/loop' }).end()
  } else if (request.url === '/endless') {
    response.writeHead(200, { 'content-type': 'text/plain' })
    const chunk = 'endless text '.repeat(10_000)
    const pump = () => {
      while (response.write(chunk)) {
        /* keep writing until the socket pushes back */
      }
    }
    response.on('drain', pump)
    pump()
  } else if (request.url === '/drip') {
    response.writeHead(200, { 'content-type': 'text/plain' })
    const timer = setInterval(() => response.write('x'), 1000)
    response.on('close', () => clearInterval(timer))
  } else {
    response.writeHead(500).end()
  }
})

/** Runs `briefwright draft <source> --out …` and returns code, stderr and how long it took. */
function draft(source: string): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [
      '--max-old-space-size=512',
      path.join(root, 'dist', 'cli.js'),
      'draft',
      source,
      '--out',
      path.join(dir, 'out.pdf'),
    ])
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => resolve({ code, stderr, ms: Date.now() - started }))
  })
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const full = path.join(dir, name)
  await writeFile(full, content)
  return full
}

async function docx(entries: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [name, content] of Object.entries(entries)) zip.file(name, content)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } })
}

beforeAll(async () => {
  dir = await tempDir('bad')
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => {
  server.closeAllConnections()
  server.close()
})

type Case = { name: string; source: () => Promise<string>; message: RegExp }

const cases: Case[] = [
  { name: 'an empty file', source: () => file('empty.txt', ''), message: /empty/i },
  { name: 'a blank file', source: () => file('blank.txt', ' \n\t\n  \n'), message: /empty|blank|no text/i },
  {
    name: '1 MB of random bytes named .txt',
    source: () => file('random.txt', randomBytes(1_000_000)),
    message: /not look like text|not text/i,
  },
  {
    name: 'a fake .pdf',
    source: () => file('fake.pdf', 'This is not a PDF at all.\n'.repeat(50)),
    message: /PDF/,
  },
  { name: 'a fake .docx', source: () => file('fake.docx', 'plain words, no zip'), message: /docx|Word|zip/i },
  {
    name: 'invalid UTF-8 that is no Windows-1252 text either',
    source: () =>
      file(
        'bad-utf8.txt',
        Buffer.from(
          [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0, 1, 2, 3, 0xff, 0xfe, 0x00].flatMap((byte) =>
            Array(2000).fill(byte),
          ),
        ),
      ),
    message: /text/i,
  },
  {
    name: 'a 60 MB text file',
    source: async () => {
      const full = path.join(dir, 'huge.txt')
      const handle = await open(full, 'w')
      const line = Buffer.from('All work and no play makes a very long article indeed. '.repeat(20) + '\n')
      for (let written = 0; written < 60 * 1024 * 1024; written += line.length) await handle.write(line)
      await handle.close()
      return full
    },
    message: /larger than|too large|MB/i,
  },
  {
    name: 'a .docx zip bomb',
    source: async () =>
      file(
        'bomb.docx',
        await docx({
          '[Content_Types].xml':
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
          'word/document.xml': `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${'A'.repeat(100 * 1024 * 1024)}</w:t></w:r></w:p></w:body></w:document>`,
        }),
      ),
    message: /too large|expands|bomb|MB/i,
  },
  {
    name: 'a .docx with 20,000 entries',
    source: async () =>
      file(
        'many.docx',
        await docx(
          Object.fromEntries(Array.from({ length: 20_000 }, (_unused, index) => [`f/${index}.xml`, 'x'])),
        ),
      ),
    message: /entries|files/i,
  },
  {
    name: 'HTML nested 100,000 deep',
    source: () =>
      file(
        'deep.html',
        `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`,
      ),
    message: /nested|deep/i,
  },
  {
    name: 'a Markdown list nested 5,000 deep',
    source: () =>
      file(
        'deep-list.md',
        Array.from({ length: 5000 }, (_unused, depth) => `${'  '.repeat(depth)}- item`).join('\n'),
      ),
    message: /nested|deep|large/i,
  },
  {
    name: '3,000 > in Markdown',
    source: () => file('quotes.md', `${'>'.repeat(3000)} deep`),
    message: /nested|deep/i,
  },
  { name: 'a missing file', source: async () => path.join(dir, 'nope.txt'), message: /does not exist/ },
  {
    name: 'a folder',
    source: async () => {
      await mkdir(path.join(dir, 'folder.txt'), { recursive: true })
      return path.join(dir, 'folder.txt')
    },
    message: /folder/i,
  },
  { name: 'a file:// URL', source: async () => 'file:///etc/passwd', message: /http/i },
  { name: 'a data: URL', source: async () => 'data:text/plain,hello', message: /http/i },
  { name: 'a 404', source: async () => `${base}/missing`, message: /404/ },
  { name: 'a redirect loop', source: async () => `${base}/loop`, message: /redirect/i },
  { name: 'an endless body', source: async () => `${base}/endless`, message: /MB|too large|larger/i },
  {
    name: 'a server that drips a byte a second',
    source: async () => `${base}/drip`,
    message: /within \d+ s/,
  },
  {
    name: 'a closed port',
    source: async () => {
      const probe = createServer()
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
      const { port } = probe.address() as AddressInfo
      await new Promise((resolve) => probe.close(resolve))
      return `http://127.0.0.1:${port}/article`
    },
    message: /connect|refused|reach/i,
  },
]

describe('briefwright draft with bad input', () => {
  it.each(cases)(
    '$name: one line, exit 2, no stack, within 30 s',
    async ({ source, message }) => {
      const result = await draft(await source())
      expect(result.code, result.stderr).toBe(2)
      expect(result.stderr).toMatch(/^briefwright: error: [^\n]+\n$/)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/)
      expect(result.ms).toBeLessThan(30_000)
    },
    40_000,
  )
})
