import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Section } from '../../../main/brief/schema'
import { builtInTemplatesDir, parseTemplateJson } from '../../../main/files/template-store'
import { estimativeBoxAt, estimativeBoxMarkdown } from '../../../main/templates/estimative-box'
import type { PrintedSection } from '../../../main/templates/printed-sections'
import { TemplateStyleSchema } from '../../../main/templates/schema'

/** The option's default, which built-in has it, and the one placement rule both exports follow. */

function printed(kinds: readonly Section['kind'][]): PrintedSection<string>[] {
  return kinds.map((kind, index) => ({
    section: { id: `s${index}`, kind, heading: kind, body: 'text', provenance: [] },
    title: kind,
    anchor: `section-${index + 1}`,
    boxed: false,
    blocks: ['text'],
  }))
}

describe('the estimative language box option', () => {
  it('is off by default, so templates written before it keep their look', () => {
    expect(TemplateStyleSchema.parse({}).estimativeBox).toBe(false)
  })

  it('is on in the Intelligence assessment template only, of the built-ins', () => {
    const names = readdirSync(builtInTemplatesDir()).filter((name) => name.endsWith('.json'))
    const on = names.filter(
      (name) =>
        parseTemplateJson(readFileSync(path.join(builtInTemplatesDir(), name), 'utf8')).style.estimativeBox,
    )
    expect(on).toEqual(['intelligence-assessment.json'])
  })

  it.each([
    { kinds: ['background', 'sources', 'custom'], at: 1 },
    { kinds: ['sources', 'background'], at: 0 },
    { kinds: ['background', 'implications'], at: 2 },
    { kinds: [], at: 0 },
  ] as const)('stands before the first Sources, or last ($kinds → $at)', ({ kinds, at }) => {
    const style = TemplateStyleSchema.parse({ estimativeBox: true })
    expect(estimativeBoxAt(printed(kinds), style)).toBe(at)
    expect(estimativeBoxAt(printed(kinds), { ...style, estimativeBox: false })).toBeNull()
  })

  it('writes its body as a two-row table and a list of the three levels', () => {
    const lines = estimativeBoxMarkdown().split('\n')
    expect(lines[0]).toBe(
      '| almost no chance | very unlikely | unlikely | roughly even chance | likely | very likely | almost certain |',
    )
    expect(lines[2]).toBe('| 01–05% | 05–20% | 20–45% | 45–55% | 55–80% | 80–95% | 95–99% |')
    expect(lines.filter((line) => line.startsWith('- **'))).toHaveLength(3)
    expect(lines.at(-1)).toMatch(/^- \*\*Low confidence\*\*: /)
  })
})
