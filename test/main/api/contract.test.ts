import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import * as z from 'zod'
import type { Analysis } from '../../../main/analysis/types'
import { contract, keyedByCallNames } from '../../../main/api/contract'
import type { Api, ApiHandlers, ApiOf, CallName, HandlersOf } from '../../../main/api/contract'
import type { createHandlers } from '../../../main/api/handlers'
import type { AnalysisSchema, ArticleSchema } from '../../../main/api/pipeline-schemas'
import type { Article } from '../../../main/article/types'
import { desktopContract } from '../../../main/api/desktop-contract'
import {
  API_CALLS,
  DESKTOP_CALLS,
  isCallName,
  isDesktopCallName,
  tableOf,
} from '../../../main/common/api-calls'
import { apiChannels, desktopChannels } from '../../../main/electron/channels'
import { maxRequestBytes } from '../../../main/web/server'
import { createApi } from '../../../renderer/api'

// A contract with one more call, as if someone added it to contract.ts and nothing else.
type Extended = typeof contract & { exportEpub: { input: z.ZodObject; output: z.ZodObject } }
type ExtendedName = keyof Extended
const spec = { input: z.strictObject({}), output: z.strictObject({}) }

describe('compile-time completeness', () => {
  it('keys the contract by the call-name list, both ways', () => {
    expectTypeOf<keyof typeof contract>().toEqualTypeOf<CallName>()
    const listed = tableOf(API_CALLS, () => spec)
    // A name on the list without a schema.
    const { openArticle: _dropped, ...missing } = listed
    // @ts-expect-error openArticle is listed but has no schema
    keyedByCallNames(missing)
    // @ts-expect-error exportEpub has a schema but is not on the list
    keyedByCallNames({ ...listed, exportEpub: spec })
    expect(Object.keys(keyedByCallNames(listed))).toEqual([...API_CALLS])
  })

  it('refuses, at compile time, a new call until every table handles it', () => {
    // The handlers (`satisfies ApiHandlers` in handlers.ts) lack the new call.
    // @ts-expect-error exportEpub has no handler
    const handlers: HandlersOf<Extended> = {} as ReturnType<typeof createHandlers>
    // The HTTP transport: one body limit per call.
    // @ts-expect-error exportEpub has no HTTP body limit
    const limits: { [K in ExtendedName]: number } = maxRequestBytes
    // The client-facing Api type follows the contract.
    // @ts-expect-error exportEpub is missing from Api
    const api: ApiOf<Extended> = {} as Api
    expect([handlers, limits, api]).toHaveLength(3)
  })

  it('builds every table from the call-name lists', () => {
    const names = [...API_CALLS].sort()
    expect(Object.keys(contract).sort()).toEqual(names)
    expect(Object.keys(apiChannels).sort()).toEqual(names)
    expect(Object.keys(maxRequestBytes).sort()).toEqual(names)
    const client = createApi(async () => ({ ok: true, value: null }))
    expect(Object.keys(client).sort()).toEqual(names)
    const desktopNames = [...DESKTOP_CALLS].sort()
    expect(Object.keys(desktopContract).sort()).toEqual(desktopNames)
    expect(Object.keys(desktopChannels).sort()).toEqual(desktopNames)
  })

  it.each([
    { name: 'openArticle', api: true, desktop: false },
    { name: 'savePdf', api: false, desktop: true },
    { name: '__proto__', api: false, desktop: false },
    { name: 'constructor', api: false, desktop: false },
    { name: 'toString', api: false, desktop: false },
  ])('knows $name as a call: api $api, desktop $desktop', ({ name, api, desktop }) => {
    expect(isCallName(name)).toBe(api)
    expect(isDesktopCallName(name)).toBe(desktop)
  })

  it('describes the pipeline types exactly', () => {
    // Both ways assignable: the schemas accept every Article/Analysis and produce nothing else.
    expectTypeOf<z.output<typeof ArticleSchema>>().toExtend<Article>()
    expectTypeOf<Article>().toExtend<z.output<typeof ArticleSchema>>()
    expectTypeOf<z.output<typeof AnalysisSchema>>().toExtend<Analysis>()
    expectTypeOf<Analysis>().toExtend<z.output<typeof AnalysisSchema>>()
    expectTypeOf<Parameters<ApiHandlers['draftBrief']>[0]['articleIds']>().toEqualTypeOf<string[]>()
    expectTypeOf<CallName>().toEqualTypeOf<keyof Api>()
  })

  it('has strict objects as inputs', () => {
    for (const [name, call] of Object.entries(contract)) {
      const extra = call.input.safeParse({ unexpectedKey: true })
      expect(extra.success, name).toBe(false)
    }
  })
})

// Every module contract.ts loads at run time (type-only imports are erased), by path.
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  for (const match of source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gms)) {
    const specifier = match[1]
    if (specifier.startsWith('.')) runtimeImports(path.resolve(path.dirname(file), `${specifier}.ts`), seen)
    else seen.add(specifier)
  }
  return seen
}

describe('contract.ts', () => {
  it('loads no Node or Electron module, directly or through its imports', () => {
    const loaded = [...runtimeImports(path.resolve(import.meta.dirname, '../../../main/api/contract.ts'))]
    const packages = loaded.filter((entry) => !path.isAbsolute(entry))
    expect(packages).toEqual(['zod'])
  })
})
