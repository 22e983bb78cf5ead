import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { RULE_IDS } from '../../../main/check/index'
import { serializeBrief } from '../../../main/files/brief-file'
import { serializeTemplate } from '../../../main/files/template-store'
import { runCli, seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { plantedBrief, plantedTemplate } from '../check/planted'

let dir: string
let planted: string
let dataDir: string

beforeAll(async () => {
  dir = await tempDir('cli-check')
  dataDir = path.join(dir, 'data')
  planted = path.join(dir, 'planted.brief')
  await writeFile(planted, serializeBrief(plantedBrief()))
  const templateFile = path.join(dir, 'test.brieftemplate')
  await writeFile(templateFile, serializeTemplate(plantedTemplate()))
  const imported = runCli(['templates', 'import', templateFile, '--data-dir', dataDir])
  expect(imported.code, imported.stderr).toBe(0)
})

describe('briefwright check', () => {
  it('prints one line per finding and exits 3 when one is an error', () => {
    const result = runCli(['check', planted, '--data-dir', dataDir])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(3)
    const lines = result.stdout.trimEnd().split('\n')
    const summary = lines.pop()
    expect(summary).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info \(\d+ pages?, \d+ words?\)\.$/)
    expect(lines).toHaveLength(RULE_IDS.length)
    expect(lines).toContain('Outlook: error empty-section: “Outlook” is empty, and the template requires it.')
    for (const line of lines) expect(line).toMatch(/^[^:]+: (error|warning|info) [a-z-]+: \S/)
  })

  it('prints the findings as JSON with --json', () => {
    const result = runCli(['check', planted, '--json', '--data-dir', dataDir])
    expect(result.code).toBe(3)
    const json = JSON.parse(result.stdout) as {
      pages: number
      words: number
      findings: {
        rule: string
        severity: string
        section: string
        message: string
        start: number
        end: number
      }[]
    }
    expect(Object.keys(json)).toEqual(['pages', 'words', 'findings'])
    expect(json.pages).toBeGreaterThan(1)
    expect(json.findings.map((finding) => finding.rule).sort()).toEqual([...RULE_IDS].sort())
    expect(json.findings.find((finding) => finding.rule === 'over-page-budget')?.message).toContain(
      `${json.pages} pages`,
    )
    for (const finding of json.findings)
      expect(Object.keys(finding)).toEqual(['rule', 'severity', 'section', 'message', 'start', 'end'])
  })

  it('exits 0 on a clean draft of the seed article', async () => {
    const saved = path.join(dir, 'seed.brief')
    const drafted = runCli(['draft', seedArticle, '--save', saved, '--out', path.join(dir, 'seed.pdf')])
    expect(drafted.code, drafted.stderr).toBe(0)
    const result = runCli(['check', saved, '--json'])
    expect(result.code, result.stdout).toBe(0)
    const json = JSON.parse(result.stdout) as { findings: { severity: string }[] }
    expect(json.findings.filter((finding) => finding.severity === 'error')).toEqual([])
    // In text, a brief with nothing to report says so rather than printing nothing.
    const text = runCli(['check', saved])
    expect(text.code).toBe(0)
    const last = text.stdout.trimEnd().split('\n').at(-1)
    expect(last).toMatch(/^(No findings|0 errors, \d+ warnings?, \d+ info) \(4 pages, \d+ words\)\.$/)
  })

  it('checks against another template with --template', () => {
    // Policy brief leaves Outlook optional: the empty one is a warning there, and the misquotation
    // is the only error.
    const result = runCli(['check', planted, '--template', 'policy-brief', '--json', '--data-dir', dataDir])
    const json = JSON.parse(result.stdout) as { findings: { rule: string; severity: string }[] }
    expect(
      json.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule),
    ).toEqual(['quote-not-in-source'])
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: 'empty-section', severity: 'warning' }),
    )
    expect(result.code).toBe(3)
  })

  it.each([
    { name: 'no file', args: ['check'], message: /check takes one \.brief file/ },
    { name: 'a missing file', args: ['check', 'no-such.brief'], message: /no such file/ },
    {
      name: 'an unknown template',
      args: ['check', 'PLANTED', '--template', 'no-such'],
      message: /No template "no-such"/,
    },
  ])('exits 2 for $name', ({ args, message }) => {
    const result = runCli(args.map((arg) => (arg === 'PLANTED' ? planted : arg)))
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(message)
    expect(result.stdout).toBe('')
  })
})
