import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod'
import { BriefMetaSchema, SectionSchema } from '../../../main/brief/schema'
import { BRIEF_LIMITS, TEMPLATE_LIMITS } from '../../../main/common/limits'
import { SLOT_FIELDS } from '../../../main/common/slot-fields'
import { fillSlot } from '../../../main/common/slot-fields'
import { LOGO_MAX_BYTES } from '../../../main/templates/logo'
import { SlotsSchema, TemplateSchema, TemplateStyleSchema } from '../../../main/templates/schema'

const commonDir = path.resolve(import.meta.dirname, '../../../main/common')

describe('main/common', () => {
  it.each(readdirSync(commonDir).filter((file) => file.endsWith('.ts')))(
    '%s imports nothing outside main/common, so the renderer may load it',
    (file) => {
      const source = readFileSync(path.join(commonDir, file), 'utf8')
      const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)]
      const dynamic = [...source.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g)]
      for (const [, specifier] of [...specifiers, ...dynamic]) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.\/[\w-]+$/)
      }
    },
  )
})

// The schemas of main/brief and main/templates still write their numbers themselves: these hold them
// to the shared limits until they read them from main/common.
function acceptsUpTo(schema: z.ZodType, limit: number, make: (length: number) => unknown): void {
  expect(schema.safeParse(make(limit)).success, `length ${limit}`).toBe(true)
  expect(schema.safeParse(make(limit + 1)).success, `length ${limit + 1}`).toBe(false)
}

describe('shared limits agree with the schemas', () => {
  it.each(['title', 'subtitle', 'author', 'organization', 'marking'] as const)('brief %s', (key) => {
    acceptsUpTo(BriefMetaSchema.shape[key], BRIEF_LIMITS[key], (length) => 'x'.repeat(length))
  })

  it('brief date and section heading', () => {
    expect(BriefMetaSchema.shape.date.safeParse('2026-01-31').success).toBe(true)
    expect('2026-01-31'.length).toBe(BRIEF_LIMITS.date)
    acceptsUpTo(SectionSchema.shape.heading, BRIEF_LIMITS.sectionHeading, (length) => 'x'.repeat(length))
  })

  it.each(['organization', 'marking', 'watermark'] as const)('template %s', (key) => {
    acceptsUpTo(TemplateStyleSchema.shape[key], TEMPLATE_LIMITS[key], (length) => 'x'.repeat(length))
  })

  it('template name, slots and logo', () => {
    acceptsUpTo(TemplateSchema.shape.name, TEMPLATE_LIMITS.name, (length) => 'x'.repeat(length))
    acceptsUpTo(SlotsSchema, TEMPLATE_LIMITS.slot, (length) => ({
      left: 'x'.repeat(length),
      center: '',
      right: '',
    }))
    expect(LOGO_MAX_BYTES).toBe(TEMPLATE_LIMITS.logoBytes)
  })
})

describe('slot fields', () => {
  it('fills in every field the style editor offers, and nothing else', () => {
    const page = { title: 'T', date: 'D', marking: 'M', organization: 'O', page: 3, pages: 9 }
    for (const field of SLOT_FIELDS) expect(fillSlot(`{${field}}`, page)).toBe(String(page[field]))
    expect(fillSlot('{author} {page}', page)).toBe('{author} 3')
  })
})
