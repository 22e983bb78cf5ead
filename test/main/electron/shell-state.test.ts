import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDocumentRegistry } from '../../../main/electron/documents'
import { briefPathsFromArgv, readBriefDocument, readFileCapped } from '../../../main/electron/open-file'
import { initialWindowBounds, windowStateOf } from '../../../main/electron/window-state'
import { tempDir } from '../../helpers/temp'

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }]

describe('window position', () => {
  it.each([
    {
      name: 'puts the window back where it was',
      saved: { x: 100, y: 80, width: 1000, height: 700, maximized: true },
      expected: { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true },
    },
    {
      name: 'ignores bounds on a display that is gone',
      saved: { x: 3000, y: 80, width: 1000, height: 700, maximized: false },
      expected: { bounds: { width: 1280, height: 860 }, maximized: false },
    },
    {
      name: 'ignores bounds barely on screen',
      saved: { x: 1880, y: 80, width: 1000, height: 700, maximized: false },
      expected: { bounds: { width: 1280, height: 860 }, maximized: false },
    },
    {
      name: 'uses the default size the first time',
      saved: null,
      expected: { bounds: { width: 1280, height: 860 }, maximized: false },
    },
  ])('$name', ({ saved, expected }) => {
    expect(initialWindowBounds(saved, screen)).toEqual(expected)
  })

  it('fits the default size to a small screen and rounds what it saves', () => {
    expect(initialWindowBounds(null, [{ x: 0, y: 0, width: 1024, height: 700 }]).bounds).toEqual({
      width: 1024,
      height: 700,
    })
    expect(windowStateOf({ x: 10.4, y: 20.6, width: 999.5, height: 50 }, false)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 100,
      maximized: false,
    })
  })
})

describe('documents named on the command line', () => {
  it.each([
    { argv: ['/opt/Briefwright/briefwright', '/home/a/x.brief'], expected: ['/home/a/x.brief'] },
    { argv: ['/opt/Briefwright/briefwright', 'notes/X.BRIEF', '--flag'], expected: ['/work/notes/X.BRIEF'] },
    { argv: ['electron', '.', '--inspect', 'report.pdf'], expected: [] },
    { argv: ['briefwright', '--open=a.brief'], expected: [] },
    { argv: ['briefwright'], expected: [] },
  ])('$argv', ({ argv, expected }) => {
    expect(briefPathsFromArgv(argv, '/work')).toEqual(expected)
  })

  it('reads a document, and refuses a file over the cap without reading it', async () => {
    const dir = await tempDir('open')
    try {
      const file = path.join(dir, 'a.brief')
      await writeFile(file, '{"schemaVersion":1}')
      expect(await readBriefDocument(file)).toEqual({
        name: 'a.brief',
        text: '{"schemaVersion":1}',
        path: file,
      })
      await expect(readFileCapped(file, 5)).rejects.toThrow(/^a.brief is larger than/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('queues documents for the renderer and remembers each window’s file', () => {
    const registry = createDocumentRegistry()
    registry.queue({ name: 'a.brief', text: '1', path: '/a.brief' })
    registry.queue({ name: 'b.brief', text: '2', path: '/b.brief' })
    expect(registry.take()?.name).toBe('a.brief')
    expect(registry.take()?.name).toBe('b.brief')
    expect(registry.take()).toBeNull()
    expect(registry.pathOf(1)).toBeNull()
    registry.setPath(1, '/a.brief')
    expect(registry.pathOf(1)).toBe('/a.brief')
    expect(registry.pathOf(2)).toBeNull()
  })
})
