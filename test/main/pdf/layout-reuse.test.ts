import { describe, expect, it, vi } from 'vitest'
import type { Brief } from '../../../main/brief/schema'
import { renderBriefPdf } from '../../../main/pdf/index'
import { loadSample, makeStyle } from './pdf-tools'

// A layout after an edit takes the sections it met before from its caches (their blocks, their
// flowed lines) and the fonts' subset files it encoded before: what it makes must be what a fresh
// process makes of the same brief, warnings included.

const style = makeStyle({ pageSize: 'letter' })
const HASHED = { pageHashes: true }

function withBody(brief: Brief, index: number, body: string): Brief {
  const copy = structuredClone(brief)
  const section = copy.sections.at(index)!
  section.body = body
  return copy
}

/** A fresh module graph's renderer: no section, flow or subset met before. */
async function freshRenderer(): Promise<typeof renderBriefPdf> {
  vi.resetModules()
  const fresh = await import('../../../main/pdf/index')
  return fresh.renderBriefPdf
}

describe('a layout that reuses what earlier layouts made', () => {
  it('gives the bytes a fresh renderer gives, after renders of other versions of the brief', async () => {
    const sample = loadSample()
    const last = sample.sections.length - 1
    const edited = withBody(sample, last, `${sample.sections[last]!.body} A few words more.`)
    // The same sections in another style, and the edit itself, before the render compared.
    await renderBriefPdf(sample, style)
    await renderBriefPdf(sample, makeStyle({ pageSize: 'a4', sectionNumbers: true }))
    await renderBriefPdf(edited, style)
    const reused = await renderBriefPdf(edited, style, HASHED)
    const fresh = await (await freshRenderer())(edited, style, HASHED)
    expect(Buffer.from(reused.bytes).equals(Buffer.from(fresh.bytes))).toBe(true)
    expect(reused.pageHashes).toEqual(fresh.pageHashes)
    expect(reused.warnings).toEqual(fresh.warnings)
  })

  it('embeds the font file of its own glyphs after a brief that drew as many other glyphs', async () => {
    const sample = loadSample()
    const last = sample.sections.length - 1
    const ending = (letters: string) => withBody(sample, last, `${sample.sections[last]!.body} ${letters}`)
    await renderBriefPdf(ending('Ø Þ'), style)
    const reused = await renderBriefPdf(ending('Ø Ð'), style)
    const fresh = await (await freshRenderer())(ending('Ø Ð'), style)
    expect(Buffer.from(reused.bytes).equals(Buffer.from(fresh.bytes))).toBe(true)
  })

  it('reports a section’s warnings and missing characters each time it is laid out', async () => {
    const sample = loadSample()
    // A heading left with nothing under it, and a character no bundled face has.
    const warned = withBody(
      sample,
      0,
      `${sample.sections[0]!.body}\n\nAn ancient sign: \u{13000}.\n\n## Waiting`,
    )
    const first = await renderBriefPdf(warned, style)
    const second = await renderBriefPdf(warned, style)
    expect(first.warnings.some((warning) => warning.includes('a heading with nothing under it'))).toBe(true)
    expect(first.warnings.some((warning) => warning.includes('U+13000'))).toBe(true)
    expect(second.warnings).toEqual(first.warnings)
  })

  it('lays a section out again when the style changes how it looks', async () => {
    const sample = loadSample()
    const plain = await renderBriefPdf(sample, style, HASHED)
    const numbered = await renderBriefPdf(
      sample,
      makeStyle({ pageSize: 'letter', sectionNumbers: true }),
      HASHED,
    )
    expect(numbered.pageHashes).not.toEqual(plain.pageHashes)
    const fresh = await (
      await freshRenderer()
    )(sample, makeStyle({ pageSize: 'letter', sectionNumbers: true }))
    expect(Buffer.from(numbered.bytes).equals(Buffer.from(fresh.bytes))).toBe(true)
  })
})
