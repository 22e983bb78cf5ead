import { copyFile, readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { root, runCli, seedArticle } from '../../helpers/cli'
import { readBack } from '../../helpers/pdf-checks'
import { tempDir } from '../../helpers/temp'
import { BUILT_IN_HEADINGS } from '../../helpers/template-headings'

const sampleBrief = path.join(root, 'test', 'fixtures', 'sample.brief')
let dir: string

beforeAll(async () => {
  dir = await tempDir('cli-pdf')
})

type Case = {
  name: string
  make: () => Promise<string>
  sections: string[]
  marking: string | null
  title: RegExp
}

const cases: Case[] = [
  {
    name: 'export of the sample brief',
    make: async () => {
      const out = path.join(dir, 'sample.pdf')
      const result = runCli(['export', sampleBrief, '--out', out])
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      return out
    },
    sections: ['Key takeaways', 'Sources'],
    marking: 'UNCLASSIFIED',
    title: /^Power Lines/,
  },
  {
    name: 'draft of the seed article with intelligence-assessment',
    make: async () => {
      const out = path.join(dir, 'seed-ia.pdf')
      const result = runCli(['draft', seedArticle, '--template', 'intelligence-assessment', '--out', out])
      expect(result.code, result.stderr).toBe(0)
      return out
    },
    sections: [...BUILT_IN_HEADINGS['intelligence-assessment']],
    marking: 'UNCLASSIFIED',
    title: /^Trump’s Envoy Meets With Putin/,
  },
  {
    name: 'draft of the seed article with policy-brief',
    make: async () => {
      const out = path.join(dir, 'seed.pdf')
      const result = runCli(['draft', seedArticle, '--out', out])
      expect(result.code, result.stderr).toBe(0)
      return out
    },
    sections: [...BUILT_IN_HEADINGS['policy-brief']],
    marking: null,
    title: /^Trump’s Envoy Meets With Putin/,
  },
]

describe.each(cases)('$name', ({ make, sections, marking, title }) => {
  let pdf: ReturnType<typeof readBack>
  beforeAll(async () => {
    pdf = readBack(await make())
  })

  it('passes qpdf --check, is tagged and carries its title', () => {
    expect(pdf.qpdf).toMatch(/No syntax or stream encoding errors/)
    expect(pdf.tagged).toBe(true)
    expect(pdf.title).toMatch(title)
  })

  it('embeds every font as a subset and uses none of the standard 14', () => {
    expect(pdf.fonts.length).toBeGreaterThan(0)
    for (const line of pdf.fonts) {
      expect(line, line).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/)
      expect(line).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/)
    }
  })

  it('lists the sections in the outline', () => {
    for (const heading of sections) expect(pdf.outline).toContain(heading)
  })

  it('prints "Page X of Y" and the marking on every page', () => {
    pdf.pageTexts.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pdf.pages}`)
      if (marking) expect(text.split(marking).length - 1, `page ${index + 1}`).toBeGreaterThanOrEqual(2)
    })
  })
})

describe('briefwright draft', () => {
  it('saves an editable brief that exports to the same PDF', async () => {
    const saved = path.join(dir, 'seed.brief')
    const first = path.join(dir, 'first.pdf')
    const again = path.join(dir, 'again.pdf')
    expect(runCli(['draft', seedArticle, '--save', saved, '--out', first]).code).toBe(0)
    expect(runCli(['export', saved, '--out', again]).code).toBe(0)
    expect(Buffer.compare(await readFile(first), await readFile(again))).toBe(0)
  })

  it('writes one PDF per source into --out-dir', async () => {
    const copies = ['one.txt', 'two.txt'].map((name) => path.join(dir, name))
    for (const copy of copies) await copyFile(seedArticle, copy)
    const outDir = path.join(dir, 'many')
    const result = runCli(['draft', ...copies, '--out-dir', outDir])
    expect(result.code, result.stderr).toBe(0)
    for (const name of ['one.pdf', 'two.pdf'])
      expect((await stat(path.join(outDir, name))).size).toBeGreaterThan(10_000)
  })

  it('drafts the rest of a batch when one source is bad, and names it', async () => {
    const good = path.join(dir, 'good.txt')
    await copyFile(seedArticle, good)
    const bad = path.join(dir, 'bad.txt')
    await writeFile(bad, '')
    const outDir = path.join(dir, 'mixed')
    const result = runCli(['draft', good, bad, '--out-dir', outDir])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`briefwright: error: ${bad}: `)
    expect(result.stderr).toContain('1 of 2 sources failed')
    expect((await stat(path.join(outDir, 'good.pdf'))).size).toBeGreaterThan(10_000)
    await expect(stat(path.join(outDir, 'bad.pdf'))).rejects.toThrow()
  })

  it('leaves an existing output alone when the source is bad', async () => {
    const out = path.join(dir, 'keep.pdf')
    await writeFile(out, 'previous export')
    const empty = path.join(dir, 'empty.txt')
    await writeFile(empty, '')
    const result = runCli(['draft', empty, '--out', out])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^briefwright: error: .+\n$/)
    expect(await readFile(out, 'utf8')).toBe('previous export')
  })

  it('refuses an unknown template before reading anything', () => {
    const result = runCli(['draft', seedArticle, '--template', 'nope', '--out', path.join(dir, 'x.pdf')])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/No template "nope"/)
  })
})
