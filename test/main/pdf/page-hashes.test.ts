import { describe, expect, it } from 'vitest'
import { renderBriefPdf } from '../../../main/pdf/index'
import { loadSample, makeStyle } from './pdf-tools'

// Each page's hash says what it is drawn from, so the preview can redraw only the pages that changed.
const sample = loadSample()
const style = makeStyle({ pageSize: 'letter' })
const HASHED = { pageHashes: true }

/** The sample with a few words more at the end of its section `index` (-1: the last one). */
function edited(index: number) {
  const brief = structuredClone(sample)
  const section = brief.sections.at(index)!
  section.body = `${section.body} A few words more.`
  return brief
}

describe('the content hash of each page', () => {
  it('is the same for the same brief, one per page, and differs between pages', async () => {
    const [first, again] = [
      await renderBriefPdf(sample, style, HASHED),
      await renderBriefPdf(sample, style, HASHED),
    ]
    expect(first.pageHashes).toHaveLength(first.pages)
    expect(again.pageHashes).toEqual(first.pageHashes)
    expect(new Set(first.pageHashes).size).toBe(first.pages)
  })

  it('changes only from the page of an edit in the last section on', async () => {
    const before = await renderBriefPdf(sample, style, HASHED)
    const after = await renderBriefPdf(edited(-1), style, HASHED)
    expect(after.pages).toBe(before.pages)
    const changed = (after.pageHashes ?? []).flatMap((hash, index) =>
      hash === before.pageHashes?.[index] ? [] : [index],
    )
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(before.pages)
    // Every page from the first changed one on may change; none before it does.
    expect(changed).toEqual(
      changed.map((_, offset) => changed[0] + offset).filter((page) => page < before.pages),
    )
    expect(changed.at(-1)).toBe(before.pages - 1)
  })

  it('changes on every page when the title in the running header and footer changes', async () => {
    const before = await renderBriefPdf(sample, style, HASHED)
    const retitled = structuredClone(sample)
    retitled.meta.title = `${retitled.meta.title} (revised)`
    const after = await renderBriefPdf(retitled, style, HASHED)
    after.pageHashes?.forEach((hash, index) => expect(hash).not.toBe(before.pageHashes?.[index]))
  })

  it('is left out unless asked for: an export or the command line never needs it', async () => {
    expect((await renderBriefPdf(sample, style)).pageHashes).toBeUndefined()
  })
})
