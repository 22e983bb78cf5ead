import { readFile, rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import { seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { pdfText, writePdf } from '../pdf/pdf-tools'

/* The organization set once in Settings fills new briefs whose template names none, and prints. */

let dataDir: string
let host: ApiHost

beforeAll(async () => {
  dataDir = await tempDir('organization-setting')
  host = createApiHost({ dataDir })
})

afterAll(async () => {
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
})

async function draft(): ReturnType<ApiHost['handlers']['draftBrief']> {
  const api = host.handlers
  const text = await readFile(seedArticle, 'utf8')
  const opened = await api.openArticle({ source: { kind: 'text', text, name: 'seed-article.txt' } })
  return api.draftBrief({ articleIds: [opened.articleId], templateId: 'policy-brief', date: '2025-03-01' })
}

describe('the organization setting', () => {
  it('leaves a new brief without an organization until one is set, then fills and prints it', async () => {
    const api = host.handlers
    const none = await draft()
    expect(none.meta.organization).toBe('')
    expect(pdfText(writePdf((await api.renderPdf({ brief: none })).bytes))).not.toContain('ACME POLICY LAB')

    await api.setSettings({ patch: { organization: 'Acme Policy Lab' } })
    const brief = await draft()
    expect(brief.meta.organization).toBe('Acme Policy Lab')
    const text = pdfText(writePdf((await api.renderPdf({ brief })).bytes))
    // In the page-1 band and in the footer of every page.
    expect((text.match(/ACME POLICY LAB/g) ?? []).length).toBeGreaterThanOrEqual(2)
  })
})
