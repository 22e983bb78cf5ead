import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { runCli, tool } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { HARBOUR_ARTICLE, HARBOUR_SECOND_OUTLET } from './harbour-article'

let dir = ''
let wire = ''
let trade = ''

beforeAll(async () => {
  dir = await tempDir('cli-merge')
  wire = path.join(dir, 'wire.txt')
  trade = path.join(dir, 'trade.txt')
  await writeFile(wire, HARBOUR_ARTICLE)
  await writeFile(trade, HARBOUR_SECOND_OUTLET)
})

describe('briefwright draft --merge', () => {
  it('drafts one brief from two sources: one PDF, both in Sources, a matrix with a Source column', async () => {
    const pdf = path.join(dir, 'merged.pdf')
    const saved = path.join(dir, 'merged.brief')
    const result = runCli(['draft', wire, trade, '--merge', '--out', pdf, '--save', saved])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const brief = JSON.parse(await readFile(saved, 'utf8')) as {
      sources: { title: string }[]
      sections: { kind: string; body: string }[]
    }
    const titles = brief.sources.map((source) => source.title)
    expect(titles).toHaveLength(2)
    expect(titles[0]).toMatch(/^Chile and Peru Agree to Reopen the Selm Strait/)
    expect(titles[1]).toMatch(/^Grain Corridor Opens Through the Selm Strait/)
    const positions = brief.sections.find((section) => section.kind === 'positions')?.body ?? ''
    expect(positions.split('\n')[0]).toBe('| Actor | Stance | Key words | Where | Source |')
    const text = tool('pdftotext', ['-layout', pdf, '-']).replace(/\s+/g, ' ')
    expect(text).toContain('Chile and Peru Agree to Reopen the Selm Strait to Grain Ships')
    expect(text).toContain('Grain Corridor Opens Through the Selm Strait')
    expect(text).toMatch(/Key words Where Source/)
  })

  it('refuses --merge with one source, and several sources into --out without it', () => {
    const one = runCli(['draft', wire, '--merge', '--out', path.join(dir, 'x.pdf')])
    expect(one.code).toBe(2)
    expect(one.stderr).toMatch(/--merge needs two or more sources/)
    const several = runCli(['draft', wire, trade, '--out', path.join(dir, 'y.pdf')])
    expect(several.code).toBe(2)
    expect(several.stderr).toMatch(/or --merge for one brief/)
  })
})
