import type { ApiHandlers } from './contract'
import { sweepDataDir } from '../files/data-dir'
import { createHandlers } from './handlers'
import type { HandlerOptions } from './handlers'
import type { PipelineTasks } from './pipeline-worker'
import { createWorkerPool, workerScriptBeside } from './worker-pool'
import type { WorkerPool } from './worker-pool'

/** Limits of the pipeline worker: generous for real articles, small enough to stop a hostile one. */
export const PIPELINE_LIMITS = { timeoutMs: 45_000, maxOldGenerationSizeMb: 512 } as const

/** The api as a host runs it: handlers plus the worker pool they use. */
export type ApiHost = { handlers: ApiHandlers; pool: WorkerPool<PipelineTasks>; close(): Promise<void> }

/**
 * Starts the api for a host (Electron or the web server). The pipeline worker is found next to this
 * module: `pipeline-worker.ts` from source, `pipeline-worker.js` next to the bundle after a build.
 */
export function createApiHost(options: Omit<HandlerOptions, 'pool'>): ApiHost {
  const pool = createWorkerPool<PipelineTasks>({
    script: workerScriptBeside(import.meta.url, 'pipeline-worker'),
    ...PIPELINE_LIMITS,
  })
  // Temp files of saves killed mid-write are swept at start; a failure here must not stop the app.
  void sweepDataDir(options.dataDir).catch(() => undefined)
  const handlers = createHandlers({ ...options, pool })
  pool.warm()
  return { handlers, pool, close: () => pool.close() }
}
