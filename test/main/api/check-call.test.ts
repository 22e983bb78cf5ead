import { readFile, rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../main/api/contract'
import type { ApiHandlers } from '../../../main/api/contract'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import { seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

let dataDir: string
let host: ApiHost
let api: ApiHandlers

beforeAll(async () => {
  dataDir = await tempDir('check-call')
  host = createApiHost({ dataDir })
  api = host.handlers
})

afterAll(async () => {
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
})

async function checkBrief(input: unknown) {
  const output = await api.checkBrief(contract.checkBrief.input.parse(input))
  return contract.checkBrief.output.parse(output)
}

describe('the checkBrief call', () => {
  it('checks a drafted brief with its real layout, and finds a planted misquotation', async () => {
    const text = await readFile(seedArticle, 'utf8')
    const opened = await api.openArticle({ source: { kind: 'text', text, name: 'seed.txt' } })
    const brief = await api.draftBrief({
      articleIds: [opened.articleId],
      templateId: 'policy-brief',
      date: '2025-03-01',
    })
    const clean = await checkBrief({ brief })
    expect(clean.pages).toBeGreaterThan(0)
    expect(clean.findings.filter((finding) => finding.severity === 'error')).toEqual([])

    const sections = brief.sections.map((section, index) =>
      index === 0
        ? { ...section, body: `${section.body}\n\nPutin said “we will never talk to anyone at all”.` }
        : section,
    )
    const planted = await checkBrief({ brief: { ...brief, sections } })
    expect(planted.findings).toContainEqual(
      expect.objectContaining({
        rule: 'quote-not-in-source',
        severity: 'error',
        section: brief.sections[0]?.id,
      }),
    )
  })

  it('reads a source saved without a snapshot from its open article', async () => {
    const text = await readFile(seedArticle, 'utf8')
    const opened = await api.openArticle({ source: { kind: 'text', text, name: 'seed.txt' } })
    const brief = await api.draftBrief({
      articleIds: [opened.articleId],
      templateId: 'policy-brief',
      date: '2025-03-01',
    })
    const quoted = 'Witkoff said “we will never talk to anyone at all”.'
    const sections = brief.sections.map((section, index) =>
      index === 0 ? { ...section, body: quoted } : section,
    )
    const sources = brief.sources.map((source) => ({ ...source, text: null, sha256: null }))
    const { findings } = await checkBrief({ brief: { ...brief, sections, sources } })
    expect(findings.map((finding) => finding.rule)).toContain('quote-not-in-source')
    // A source neither saved nor open cannot be compared with: no finding either way.
    const unknown = sources.map((source) => ({ ...source, id: 'not-open' }))
    const blind = await checkBrief({ brief: { ...brief, sections, sources: unknown } })
    expect(blind.findings.map((finding) => finding.rule)).not.toContain('quote-not-in-source')
  })
})
