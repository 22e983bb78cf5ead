import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { PipelineTasks } from '../../main/api/pipeline-worker'
import { createWorkerPool } from '../../main/api/worker-pool'
import type { WorkerPool } from '../../main/api/worker-pool'
import { TemplateStyleSchema } from '../../main/templates/schema'
import { root, seedArticle } from '../helpers/cli'
import { assertBuilt } from './web-server-process'

const pools: WorkerPool<PipelineTasks>[] = []
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()))
})

describe('the built app', () => {
  it.each(['out/main/pipeline-worker.js', 'dist/pipeline-worker.mjs'])(
    'runs the bundled pipeline worker %s',
    async (file) => {
      assertBuilt()
      const pool = createWorkerPool<PipelineTasks>({
        script: { url: pathToFileURL(path.join(root, file)), typescript: false },
        timeoutMs: 30_000,
        maxOldGenerationSizeMb: 512,
      })
      pools.push(pool)
      const text = await readFile(seedArticle, 'utf8')
      const { article, analysis } = await pool.run('openArticle', { kind: 'text', text })
      expect(article.meta.title).toMatch(/^Trump’s Envoy/)
      expect(analysis.quotes.length).toBeGreaterThan(5)
      const brief = {
        schemaVersion: 2 as const,
        meta: {
          title: 'T',
          subtitle: '',
          author: '',
          organization: '',
          date: '2025-03-01',
          marking: '',
          templateId: 'policy-brief',
        },
        sections: [
          { id: 'summary', kind: 'summary' as const, heading: 'Summary', body: 'Text.', provenance: [] },
        ],
        sources: [],
      }
      const pdf = await pool.run('renderPdf', {
        brief,
        style: TemplateStyleSchema.parse({}),
        purpose: 'export',
      })
      expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-')
    },
  )

  it('has a CommonJS preload that needs nothing but electron', async () => {
    const preload = await readFile(path.join(root, 'out/preload/preload.cjs'), 'utf8')
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])).toEqual([
      'electron',
    ])
    expect(preload).not.toMatch(/^\s*(import|export)\s/m)
    expect(preload).toContain('exposeInMainWorld("briefwright"')
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b/)
  })

  it('bundles no schema code into the renderer: it imports only types from main/', async () => {
    const assets = await readdir(path.join(root, 'out/renderer/assets'))
    const scripts = assets.filter((name) => name.startsWith('index-') && name.endsWith('.js'))
    expect(scripts).toHaveLength(1)
    const code = await readFile(path.join(root, 'out/renderer/assets', scripts[0]), 'utf8')
    expect(code).not.toContain('ZodError')
  })

  it('loads the renderer with relative asset paths and no inline script', async () => {
    const html = await readFile(path.join(root, 'out/renderer/index.html'), 'utf8')
    expect(html).toMatch(/<script type="module" crossorigin src="\.\/assets\/index-[\w-]+\.js"><\/script>/)
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
    expect(html).not.toMatch(/\sstyle=/)
  })
})
