import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { draftBrief } from '../../../main/brief/draft'
import { DocumentError, briefFormat, migrateDocument } from '../../../main/brief/migrate'
import { BriefSchema } from '../../../main/brief/schema'
import { snapshotOf } from '../../../main/brief/source-snapshot'
import { BRIEF_LIMITS } from '../../../main/common/limits'
import { parseBriefJson, serializeBrief } from '../../../main/files/brief-file'
import { createTemplateStore } from '../../../main/files/template-store'
import { fixtures } from '../../helpers/cli'

const hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
const v1Text = () => readFile(path.join(fixtures, 'sample.brief'), 'utf8')

describe('source snapshots (.brief format 2)', () => {
  it('drafting keeps each source’s text and its hash', async () => {
    const article = articleFromText(
      'Talks resume.\n\nThe minister said “we will sign next week” on Monday.',
      'a.txt',
    )
    const brief = draftBrief({
      articles: [article],
      analyses: [analyzeArticle(article)],
      template: await createTemplateStore({}).get('policy-brief'),
      date: '2026-01-01',
    })
    expect(brief.schemaVersion).toBe(2)
    expect(brief.sources[0]).toMatchObject({ text: article.text, sha256: hex(article.text) })
  })

  it('a format-1 file opens with empty snapshots and saves as format 2', async () => {
    const text = await v1Text()
    expect(JSON.parse(text).schemaVersion).toBe(1)
    const brief = parseBriefJson(text)
    expect(brief.schemaVersion).toBe(2)
    expect(brief.sources.length).toBeGreaterThan(0)
    for (const source of brief.sources) expect(source).toMatchObject({ text: null, sha256: null })
    const saved = JSON.parse(serializeBrief(brief)) as { schemaVersion: number }
    expect(saved.schemaVersion).toBe(2)
    expect(parseBriefJson(serializeBrief(brief))).toEqual(brief)
  })

  it('a format-2 file is refused by a reader of format 1 with the newer-version message', async () => {
    const brief = parseBriefJson(await v1Text())
    const withText = { ...brief, sources: brief.sources.map((source) => ({ ...source, text: 'Words.' })) }
    const v2 = JSON.parse(serializeBrief(withText)) as unknown
    // A reader of format 1: what this build was before format 2 (no steps, version 1 at most).
    const v1Reader = { ...briefFormat, current: 1, migrations: {} }
    let caught: unknown
    try {
      migrateDocument(v2, v1Reader)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DocumentError)
    expect((caught as Error).message).toBe(
      'This brief was saved by a newer Briefwright (format 2; this version reads up to 1). Update Briefwright to open it.',
    )
    // This build reads it, snapshot and all.
    expect(parseBriefJson(JSON.stringify(v2)).sources[0]?.text).toBe('Words.')
  })

  it('saving hashes a snapshot the editor added without one', async () => {
    const brief = parseBriefJson(await v1Text())
    const added = { ...brief, sources: brief.sources.map((source) => ({ ...source, text: 'Added text.' })) }
    const saved = parseBriefJson(serializeBrief(added))
    expect(saved.sources[0]?.sha256).toBe(hex('Added text.'))
  })

  it('a text longer than a brief keeps is left out, not refused', () => {
    expect(snapshotOf('x'.repeat(BRIEF_LIMITS.sourceText + 1))).toEqual({ text: null, sha256: null })
    const source = { id: 's', title: null, text: 'x'.repeat(BRIEF_LIMITS.sourceText + 1) }
    expect(BriefSchema.shape.sources.element.safeParse(source).success).toBe(false)
  })
})
