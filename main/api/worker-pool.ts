import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { compileCacheEnv } from './compile-cache-env'
import type { TaskRequest, TaskResponse } from './worker-runtime'

/** The tasks a worker script serves: plain data in, plain data out. */
export type TaskTable = Record<string, (input: never) => unknown>

/** How a job ended badly: the code says what the user can do, the message says what happened. */
export type WorkerJobErrorCode =
  'timeout' | 'out-of-memory' | 'crashed' | 'cancelled' | 'unavailable' | 'failed'

/** A job that failed, was stopped for taking too long or too much memory, or was cancelled. */
export class WorkerJobError extends Error {
  override name = 'WorkerJobError'
  constructor(
    readonly code: WorkerJobErrorCode,
    message: string,
    /** The name of the error thrown inside the worker (e.g. `ArticleError`), for `failed`. */
    readonly causeName?: string,
  ) {
    super(message)
  }
}

/** A worker script: TypeScript source (run through tsx, under vitest or tsx) or a built .js file. */
export type WorkerScript = { url: URL; typescript: boolean }

/**
 * Finds the worker script `name` next to the calling module. From source (`moduleUrl` ends in .ts) it
 * is `<name>.ts` beside it. From a bundle it is `<name>.js` beside the bundle file, or one folder up
 * when the code sits in a chunk folder (the CLI's dist/chunks/); the build emits it as its own entry
 * (electron.vite.config.ts, scripts/build-cli.mjs).
 */
export function workerScriptBeside(moduleUrl: string, name: string): WorkerScript {
  if (/\.tsx?$/.test(new URL(moduleUrl).pathname))
    return { url: new URL(`./${name}.ts`, moduleUrl), typescript: true }
  // Beside the module (electron-vite's out/main), a folder up, or beside the command line's bundles
  // (from dist/ or its chunks/), whose folder makes .js CommonJS (scripts/build-cli.mjs).
  const candidates = [
    new URL(`./${name}.js`, moduleUrl),
    new URL(`../${name}.js`, moduleUrl),
    new URL(`./${name}.mjs`, moduleUrl),
    new URL(`../${name}.mjs`, moduleUrl),
  ]
  const found = candidates.find((candidate) => existsSync(fileURLToPath(candidate)))
  return { url: found ?? candidates[0], typescript: false }
}

export type WorkerPoolOptions = {
  script: WorkerScript
  /** Workers at most (default: 2, fewer on a one-core machine). */
  size?: number
  /** A job running longer than this is stopped and its worker replaced. */
  timeoutMs: number
  /** V8 old-generation heap of each worker; a job that needs more fails alone. */
  maxOldGenerationSizeMb: number
  maxYoungGenerationSizeMb?: number
  /** An idle worker exits after this long (default 10 min); the next job starts a fresh one. */
  idleMs?: number
}

export type RunOptions = { timeoutMs?: number; signal?: AbortSignal }

/** A pool of worker threads with time and heap limits. */
export type WorkerPool<T extends TaskTable> = {
  run<K extends keyof T & string>(
    task: K,
    input: Parameters<T[K]>[0],
    options?: RunOptions,
  ): Promise<Awaited<ReturnType<T[K]>>>
  /** Starts one worker ahead of the first job, so its module loading (seconds) is not the user's wait. */
  warm(): void
  /** Stops every worker; jobs still running fail with `unavailable`. */
  close(): Promise<void>
  /** For tests and diagnostics. */
  stats(): { workers: number; busy: number; queued: number; started: number }
}

type Job = {
  id: number
  task: string
  input: unknown
  timeoutMs: number
  signal?: AbortSignal
  resolve: (value: unknown) => void
  reject: (error: Error) => void
}

type Slot = {
  worker: Worker
  job: Job | null
  timer: NodeJS.Timeout | null
  idleTimer: NodeJS.Timeout | null
  onAbort?: () => void
}

/** Creates a pool of worker threads that run `script`'s tasks one job per worker at a time. */
export function createWorkerPool<T extends TaskTable>(options: WorkerPoolOptions): WorkerPool<T> {
  const size = Math.max(1, options.size ?? Math.min(2, os.availableParallelism()))
  const idleMs = options.idleMs ?? 600_000
  const slots = new Set<Slot>()
  const queue: Job[] = []
  let nextId = 1
  let started = 0
  let closed = false

  function spawn(): Slot {
    if (!options.script.typescript && !existsSync(fileURLToPath(options.script.url))) {
      throw new WorkerJobError(
        'unavailable',
        `This installation is missing its worker script (${path.basename(options.script.url.pathname)}).`,
      )
    }
    const worker = startWorker(options)
    started += 1
    const slot: Slot = { worker, job: null, timer: null, idleTimer: null }
    slots.add(slot)
    worker.on('message', (message: TaskResponse) => {
      const job = slot.job
      if (!job || message.id !== job.id) return
      finish(slot)
      if (message.ok) job.resolve(message.value)
      else job.reject(new WorkerJobError('failed', message.error.message, message.error.name))
      pump()
    })
    worker.on('error', (error: Error & { code?: string }) => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      fail(
        slot,
        outOfMemory
          ? new WorkerJobError(
              'out-of-memory',
              `The job ran out of memory (limit ${options.maxOldGenerationSizeMb} MB) and was stopped.`,
            )
          : new WorkerJobError('crashed', `The worker crashed: ${error.message}`),
      )
    })
    worker.on('exit', (code) => {
      fail(slot, new WorkerJobError('crashed', `The worker stopped unexpectedly (exit code ${code}).`))
    })
    return slot
  }

  // Removes a dead or killed worker; its job (if any) fails with `error`; the queue moves on.
  function fail(slot: Slot, error: WorkerJobError): void {
    if (!slots.has(slot)) return
    slots.delete(slot)
    const job = slot.job
    finish(slot)
    if (slot.idleTimer) clearTimeout(slot.idleTimer)
    void slot.worker.terminate()
    job?.reject(error)
    pump()
  }

  function finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    if (slot.job?.signal && slot.onAbort) slot.job.signal.removeEventListener('abort', slot.onAbort)
    slot.timer = null
    slot.job = null
    slot.onAbort = undefined
    if (slots.has(slot)) rest(slot)
  }

  // An idle worker must not keep a CLI process alive, and exits after a while to give memory back.
  function rest(slot: Slot): void {
    slot.worker.unref()
    slot.idleTimer = setTimeout(() => fail(slot, new WorkerJobError('unavailable', 'idle')), idleMs)
    slot.idleTimer.unref()
  }

  function warm(): void {
    if (closed || slots.size > 0) return
    try {
      rest(spawn())
    } catch {
      // A missing worker script is reported by the first job that needs it.
    }
  }

  function assign(slot: Slot, job: Job): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer)
    slot.idleTimer = null
    slot.job = job
    slot.worker.ref()
    slot.timer = setTimeout(() => {
      fail(
        slot,
        new WorkerJobError(
          'timeout',
          `The job took longer than ${formatSeconds(job.timeoutMs)} and was stopped.`,
        ),
      )
    }, job.timeoutMs)
    if (job.signal) {
      slot.onAbort = () => fail(slot, new WorkerJobError('cancelled', 'The job was cancelled.'))
      job.signal.addEventListener('abort', slot.onAbort, { once: true })
    }
    const request: TaskRequest = { id: job.id, task: job.task, input: job.input }
    slot.worker.postMessage(request)
  }

  function pump(): void {
    while (queue.length > 0 && !closed) {
      let slot = [...slots].find((candidate) => candidate.job === null)
      if (!slot && slots.size < size) {
        try {
          slot = spawn()
        } catch (error) {
          for (const job of queue.splice(0)) job.reject(error as Error)
          return
        }
      }
      if (!slot) return
      const job = queue.shift()
      if (job) assign(slot, job)
    }
  }

  function run<K extends keyof T & string>(
    task: K,
    input: Parameters<T[K]>[0],
    runOptions: RunOptions = {},
  ): Promise<Awaited<ReturnType<T[K]>>> {
    return new Promise((resolve, reject) => {
      if (closed) return reject(new WorkerJobError('unavailable', 'The worker pool is closed.'))
      if (runOptions.signal?.aborted) return reject(new WorkerJobError('cancelled', 'The job was cancelled.'))
      queue.push({
        id: nextId++,
        task,
        input,
        timeoutMs: runOptions.timeoutMs ?? options.timeoutMs,
        signal: runOptions.signal,
        resolve: resolve as (value: unknown) => void,
        reject,
      })
      pump()
    })
  }

  async function close(): Promise<void> {
    closed = true
    for (const job of queue.splice(0))
      job.reject(new WorkerJobError('unavailable', 'The worker pool is closed.'))
    await Promise.all(
      [...slots].map(async (slot) => {
        fail(slot, new WorkerJobError('unavailable', 'The worker pool is closed.'))
        await slot.worker.terminate()
      }),
    )
  }

  function stats() {
    const busy = [...slots].filter((slot) => slot.job !== null).length
    return { workers: slots.size, busy, queued: queue.length, started }
  }

  return { run, warm, close, stats }
}

function startWorker(options: WorkerPoolOptions): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: options.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb:
      options.maxYoungGenerationSizeMb ?? Math.min(32, Math.ceil(options.maxOldGenerationSizeMb / 4)),
  }
  if (!options.script.typescript)
    return new Worker(options.script.url, { resourceLimits, env: compileCacheEnv() })
  // From source, the worker registers tsx's loader before importing its .ts entry. A data: URL module
  // cannot resolve bare names, so tsx is imported by its file URL.
  const boot = `import { register } from ${JSON.stringify(tsxApiUrl())}\nregister()\nawait import(${JSON.stringify(options.script.url.href)})\n`
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { resourceLimits })
}

function tsxApiUrl(): string {
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json')
  return pathToFileURL(path.join(path.dirname(tsxPackage), 'dist', 'esm', 'api', 'index.mjs')).href
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`
}
