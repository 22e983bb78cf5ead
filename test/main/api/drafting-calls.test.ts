import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import type { Brief } from '../../../main/brief/schema'
import { serializeBrief } from '../../../main/files/brief-file'
import { runCli, seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'
import { callThrough } from '../../helpers/api-call'

let host: ApiHost
let dir: string

beforeAll(async () => {
  dir = await tempDir('drafting-calls')
  host = createApiHost({ dataDir: path.join(dir, 'data') })
})

afterAll(() => host.close())

// Through the contract, as a transport calls: the input is validated and the output must match.
const call = callThrough(() => host.handlers)

async function openSeed(): Promise<string> {
  const bytes = new Uint8Array(await readFile(seedArticle))
  const opened = await call('openArticle', { source: { kind: 'bytes', name: 'seed-article.txt', bytes } })
  return opened.articleId
}

/** The brief without what depends on when it was made (the date, the time the article was read). */
function settled(brief: Brief) {
  return {
    ...brief,
    meta: { ...brief.meta, date: '' },
    sources: brief.sources.map((source) => ({ ...source, retrievedAt: null })),
  }
}

const BUILT_IN = ['policy-brief', 'intelligence-assessment', 'decision-memo', 'situation-report']

describe('the app and the command line draft the same brief', () => {
  it.each(BUILT_IN)('with %s', async (templateId) => {
    const articleId = await openSeed()
    const fromApi = await call('draftBrief', { articleIds: [articleId], templateId })
    const saved = path.join(dir, `${templateId}.brief`)
    const result = runCli(['draft', seedArticle, '--template', templateId, '--save', saved])
    expect(result.code, result.stderr).toBe(0)
    const fromCli = await call('openBrief', { text: await readFile(saved, 'utf8') })
    expect(settled(fromApi)).toEqual(settled(fromCli))
  })

  it('and draft with Policy brief when no template is named', async () => {
    const saved = path.join(dir, 'default.brief')
    expect(runCli(['draft', seedArticle, '--save', saved]).code).toBe(0)
    const brief = await call('openBrief', { text: await readFile(saved, 'utf8') })
    expect(brief.meta.templateId).toBe('policy-brief')
  })
})

describe('Change template through the api', () => {
  it('drafts the new template’s sections from the open article, like drafting with it', async () => {
    const articleId = await openSeed()
    const policy = await call('draftBrief', { articleIds: [articleId], templateId: 'policy-brief' })
    const changed = await call('changeTemplate', { brief: policy, templateId: 'intelligence-assessment' })
    const direct = await call('draftBrief', {
      articleIds: [articleId],
      templateId: 'intelligence-assessment',
      date: policy.meta.date,
    })
    expect(changed.sections).toEqual(direct.sections)
    for (const heading of ['Bottom line up front', 'Key judgments', 'Indicators to watch']) {
      const section = changed.sections.find((candidate) => candidate.heading === heading)
      expect(section?.body.trim(), heading).not.toBe('')
    }
  })

  it('drafts them for a brief reopened from its file, from the text it keeps of its source', async () => {
    const articleId = await openSeed()
    const policy = await call('draftBrief', { articleIds: [articleId], templateId: 'policy-brief' })
    const direct = await call('draftBrief', {
      articleIds: [articleId],
      templateId: 'intelligence-assessment',
      date: policy.meta.date,
    })
    // Another session, where no article is open.
    const other = createApiHost({ dataDir: path.join(dir, 'reopened') })
    try {
      const callOther = callThrough(() => other.handlers)
      const reopened = await callOther('openBrief', { text: serializeBrief(policy) })
      const changed = await callOther('changeTemplate', {
        brief: reopened,
        templateId: 'intelligence-assessment',
      })
      expect(changed.sections).toEqual(direct.sections)
    } finally {
      await other.close()
    }
  })
})

describe('opening a brief from an earlier version', () => {
  it('empties the bodies that are only their template’s italic guidance', async () => {
    const articleId = await openSeed()
    const memo = await call('draftBrief', { articleIds: [articleId], templateId: 'decision-memo' })
    const template = await call('getTemplate', { id: 'decision-memo' })
    const old: Brief = {
      ...memo,
      sections: memo.sections.map((section) => ({
        ...section,
        body: section.body || `*${template.sections.find((s) => s.id === section.id)?.guidance ?? ''}*`,
      })),
    }
    const purpose = old.sections.find((section) => section.id === 'purpose')
    expect(purpose?.body).toBe('*The decision sought, by whom and by when, in one or two sentences.*')
    const reopened = await call('openBrief', { text: serializeBrief(old) })
    expect(reopened.sections).toEqual(memo.sections)
  })
})
