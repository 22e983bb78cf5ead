import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanSource } from './scan-internals'

const root = join(import.meta.dirname, '..', '..', '..', '..')
const engineDir = join(root, 'main', 'pdf', 'engine')

/** The TypeScript files under a folder, as absolute paths. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(dir, file))
}

describe('the PDF engine stays in main/pdf/engine', () => {
  it('no code in main/ or renderer/ outside it imports pdfkit, fontkit or harfbuzzjs or reaches into private members', () => {
    const files = [...sourceFiles(join(root, 'main')), ...sourceFiles(join(root, 'renderer'))].filter(
      (file) => !file.startsWith(engineDir + sep),
    )
    expect(files.length).toBeGreaterThan(50)
    // The listed members are common words ("features" is also an option of the docx package): they
    // count only in main/pdf, the one place whose code holds pdfkit and fontkit objects (the engine's
    // functions hand nothing else theirs). Imports and underscored members count everywhere.
    const pdfDir = join(root, 'main', 'pdf')
    const findings = files.flatMap((file) =>
      scanSource(file, readFileSync(file, 'utf8'))
        .filter(({ what }) => file.startsWith(pdfDir + sep) || !what.startsWith('engine member'))
        .map(({ line, what }) => `${relative(root, file)}:${line} ${what}`),
    )
    expect(findings).toEqual([])
  })

  it.each([
    { code: "import PDFDocument from 'pdfkit'", found: 'imports pdfkit' },
    { code: "import type { Font } from 'fontkit'", found: 'imports fontkit' },
    { code: "const hb = await import('harfbuzzjs')", found: 'imports harfbuzzjs' },
    { code: "const kit = require('pdfkit/js/pdfkit')", found: 'imports pdfkit' },
    { code: "export { default } from 'pdfkit'", found: 'imports pdfkit' },
    { code: 'doc._root.data.Names = names', found: 'private member _root' },
    { code: "tree['_compareKeys'] = compare", found: 'private member _compareKeys' },
    { code: "Reflect.set(tree, '_compareKeys', compare)", found: 'private member _compareKeys' },
    { code: 'doc.text(text, 0, 0, { textWidth: 10 })', found: 'engine member textWidth' },
    { code: 'const options = { wordCount }', found: 'engine member wordCount' },
    { code: 'doc.endMetadata = () => undefined', found: 'engine member endMetadata' },
    { code: 'glyph.codePoints = []', found: 'engine member codePoints' },
    { code: "const angle = Reflect.get(font, 'italicAngle')", found: 'engine member italicAngle' },
    { code: 'const font = new Proxy(parsed, {})', found: 'a Proxy' },
  ])('the scan finds $found in `$code`', ({ code, found }) => {
    expect(scanSource('probe.ts', code).map(({ what }) => what)).toContain(found)
  })

  it('the scan leaves comments, plain strings and names that are not members alone', () => {
    const code = [
      '// doc._root and textWidth are the engine’s business',
      'const wordCount = (text: string): number => text.split(" ").length',
      "const label = '_root, textWidth'",
      'export const link = <a target="_blank">{wordCount(label)}</a>',
    ].join('\n')
    expect(scanSource('probe.tsx', code)).toEqual([])
  })
})

/** A row of the README's table of internals. */
type Internal = { packageName: string; version: string; members: string[]; file: string; test: string }

function readmeInternals(): Internal[] {
  const lines = readFileSync(join(engineDir, 'README.md'), 'utf8').split('\n')
  const header = lines.findIndex((line) => line.startsWith('| Package'))
  if (header < 0) throw new Error('main/pdf/engine/README.md has no table of internals')
  const rows: Internal[] = []
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break
    const [packageName = '', version = '', member = '', , canary = ''] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim())
    const [file = '', test = ''] = canary.split('›').map((part) => part.trim())
    rows.push({
      packageName,
      version,
      members: [...member.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? ''),
      file: file.replace(/`/g, ''),
      // Prettier escapes underscores in table text.
      test: test.replace(/\\_/g, '_'),
    })
  }
  return rows
}

describe("the engine README's table of internals", () => {
  const internals = readmeInternals()
  const engineCode = sourceFiles(engineDir)
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n')

  it('has a row for each package it relies on, at the version package.json pins, the lock holds and is installed', () => {
    expect(new Set(internals.map(({ packageName }) => packageName))).toEqual(new Set(['pdfkit', 'fontkit']))
    const json = <T>(...path: string[]): T => JSON.parse(readFileSync(join(root, ...path), 'utf8')) as T
    const pinned = json<{ dependencies: Record<string, string> }>('package.json').dependencies
    const locked = json<{ packages: Record<string, { version: string }> }>('package-lock.json').packages
    for (const { packageName, version } of internals) {
      expect(pinned[packageName], packageName).toBe(version)
      expect(locked[`node_modules/${packageName}`]?.version, packageName).toBe(version)
      expect(
        json<{ version: string }>('node_modules', packageName, 'package.json').version,
        packageName,
      ).toBe(version)
    }
  })

  it('names members the engine code still uses', () => {
    for (const { members } of internals) {
      expect(members.length).toBeGreaterThan(0)
      for (const name of members.flatMap((member) => member.match(/[A-Za-z_$][\w$]*/g) ?? [])) {
        expect(engineCode, name).toMatch(new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`))
      }
    }
  })

  it('names one canary test per internal, and each canary test has its row', () => {
    const canaryFiles = new Set(internals.map(({ file }) => file))
    expect([...canaryFiles]).toEqual(['internals.test.ts'])
    const canaries = readFileSync(join(import.meta.dirname, 'internals.test.ts'), 'utf8')
    const tests = [...canaries.matchAll(/\bit\(\s*(['"])(.+?)\1,/g)].map((match) => match[2])
    expect(internals.map(({ test }) => test).sort()).toEqual([...tests].sort())
  })
})
