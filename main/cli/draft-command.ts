import { mkdir } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_TEMPLATE_ID } from '../common/default-template'
import { createSettingsStore } from '../files/settings'
import { preloadRendering } from '../pdf/index'
import { draftOne } from './draft-one'
import type { DraftJob } from './draft-one'
import type { DraftTasks } from './draft-worker'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { createProgress } from './progress'
import { dataDirFor, templateStoreFor, warn } from './shared'
import { stderr } from './output'

/** Per source in a batch: generous for a 100x article, short enough that a stuck parser is stopped. */
const BATCH_JOB_TIMEOUT_MS = 120_000
const BATCH_WORKER_HEAP_MB = 1024

/** `briefwright draft <source>... [--template ID] [--out FILE.pdf | --out-dir DIR] [--save FILE.brief]` */
export async function runDraft(sources: string[], values: CliValues): Promise<number> {
  if (sources.length === 0)
    throw new UsageError('draft needs at least one source (a file, an http(s) URL, or -)')
  if (values.out && values['out-dir']) throw new UsageError('use --out or --out-dir, not both')
  if (values.merge && sources.length < 2) throw new UsageError('--merge needs two or more sources')
  if (values.merge && values['out-dir']) {
    throw new UsageError('--merge drafts one brief: use --out FILE.pdf or --save FILE.brief, not --out-dir')
  }
  if (!values.merge && sources.length > 1 && (values.out || values.save)) {
    throw new UsageError(
      'with several sources, use --out-dir, or --merge for one brief (--out and --save take one source)',
    )
  }
  if (!values.out && !values['out-dir'] && !values.save) {
    throw new UsageError('say where the brief goes: --out FILE.pdf, --out-dir DIR or --save FILE.brief')
  }
  preloadRendering()
  // Resolve the template first: a typo in its id should fail before any article is read.
  const template = await templateStoreFor(values).get(values.template ?? DEFAULT_TEMPLATE_ID)
  // Drafted with the Settings of the data folder (organization, author), as the app drafts.
  const { author, organization } = await createSettingsStore(dataDirFor(values)).get()
  const outDir = values['out-dir'] ? path.resolve(values['out-dir']) : null
  if (outDir) await mkdir(outDir, { recursive: true })
  // --merge: one job, its first source the brief's lead and the rest drafted with it.
  const groups = values.merge ? [sources] : sources.map((source) => [source])
  const jobs: DraftJob[] = groups.map(([source, ...also]) => ({
    source,
    also,
    template,
    settings: { author, organization },
    pdfPath: outDir ? path.join(outDir, outputName(source)) : values.out ? path.resolve(values.out) : null,
    briefPath: values.save ? path.resolve(values.save) : null,
  }))

  if (jobs.length === 1) {
    const { warnings } = await draftOne(jobs[0])
    // A merged brief's warnings name their own source (draftOne); one source's are named here.
    warn(values.merge ? warnings : warnings.map((message) => `${sources[0]}: ${message}`))
    return 0
  }
  return runBatch(jobs)
}

async function runBatch(jobs: DraftJob[]): Promise<number> {
  // Loaded for batches only: a single brief is drafted in this thread, without worker_threads.
  const { createWorkerPool, workerScriptBeside } = await import('../api/worker-pool')
  const pool = createWorkerPool<DraftTasks>({
    script: workerScriptBeside(import.meta.url, 'draft-worker'),
    size: Math.min(os.availableParallelism(), jobs.length),
    timeoutMs: BATCH_JOB_TIMEOUT_MS,
    maxOldGenerationSizeMb: BATCH_WORKER_HEAP_MB,
  })
  const progress = createProgress(jobs.length, stderr())
  let failures = 0
  try {
    await Promise.all(
      jobs.map(async (job) => {
        try {
          const { warnings } = await pool.run('draft', job)
          for (const message of warnings)
            progress.interrupt(`briefwright: warning: ${job.source}: ${message}`)
        } catch (error) {
          failures += 1
          const message = error instanceof Error ? error.message : String(error)
          progress.interrupt(`briefwright: error: ${job.source}: ${message}`)
        }
        progress.tick(job.source)
      }),
    )
  } finally {
    progress.done()
    await pool.close()
  }
  if (failures > 0) {
    stderr().write(`briefwright: error: ${failures} of ${jobs.length} sources failed\n`)
    return 2
  }
  return 0
}

/** `reports/story.html` → `story.pdf`; a URL or stdin gets a name from its last path part. */
export function outputName(source: string): string {
  if (source === '-') return 'stdin.pdf'
  const base = /^https?:\/\//i.test(source)
    ? new URL(source).pathname.split('/').filter(Boolean).pop()
    : path.basename(source)
  const stem = (base ?? 'article').replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'article'
  return `${stem}.pdf`
}
