import { describe, expect, it } from 'vitest'
import { addSource, appendSources, positionsEdited } from '../../../main/brief/add-source'
import { draftBrief } from '../../../main/brief/draft'
import type { Brief } from '../../../main/brief/schema'
import type { Article } from '../../../main/article/types'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { createTemplateStore } from '../../../main/files/template-store'
import { HARBOUR_ARTICLE, HARBOUR_SECOND_OUTLET } from './harbour-article'

const wire = articleFromText(HARBOUR_ARTICLE, 'wire.txt')
const trade = articleFromText(HARBOUR_SECOND_OUTLET, 'trade.txt')

async function draft(articles: Article[]): Promise<Brief> {
  return draftBrief({
    articles,
    analyses: articles.map((article) => analyzeArticle(article)),
    template: await createTemplateStore({}).get('policy-brief'),
    date: '2026-12-01',
  })
}

const bodyOf = (brief: Brief, kind: string) => brief.sections.find((section) => section.kind === kind)?.body

/** The brief as an analyst left it: takeaways rewritten, a source's outlet corrected. */
function edited(brief: Brief): Brief {
  return {
    ...brief,
    sections: brief.sections.map((section) =>
      section.kind === 'summary' ? { ...section, body: '- My own bottom line.' } : section,
    ),
    sources: brief.sources.map((source) => ({ ...source, outlet: 'Wire Service' })),
  }
}

describe('adding a source to an edited brief', () => {
  it('replaces Positions with the merged draft and keeps every other section as edited', async () => {
    const brief = edited(await draft([wire]))
    const both = await draft([wire, trade])
    const merged = addSource(brief, both)
    expect(bodyOf(merged, 'positions')).toBe(bodyOf(both, 'positions'))
    expect(bodyOf(merged, 'positions')).not.toBe(bodyOf(brief, 'positions'))
    expect(bodyOf(merged, 'positions')?.split('\n')[0]).toBe(
      '| Actor | Stance | Key words | Where | Source |',
    )
    const positions = merged.sections.find((section) => section.kind === 'positions')
    expect(new Set(positions?.provenance.map((span) => span.sourceId))).toEqual(new Set([wire.id, trade.id]))
    for (const section of merged.sections.filter((candidate) => candidate.kind !== 'positions'))
      expect(section).toBe(brief.sections.find((candidate) => candidate.id === section.id))
    expect(merged.meta).toBe(brief.meta)
  })

  it('appends the new source after the brief’s own, keeping their entries as edited', async () => {
    const brief = edited(await draft([wire]))
    const merged = addSource(brief, await draft([wire, trade]))
    expect(merged.sources.map((source) => source.id)).toEqual([wire.id, trade.id])
    expect(merged.sources[0]).toBe(brief.sources[0])
  })

  it('“keep mine” appends the source and leaves Positions alone', async () => {
    const brief = edited(await draft([wire]))
    const kept = appendSources(brief, await draft([wire, trade]))
    expect(kept.sections).toBe(brief.sections)
    expect(kept.sources.map((source) => source.id)).toEqual([wire.id, trade.id])
    expect(appendSources(kept, await draft([wire, trade]))).toBe(kept)
  })

  it('tells an edited Positions from an untouched one', async () => {
    const drafted = await draft([wire])
    expect(positionsEdited(drafted, await draft([wire]))).toBe(false)
    expect(positionsEdited(edited(drafted), drafted)).toBe(false)
    const retyped = {
      ...drafted,
      sections: drafted.sections.map((section) =>
        section.kind === 'positions' ? { ...section, body: `${section.body}\n\nMy note on Peru.` } : section,
      ),
    }
    expect(positionsEdited(retyped, drafted)).toBe(true)
    // Without a source to draft from, any text in Positions is the analyst's.
    expect(positionsEdited(drafted, null)).toBe(true)
  })

  it('leaves a brief without a Positions section with only its sources appended', async () => {
    const brief = await draft([wire])
    const without = { ...brief, sections: brief.sections.filter((section) => section.kind !== 'positions') }
    const merged = addSource(without, await draft([wire, trade]))
    expect(merged.sections).toEqual(without.sections)
    expect(merged.sources).toHaveLength(2)
    expect(positionsEdited(without, null)).toBe(false)
  })
})
