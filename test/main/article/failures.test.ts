import { mkdir, open, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArticleError, readArticle, readArticleFromPath } from '../../../main/article/index'
import type { ArticleErrorCode } from '../../../main/article/index'
import { buildDocx } from './seed-builders'
import { failure } from '../../helpers/failure'
import { tempDir } from '../../helpers/temp'

// Every way a local source can be wrong gives one ArticleError with a one-line message that
// names the file and the problem, quickly, without a crash.

let folder = ''
const at = (name: string) => path.join(folder, name)

/** Deterministic noise: the same "random" bytes on every run. */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let state = 0x2545f491
  for (let i = 0; i < length; i++) {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    bytes[i] = state & 0xff
  }
  return bytes
}

/** A docx whose document.xml inflates from ~200 KB to ~100 MB of text. */
async function zipBomb(): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('[Content_Types].xml', '<Types/>')
  zip.file('word/document.xml', 'Peace talks. '.repeat(8_000_000))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The same bomb with its declared sizes rewritten to 1 KB: only inflating reveals it. */
function lyingBomb(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes)
  const view = new DataView(copy.buffer)
  for (let i = 0; i + 4 <= copy.length; i++) {
    const signature = view.getUint32(i, true)
    if (signature === 0x04034b50) view.setUint32(i + 22, 1024, true)
    if (signature === 0x02014b50) view.setUint32(i + 24, 1024, true)
  }
  return copy
}

beforeAll(async () => {
  folder = await tempDir('failures')
  await mkdir(at('a-folder.txt'))
  await writeFile(at('empty.txt'), '')
  await writeFile(at('blank.txt'), ' \n\t\r\n   \n')
  await writeFile(at('noise.txt'), noise(4096))
  await writeFile(at('noise'), noise(4096))
  await writeFile(at('fake.pdf'), 'This is a text file that claims to be a PDF.\n')
  await writeFile(at('broken.pdf'), '%PDF-1.7\n1 0 obj garbage endobj\ntrailer <<>>\n%%EOF\n')
  await writeFile(at('fake.docx'), 'Not a zip, just words in a file named .docx\n')
  await writeFile(at('old.doc'), noise(512))
  const notWord = new JSZip()
  notWord.file('notes.txt', 'hello')
  await writeFile(at('not-word.docx'), await notWord.generateAsync({ type: 'uint8array' }))
  const many = new JSZip()
  for (let i = 0; i < 20_000; i++) many.file(`word/media/f${i}.txt`, '')
  await writeFile(at('many-entries.docx'), await many.generateAsync({ type: 'uint8array' }))
  const bomb = await zipBomb()
  await writeFile(at('bomb.docx'), bomb)
  await writeFile(at('lying-bomb.docx'), lyingBomb(bomb))
  await writeFile(at('empty-body.docx'), await buildDocx([]))
  // 51 MB without writing 51 MB: a sparse file.
  const big = await open(at('big.pdf'), 'w')
  await big.truncate(51 * 1024 * 1024)
  await big.close()
  await writeFile(
    at('only-markup.html'),
    '<!doctype html><html><head><title></title></head><body><nav><a href="/">Home</a></nav></body></html>',
  )
}, 60_000)

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const cases: Array<{ name: string; file: string; code: ArticleErrorCode; message: RegExp }> = [
  { name: 'missing file', file: 'nope.txt', code: 'not-found', message: /nope\.txt does not exist/ },
  { name: 'folder', file: 'a-folder.txt', code: 'unsupported', message: /is a folder/ },
  { name: 'empty file', file: 'empty.txt', code: 'empty', message: /empty\.txt is empty/ },
  { name: 'blank file', file: 'blank.txt', code: 'empty', message: /only blank space/ },
  {
    name: 'random bytes named .txt',
    file: 'noise.txt',
    code: 'not-text',
    message: /does not look like text/,
  },
  { name: 'random bytes, no extension', file: 'noise', code: 'not-text', message: /does not look like text/ },
  { name: 'text named .pdf', file: 'fake.pdf', code: 'unreadable', message: /not a valid PDF/ },
  { name: 'broken PDF', file: 'broken.pdf', code: 'unreadable', message: /PDF/ },
  { name: 'text named .docx', file: 'fake.docx', code: 'unreadable', message: /not a valid Word document/ },
  { name: 'old Word .doc', file: 'old.doc', code: 'unsupported', message: /Save it as \.docx/ },
  {
    name: 'zip that is not Word',
    file: 'not-word.docx',
    code: 'unsupported',
    message: /not a Word document/,
  },
  {
    name: 'zip with 20,000 entries',
    file: 'many-entries.docx',
    code: 'too-large',
    message: /holds 20,00\d files.*zip bomb/,
  },
  {
    name: 'zip bomb (declared size)',
    file: 'bomb.docx',
    code: 'too-large',
    message: /unpacks to 100 MB.*zip bomb/,
  },
  {
    name: 'zip bomb (lying sizes)',
    file: 'lying-bomb.docx',
    code: 'too-large',
    message: /more than 50 MB.*zip bomb/,
  },
  {
    name: 'Word document without text',
    file: 'empty-body.docx',
    code: 'empty',
    message: /No article text found/,
  },
  { name: 'file over 50 MB', file: 'big.pdf', code: 'too-large', message: /51 MB, over the 50 MB limit/ },
  {
    name: 'page with no article text',
    file: 'only-markup.html',
    code: 'empty',
    message: /No article text found/,
  },
]

describe('unreadable files', () => {
  it.each(cases)('$name → $code', async ({ file, code, message }) => {
    const started = performance.now()
    const error = await failure(readArticleFromPath(at(file)), ArticleError)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain('\n')
    expect(performance.now() - started).toBeLessThan(30_000)
  })

  it('refuses empty bytes and blank pasted text', async () => {
    expect(
      (await failure(readArticle({ kind: 'bytes', name: 'a.pdf', bytes: new Uint8Array(0) }), ArticleError))
        .code,
    ).toBe('empty')
    expect((await failure(readArticle({ kind: 'text', text: '   \n ' }), ArticleError)).code).toBe('empty')
  })

  it('turns an unexpected failure underneath into a one-line ArticleError', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new TextEncoder().encode('partial')
      throw new TypeError('pipe broke\nwith detail')
    }
    const error = await failure(readArticleFromPath('-', { stdin: broken() }), ArticleError)
    expect(error.code).toBe('unreadable')
    expect(error.message).toBe('stdin could not be read (pipe broke with detail).')
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('stops when the caller cancels', async () => {
    const controller = new AbortController()
    controller.abort()
    const bytes = new TextEncoder().encode('Hello')
    const error = await failure(
      readArticle({ kind: 'bytes', name: 'a.txt', bytes }, { signal: controller.signal }),
      ArticleError,
    )
    expect(error.code).toBe('aborted')
  })
})
