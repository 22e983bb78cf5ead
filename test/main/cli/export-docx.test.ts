import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { readDocx, styled } from '../docx/docx-tools'

// `briefwright export --format docx` writes the saved brief as a Word document; any other format
// is bad input.

let dir: string
let saved: string

type SavedBrief = {
  meta: { title: string }
  sections: { kind: string; heading: string; body: string }[]
  sources: unknown[]
}

beforeAll(async () => {
  dir = await tempDir('cli-export-docx')
  saved = path.join(dir, 'seed.brief')
  const drafted = runCli(['draft', seedArticle, '--save', saved, '--out', path.join(dir, 'seed.pdf')])
  expect(drafted.code, drafted.stderr).toBe(0)
})

describe('briefwright export --format docx', () => {
  it('writes a Word document with the brief’s title and its sections as Heading 1, in order', async () => {
    const out = path.join(dir, 'seed.docx')
    const exported = runCli(['export', saved, '--format', 'docx', '--out', out])
    expect(exported.code, exported.stderr).toBe(0)
    const brief = JSON.parse(await readFile(saved, 'utf8')) as SavedBrief
    const docx = await readDocx(new Uint8Array(await readFile(out)))
    expect(styled(docx.document, 'Title')).toEqual([brief.meta.title])
    // What the PDF prints: sections with a body, and Sources while the brief has a source.
    const withText = brief.sections.filter(
      (section) => section.body.trim() !== '' || (section.kind === 'sources' && brief.sources.length > 0),
    )
    expect(styled(docx.document, 'Heading1')).toEqual(withText.map((section) => section.heading))
    expect(withText.length).toBeGreaterThan(2)
  })

  it.each([
    {
      args: ['--format', 'odt', '--out', 'x.odt'],
      error: /unknown format "odt" \(export writes pdf or docx\)/,
    },
    { args: ['--format', 'docx'], error: /export needs --out <file\.docx>/ },
  ])('refuses $args with one error line and exit code 2', ({ args, error }) => {
    const result = runCli(['export', saved, ...args], { cwd: dir })
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).toMatch(/^briefwright: error: /)
    expect(result.stderr).toMatch(error)
    expect(existsSync(path.join(dir, 'x.odt'))).toBe(false)
  })
})
