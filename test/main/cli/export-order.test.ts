import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, seedArticle, tool } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

// `briefwright export` prints a saved brief's sections in the brief's order: swapping the first two
// sections of a drafted .brief swaps them in the PDF's text and outline.

let dir: string

beforeAll(async () => {
  dir = await tempDir('cli-export-order')
})

type SavedBrief = { sections: { heading: string }[] }

/** Positions of the headings as whole lines of the PDF's text (a summary box's heading is in capitals). */
function headingLines(text: string, headings: readonly string[]): number[] {
  const lines = text.split('\n').map((line) => line.trim().toLowerCase())
  return headings.map((heading) => lines.indexOf(heading.toLowerCase()))
}

describe('briefwright export follows the brief’s order', () => {
  it('prints the first two sections swapped when the .brief has them swapped', async () => {
    const saved = path.join(dir, 'seed.brief')
    const drafted = runCli([
      'draft',
      seedArticle,
      '--template',
      'policy-brief',
      '--save',
      saved,
      '--out',
      path.join(dir, 'seed.pdf'),
    ])
    expect(drafted.code, drafted.stderr).toBe(0)
    const brief = JSON.parse(await readFile(saved, 'utf8')) as SavedBrief
    const [first, second, ...rest] = brief.sections
    if (!first || !second) throw new Error('The drafted brief has fewer than two sections')
    const swapped = path.join(dir, 'swapped.brief')
    await writeFile(swapped, JSON.stringify({ ...brief, sections: [second, first, ...rest] }))

    const out = path.join(dir, 'swapped.pdf')
    const exported = runCli(['export', swapped, '--out', out])
    expect(exported.code, exported.stderr).toBe(0)
    const [secondAt, firstAt] = headingLines(tool('pdftotext', [out, '-']), [second.heading, first.heading])
    expect(secondAt).toBeGreaterThanOrEqual(0)
    expect(firstAt).toBeGreaterThan(secondAt ?? Infinity)
    const outline = tool('mutool', ['show', out, 'outline'])
    expect(outline.indexOf(`"${second.heading}"`)).toBeLessThan(outline.indexOf(`"${first.heading}"`))
    expect(outline.indexOf(`"${second.heading}"`)).toBeGreaterThanOrEqual(0)
  })
})
