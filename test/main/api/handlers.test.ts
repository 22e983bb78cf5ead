import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contract } from '../../../main/api/contract'
import type { ApiHandlers, CallName } from '../../../main/api/contract'
import { fileStem } from '../../../main/api/handlers'
import { createApiHost } from '../../../main/api/host'
import type { ApiHost } from '../../../main/api/host'
import { seedArticle } from '../../helpers/cli'
import { tempDir } from '../../helpers/temp'

let dataDir: string
let host: ApiHost
let api: ApiHandlers
const timings: Record<string, number> = {}

// Every answer must match the contract's output schema: the renderer relies on those shapes.
async function call<K extends CallName>(
  name: K,
  input: Parameters<ApiHandlers[K]>[0],
): Promise<Awaited<ReturnType<ApiHandlers[K]>>> {
  const started = performance.now()
  const handler = api[name] as (input: unknown) => Promise<Awaited<ReturnType<ApiHandlers[K]>>>
  const output = await handler(contract[name].input.parse(input))
  timings[name] = Math.round(performance.now() - started)
  contract[name].output.parse(output)
  return output
}

beforeAll(async () => {
  dataDir = await tempDir('handlers')
  host = createApiHost({ dataDir, now: () => new Date('2025-03-01T12:00:00Z') })
  api = host.handlers
})

afterAll(async () => {
  await host.close()
  await rm(dataDir, { recursive: true, force: true })
  console.log('handler timings (ms):', JSON.stringify(timings))
})

describe('the pipeline through the handlers', () => {
  it('opens the seed article, drafts, renders, exports, saves and reopens a brief', async () => {
    const text = await readFile(seedArticle, 'utf8')
    const opened = await call('openArticle', { source: { kind: 'text', text, name: 'seed-article.txt' } })
    expect(opened.article.meta.title).toBe('Trump’s Envoy Meets With Putin to Discuss Ukraine War Peace Plan')
    expect(opened.analysis.quotes.length).toBeGreaterThan(5)

    const brief = await call('draftBrief', {
      articleIds: [opened.articleId],
      templateId: 'policy-brief',
      date: '2025-03-01',
    })
    expect(brief.sections.length).toBeGreaterThan(2)
    expect(brief.sources[0].id).toBe(opened.articleId)

    const pdf = await call('renderPdf', { brief })
    expect(new TextDecoder().decode(pdf.bytes.subarray(0, 5))).toBe('%PDF-')
    expect(pdf.pages).toBeGreaterThan(0)
    // The preview redraws only pages whose hash changed: the hashes must reach it.
    expect(pdf.pageHashes).toHaveLength(pdf.pages)
    const exported = await call('exportPdf', { brief })
    expect(exported.fileName).toMatch(/\.pdf$/)
    expect(Buffer.from(exported.bytes).equals(Buffer.from(pdf.bytes))).toBe(true)

    const saved = await call('saveBrief', { brief })
    expect(saved.fileName).toMatch(/\.brief$/)
    expect(await call('openBrief', { text: saved.text })).toEqual(brief)
  })

  it('opens article bytes by file name', async () => {
    const bytes = new Uint8Array(await readFile(seedArticle))
    const opened = await call('openArticle', { source: { kind: 'bytes', name: 'seed.txt', bytes } })
    expect(opened.article.blocks.length).toBeGreaterThan(5)
  })

  it('says when an article is no longer open', async () => {
    await expect(
      call('draftBrief', { articleIds: ['not-open'], templateId: 'policy-brief' }),
    ).rejects.toMatchObject({
      code: 'not-found',
    })
  })

  it('passes a reader error on as a one-line message', async () => {
    const bytes = new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9])
    await expect(call('openArticle', { source: { kind: 'bytes', name: 'x.bin', bytes } })).rejects.toThrow(
      /./,
    )
  })

  it('lists and gets the built-in templates', async () => {
    const listings = await call('listTemplates', {})
    expect(listings.map((listing) => listing.id)).toEqual(
      expect.arrayContaining(['policy-brief', 'situation-report']),
    )
    expect((await call('getTemplate', { id: 'policy-brief' })).sections.length).toBeGreaterThan(0)
  })

  it('renders a brief whose template is not installed, with a warning', async () => {
    const saved = await readFile(path.resolve(import.meta.dirname, '../../fixtures/sample.brief'), 'utf8')
    const brief = await call('openBrief', { text: saved })
    const pdf = await call('renderPdf', {
      brief: { ...brief, meta: { ...brief.meta, templateId: 'no-such-template' } },
    })
    expect(pdf.warnings[0]).toMatch(/not installed/)
  })
})

describe('app data through the handlers', () => {
  it('changes only the settings it is given', async () => {
    expect(await call('getSettings', {})).toEqual({
      schemaVersion: 1,
      author: '',
      organization: '',
      lastTemplateId: null,
      window: null,
      recoveryTimeoutSeconds: 150,
      checkBeforeExport: true,
    })
    await call('setSettings', { patch: { author: 'A. Analyst' } })
    const window = { x: 10, y: 20, width: 1200, height: 800, maximized: false }
    await call('setSettings', { patch: { window } })
    expect(await call('getSettings', {})).toEqual({
      schemaVersion: 1,
      author: 'A. Analyst',
      organization: '',
      lastTemplateId: null,
      window,
      recoveryTimeoutSeconds: 150,
      checkBeforeExport: true,
    })
  })

  it('keeps recent documents newest first, one entry each, at most ten', async () => {
    for (let index = 0; index < 12; index += 1)
      await call('addRecent', { name: `b${index}.brief`, path: `/docs/b${index}.brief` })
    await call('addRecent', { name: 'b5.brief', path: '/docs/b5.brief' })
    const recent = await call('listRecent', {})
    expect(recent).toHaveLength(10)
    expect(recent[0]).toEqual({
      name: 'b5.brief',
      path: '/docs/b5.brief',
      openedAt: '2025-03-01T12:00:00.000Z',
    })
    expect(recent.filter((entry) => entry.name === 'b5.brief')).toHaveLength(1)
  })

  it('saves, beats, takes and discards recovery copies, offering none of a running session', async () => {
    const brief = await call('openBrief', {
      text: await readFile(path.resolve(import.meta.dirname, '../../fixtures/sample.brief'), 'utf8'),
    })
    const first = await call('saveRecovery', { brief })
    const again = await call('saveRecovery', { brief, id: first.id })
    expect(again.id).toBe(first.id)
    const second = await call('saveRecovery', { brief })
    // Both sessions are still beating their heartbeats: neither copy is offered.
    expect(await call('listRecovery', {})).toEqual([])
    expect(await call('touchRecovery', { id: second.id })).toEqual({ kept: true })
    expect(await call('takeRecovery', { id: first.id })).toEqual(brief)
    await expect(call('takeRecovery', { id: first.id })).rejects.toThrow('This recovery copy is gone.')
    expect(await call('discardRecovery', { id: second.id })).toEqual({ discarded: true })
    expect(await call('discardRecovery', { id: second.id })).toEqual({ discarded: false })
    expect(await call('touchRecovery', { id: second.id })).toEqual({ kept: false })
    expect(await call('listRecovery', {})).toEqual([])
  })
})

describe('fileStem', () => {
  it.each([
    { title: 'Trump’s Envoy Meets With Putin', stem: 'Trump-s-Envoy-Meets-With-Putin' },
    { title: '../../etc/passwd', stem: 'etc-passwd' },
    { title: '', stem: 'brief' },
    { title: 'Отчёт: Київ', stem: 'Отчёт-Київ' },
    { title: 'x'.repeat(200), stem: 'x'.repeat(80) },
  ])('$title → $stem', ({ title, stem }) => {
    expect(fileStem(title)).toBe(stem)
  })
})
