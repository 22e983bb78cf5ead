import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiHost } from '../../../main/api/host'
import { runCli, seedArticle, tool } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

/* The command line drafts with the Settings of its data folder, as the app does. */

let dir: string

beforeAll(async () => {
  dir = await tempDir('cli-draft-settings')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function dataDirWith(name: string, settings: object): Promise<string> {
  const dataDir = path.join(dir, name)
  await mkdir(dataDir, { recursive: true })
  await writeFile(path.join(dataDir, 'settings.json'), JSON.stringify({ schemaVersion: 1, ...settings }))
  return dataDir
}

function draft(dataDir: string, name: string) {
  const out = path.join(dir, `${name}.pdf`)
  const save = path.join(dir, `${name}.brief`)
  const result = runCli(['draft', seedArticle, '--data-dir', dataDir, '--out', out, '--save', save])
  expect(result.code, result.stderr).toBe(0)
  return { text: tool('pdftotext', [out, '-']), save }
}

describe('briefwright draft with Settings', () => {
  it('prints the organization and author set in the data folder’s Settings, as the app drafts them', async () => {
    const dataDir = await dataDirWith('set', { organization: 'Quokka Policy Lab', author: 'J. Analyst' })
    const { text, save } = draft(dataDir, 'set')
    // In the band at the top of page 1 and in the footer.
    expect((text.match(/QUOKKA POLICY LAB|Quokka Policy Lab/g) ?? []).length).toBeGreaterThanOrEqual(2)
    const cli = JSON.parse(await readFile(save, 'utf8')) as { meta: { organization: string; author: string } }
    expect(cli.meta).toMatchObject({ organization: 'Quokka Policy Lab', author: 'J. Analyst' })

    const host = createApiHost({ dataDir })
    try {
      const opened = await host.handlers.openArticle({
        source: { kind: 'text', text: await readFile(seedArticle, 'utf8'), name: 'seed-article.txt' },
      })
      const app = await host.handlers.draftBrief({
        articleIds: [opened.articleId],
        templateId: 'policy-brief',
      })
      expect({ organization: app.meta.organization, author: app.meta.author }).toEqual({
        organization: cli.meta.organization,
        author: cli.meta.author,
      })
    } finally {
      await host.close()
    }
  })

  it('prints no organization when Settings hold none', async () => {
    const dataDir = await dataDirWith('unset', {})
    const { text, save } = draft(dataDir, 'unset')
    expect(text).not.toMatch(/Quokka Policy Lab/i)
    const cli = JSON.parse(await readFile(save, 'utf8')) as { meta: { organization: string; author: string } }
    expect(cli.meta).toMatchObject({ organization: '', author: '' })
  })
})
