import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type { Analysis } from '../../../main/analysis/types'
import { contract } from '../../../main/api/contract'
import type { Api, ApiHandlers, ApiOf, CallName, HandlersOf } from '../../../main/api/contract'
import type { createHandlers } from '../../../main/api/handlers'
import type { AnalysisSchema, ArticleSchema } from '../../../main/api/pipeline-schemas'
import type { Article } from '../../../main/article/types'
import { apiChannels } from '../../../main/electron/channels'
import { maxRequestBytes } from '../../../main/web/server'
import { clientCalls } from '../../../renderer/api'

// A contract with one more call, as if someone added it to contract.ts and nothing else.
type Extended = typeof contract & { exportDocx: { input: z.ZodObject; output: z.ZodObject } }
type ExtendedName = keyof Extended

describe('compile-time completeness', () => {
  it('refuses, at compile time, a new call until every table handles it', () => {
    // The handlers (`satisfies ApiHandlers` in handlers.ts) lack the new call.
    // @ts-expect-error exportDocx has no handler
    const handlers: HandlersOf<Extended> = {} as ReturnType<typeof createHandlers>
    // The Electron transport: one IPC channel per call (preload.ts and ipc.ts are built from it).
    // @ts-expect-error exportDocx has no IPC channel
    const channels: { [K in ExtendedName]: string } = apiChannels
    // The HTTP transport: one body limit per call.
    // @ts-expect-error exportDocx has no HTTP body limit
    const limits: { [K in ExtendedName]: number } = maxRequestBytes
    // The renderer client.
    // @ts-expect-error exportDocx is unknown to the renderer client
    const client: { [K in ExtendedName]: true } = clientCalls
    // The client-facing Api type follows the contract.
    // @ts-expect-error exportDocx is missing from Api
    const api: ApiOf<Extended> = {} as Api
    expect([handlers, channels, limits, client, api]).toHaveLength(5)
  })

  it('keeps every table in step with the contract at run time too', () => {
    const names = Object.keys(contract).sort()
    expect(Object.keys(apiChannels).sort()).toEqual(names)
    expect(Object.keys(maxRequestBytes).sort()).toEqual(names)
    expect(Object.keys(clientCalls).sort()).toEqual(names)
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
