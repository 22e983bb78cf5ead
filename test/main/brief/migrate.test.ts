import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as z from 'zod'
import { describe, expect, it } from 'vitest'
import { DocumentError, migrateDocument } from '../../../main/brief/migrate'
import { parseBriefJson, serializeBrief } from '../../../main/files/brief-file'

const sample = path.resolve(import.meta.dirname, '../../fixtures/sample.brief')

describe('parseBriefJson', () => {
  it('opens the sample brief and writes it back unchanged', async () => {
    const text = await readFile(sample, 'utf8')
    const brief = parseBriefJson(text)
    expect(brief.schemaVersion).toBe(2)
    expect(parseBriefJson(serializeBrief(brief))).toEqual(brief)
  })

  it.each([
    { name: 'empty', text: '', message: /empty/ },
    { name: 'truncated', text: '{"schemaVersion": 1, "meta": {"tit', message: /not valid JSON.*truncated/ },
    { name: 'an array', text: '[]', message: /not a brief/ },
    { name: 'no version', text: '{"meta": {}}', message: /no valid schemaVersion/ },
    {
      name: 'a newer version',
      text: '{"schemaVersion": 99, "meta": {}, "future": true}',
      message: /newer Briefwright \(format 99/,
    },
    {
      name: 'a bad field',
      text: JSON.stringify({
        schemaVersion: 1,
        meta: { title: 'x', date: 'yesterday', templateId: 'policy-brief' },
        sections: [],
        sources: [],
      }),
      message: /damaged: meta\.date: dates are yyyy-mm-dd/,
    },
    {
      name: 'an unknown field',
      text: JSON.stringify({
        schemaVersion: 1,
        meta: { title: 'x', date: '2026-01-01', templateId: 'p' },
        sections: [],
        sources: [],
        extra: 1,
      }),
      message: /damaged/,
    },
  ])('refuses $name with a one-line message', ({ text, message }) => {
    let caught: unknown
    try {
      parseBriefJson(text)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DocumentError)
    expect((caught as Error).message).toMatch(message)
    expect((caught as Error).message).not.toContain('\n')
  })
})

describe('migrateDocument', () => {
  const format = {
    kind: 'thing',
    current: 3,
    schema: z.strictObject({ schemaVersion: z.literal(3), name: z.string(), tags: z.array(z.string()) }),
    migrations: {
      1: (document: Record<string, unknown>) => ({
        ...document,
        schemaVersion: 2,
        name: document.title,
        title: undefined,
      }),
      2: (document: Record<string, unknown>) => {
        const { title: _title, ...rest } = document
        return { ...rest, schemaVersion: 3, tags: [] }
      },
    },
  }

  it('runs each step in order from an old version', () => {
    expect(migrateDocument({ schemaVersion: 1, title: 'Old' }, format)).toEqual({
      schemaVersion: 3,
      name: 'Old',
      tags: [],
    })
  })

  it('refuses a version it has no step for', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, { ...format, migrations: {} })).toThrow(
      /cannot upgrade/,
    )
  })
})
