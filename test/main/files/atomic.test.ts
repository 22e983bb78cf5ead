import { readFile, readdir, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createFolderSweeper,
  sweepStaleTempFiles,
  writeFileAtomic,
  writeFileAtomicSync,
} from '../../../main/files/atomic'
import { tempDir as newTempDir } from '../../helpers/temp'

async function tempDir() {
  return newTempDir('atomic')
}

const writers = [
  { name: 'writeFileAtomic', write: writeFileAtomic },
  {
    name: 'writeFileAtomicSync',
    write: async (file: string, data: string | Uint8Array) => writeFileAtomicSync(file, data),
  },
]

describe.each(writers)('$name', ({ write }) => {
  it('writes new content and leaves no temp file behind', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'a.brief')
    await writeFile(file, 'old')
    await write(file, 'new content')
    expect(await readFile(file, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['a.brief'])
  })

  it('writes bytes unchanged', async () => {
    const dir = await tempDir()
    const file = path.join(dir, 'x.pdf')
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 255])
    await write(file, bytes)
    expect(new Uint8Array(await readFile(file))).toEqual(bytes)
  })

  it('fails on a missing folder without creating anything', async () => {
    const dir = await tempDir()
    await expect(write(path.join(dir, 'missing', 'a.brief'), 'x')).rejects.toThrow()
    expect(await readdir(dir)).toEqual([])
  })
})

describe('sweepStaleTempFiles', () => {
  it.each([
    { name: 'a.brief.123456', swept: true },
    { name: 'a.brief.4294967295', swept: true },
    { name: 'a.brief', swept: false },
    { name: 'notes.txt.123', swept: false },
    { name: 'a.brief.backup', swept: false },
  ])('$name swept: $swept', async ({ name, swept }) => {
    const dir = await tempDir()
    await writeFile(path.join(dir, name), 'x')
    const removed = await sweepStaleTempFiles(dir, { extensions: ['.brief'] })
    expect(removed.map((file) => path.basename(file))).toEqual(swept ? [name] : [])
    expect(await readdir(dir)).toEqual(swept ? [] : [name])
  })

  it('keeps temp files younger than the age limit (a save in progress)', async () => {
    const dir = await tempDir()
    const young = path.join(dir, 'a.brief.111')
    const old = path.join(dir, 'b.brief.222')
    await writeFile(young, 'x')
    await writeFile(old, 'x')
    const past = new Date(Date.now() - 120_000)
    await utimes(old, past, past)
    await sweepStaleTempFiles(dir, { extensions: ['.brief'], olderThanMs: 60_000 })
    expect((await readdir(dir)).sort()).toEqual(['a.brief.111'])
  })
})

describe('createFolderSweeper', () => {
  it('sweeps a folder the first time only', async () => {
    const dir = await tempDir()
    const old = new Date(Date.now() - 120_000)
    const stray = async (name: string) => {
      await writeFile(path.join(dir, name), 'x')
      await utimes(path.join(dir, name), old, old)
    }
    const sweepOnce = createFolderSweeper({ extensions: ['.brief'], olderThanMs: 60_000 })
    await stray('a.brief.101')
    expect((await sweepOnce(dir)).map((file) => path.basename(file))).toEqual(['a.brief.101'])
    await stray('b.brief.202')
    expect(await sweepOnce(path.join(dir, '.'))).toEqual([])
    expect(await readdir(dir)).toEqual(['b.brief.202'])
  })
})
