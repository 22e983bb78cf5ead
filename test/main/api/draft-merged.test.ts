import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import type { Brief } from '../../../main/brief/schema'
import { keptCopyOf } from '../../../main/common/kept-copy'
import { callThrough } from '../../helpers/api-call'
import { tempDir } from '../../helpers/temp'
import { HARBOUR_ARTICLE, HARBOUR_SECOND_OUTLET } from '../brief/harbour-article'

let dataDir: string
let host: ApiHost

// Inputs and answers go through the contract's schemas, as the transports do.
const call = callThrough(() => host.handlers)

const open = async (text: string, name: string) =>
  (await call('openArticle', { source: { kind: 'text', text, name } })).articleId

const positionsOf = (brief: Brief) => brief.sections.find((section) => section.kind === 'positions')
const withPositions = (brief: Brief, body: string): Brief => ({
  ...brief,
  sections: brief.sections.map((section) => (section.kind === 'positions' ? { ...section, body } : section)),
})

beforeAll(async () => {
  dataDir = await tempDir('draft-merged')
  host = createApiHost({ dataDir })
})

afterAll(async () => {
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('draftMerged', () => {
  it('merges a second outlet into Positions and Sources, keeping the other sections', async () => {
    const wire = await open(HARBOUR_ARTICLE, 'wire.txt')
    const trade = await open(HARBOUR_SECOND_OUTLET, 'trade.txt')
    const drafted = await call('draftBrief', { articleIds: [wire], templateId: 'policy-brief' })
    const brief: Brief = {
      ...drafted,
      sections: drafted.sections.map((section) =>
        section.kind === 'summary' ? { ...section, body: '- Edited takeaway.' } : section,
      ),
    }
    const result = await call('draftMerged', { brief, articleIds: [trade] })
    expect(result.positionsEdited).toBe(false)
    expect(result.merged.sources.map((source) => source.id)).toEqual([wire, trade])
    expect(result.kept.sources.map((source) => source.id)).toEqual([wire, trade])
    const merged = positionsOf(result.merged)?.body ?? ''
    expect(merged.split('\n')[0]).toBe('| Actor | Stance | Key words | Where | Source |')
    // Peru's warning is in both stories: printed once (the matrix holds its first words), citing both.
    expect(merged.split('treated as hostile, without exception').length - 1).toBe(1)
    expect(merged).toContain('without exception.”\n>\n> — sources 1, 2')
    expect(result.merged.sections.find((section) => section.kind === 'summary')?.body).toBe(
      '- Edited takeaway.',
    )
    expect(positionsOf(result.kept)?.body).toBe(positionsOf(brief)?.body)
  })

  it('says Positions was edited when it differs from a fresh draft of the brief’s sources', async () => {
    const wire = await open(HARBOUR_ARTICLE, 'wire.txt')
    const trade = await open(HARBOUR_SECOND_OUTLET, 'trade.txt')
    const drafted = await call('draftBrief', { articleIds: [wire], templateId: 'policy-brief' })
    const brief = withPositions(drafted, `${positionsOf(drafted)?.body}\n\nMy reading of Peru.`)
    const result = await call('draftMerged', { brief, articleIds: [trade] })
    expect(result.positionsEdited).toBe(true)
    expect(positionsOf(result.kept)?.body).toContain('My reading of Peru.')
    expect(positionsOf(result.merged)?.body).not.toContain('My reading of Peru.')
  })

  it('refuses an article the brief already has, and a source neither open nor kept', async () => {
    const wire = await open(HARBOUR_ARTICLE, 'wire.txt')
    const brief = await call('draftBrief', { articleIds: [wire], templateId: 'policy-brief' })
    await expect(call('draftMerged', { brief, articleIds: [wire] })).rejects.toMatchObject({
      code: 'invalid-input',
    })
    // A brief saved before sources kept their text (format 1).
    const stranger = {
      ...brief,
      sources: brief.sources.map((source) => ({ ...source, id: 'not-open', text: null, sha256: null })),
    }
    const trade = await open(HARBOUR_SECOND_OUTLET, 'trade.txt')
    await expect(call('draftMerged', { brief: stranger, articleIds: [trade] })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('is not open'),
    })
  })

  it('opens a source from the copy of its text a brief keeps, or says why it cannot', async () => {
    const wire = await open(HARBOUR_ARTICLE, 'wire.txt')
    const brief = await call('draftBrief', { articleIds: [wire], templateId: 'policy-brief' })
    const snapshot = brief.sources[0] && keptCopyOf(brief.sources[0])
    if (!snapshot) throw new Error('the brief keeps no text of its source')
    const { text, title } = snapshot
    const opened = await call('openArticle', { source: { kind: 'snapshot', snapshot } })
    expect(opened.articleId).toBe(wire)
    expect(opened.article.text).toBe(text)
    expect(opened.article.meta.title).toBe(title)
    // A copy whose blocks would not join back to it (its offsets would move) is refused.
    await expect(
      call('openArticle', { source: { kind: 'snapshot', snapshot: { ...snapshot, text: `${text}  ` } } }),
    ).rejects.toThrow(/does not read back as it was drafted from/)
  })

  it('adds an article to a brief reopened from disk, from the text it keeps of its source', async () => {
    const wire = await open(HARBOUR_ARTICLE, 'wire.txt')
    const trade = await open(HARBOUR_SECOND_OUTLET, 'trade.txt')
    const drafted = await call('draftBrief', { articleIds: [wire], templateId: 'policy-brief' })
    const withSourceOpen = await call('draftMerged', { brief: drafted, articleIds: [trade] })

    // Another session: the brief is opened from its file, and only the new article is open.
    const other = createApiHost({ dataDir: await tempDir('draft-merged-reopened') })
    try {
      const callOther = callThrough(() => other.handlers)
      const { text } = await callOther('saveBrief', { brief: drafted })
      const reopened = await callOther('openBrief', { text })
      const added = (
        await callOther('openArticle', {
          source: { kind: 'text', text: HARBOUR_SECOND_OUTLET, name: 'trade.txt' },
        })
      ).articleId
      const result = await callOther('draftMerged', { brief: reopened, articleIds: [added] })
      expect(result.positionsEdited).toBe(false)
      expect(result.merged.sources.map((source) => source.id)).toEqual([wire, trade])
      expect(positionsOf(result.merged)?.body).toBe(positionsOf(withSourceOpen.merged)?.body)
      expect(positionsOf(result.merged)?.provenance).toEqual(positionsOf(withSourceOpen.merged)?.provenance)
    } finally {
      await other.close()
    }
  })
})
