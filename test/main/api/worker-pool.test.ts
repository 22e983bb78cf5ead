import { afterEach, describe, expect, it } from 'vitest'
import { createWorkerPool, WorkerJobError, workerScriptBeside } from '../../../main/api/worker-pool'
import type { WorkerPool } from '../../../main/api/worker-pool'
import type { testTasks } from './fixtures/test-worker'
import { failure } from '../../helpers/failure'

type Tasks = typeof testTasks

const script = workerScriptBeside(new URL('./fixtures/index.ts', import.meta.url).href, 'test-worker')
let pool: WorkerPool<Tasks> | null = null

function makePool(overrides: { timeoutMs?: number; size?: number } = {}): WorkerPool<Tasks> {
  pool = createWorkerPool<Tasks>({
    script,
    timeoutMs: 5_000,
    maxOldGenerationSizeMb: 48,
    size: 1,
    ...overrides,
  })
  return pool
}

afterEach(async () => {
  await pool?.close()
  pool = null
})

describe('worker pool', () => {
  it('runs a job from TypeScript source and transfers bytes back', async () => {
    const result = await makePool().run('echo', { value: 'hello' })
    expect(result.value).toBe('hello')
    expect(new TextDecoder().decode(result.bytes)).toBe('hello')
  })

  it('stops a job that loops forever with a clear error, then keeps working', async () => {
    const started = performance.now()
    const error = await failure(makePool({ timeoutMs: 1_500 }).run('loopForever', {}), WorkerJobError)
    expect(error.code).toBe('timeout')
    expect(error.message).toBe('The job took longer than 1.5 s and was stopped.')
    expect(performance.now() - started).toBeLessThan(20_000)
    expect((await pool!.run('echo', { value: 'after' })).value).toBe('after')
  })

  it('stops a job that allocates without bound with a clear error, then keeps working', async () => {
    const error = await failure(makePool({ timeoutMs: 30_000 }).run('allocateForever', {}), WorkerJobError)
    expect(error.code).toBe('out-of-memory')
    expect(error.message).toBe('The job ran out of memory (limit 48 MB) and was stopped.')
    expect((await pool!.run('echo', { value: 'after' })).value).toBe('after')
    expect(pool!.stats().started).toBe(2)
  })

  it('passes an error thrown inside the job on with its name and message', async () => {
    const error = await failure(
      makePool().run('throwError', { message: 'This file is not an article.' }),
      WorkerJobError,
    )
    expect(error.code).toBe('failed')
    expect(error.causeName).toBe('ArticleError')
    expect(error.message).toBe('This file is not an article.')
  })

  it('a hostile job fails alone: jobs on other workers finish', async () => {
    const running = makePool({ size: 2, timeoutMs: 1_000 })
    const [hostile, fine] = await Promise.allSettled([
      running.run('loopForever', {}),
      running.run('slow', { ms: 200 }, { timeoutMs: 10_000 }),
    ])
    expect(hostile.status).toBe('rejected')
    expect(fine).toEqual({ status: 'fulfilled', value: { waited: 200 } })
  })

  it('queues jobs beyond its size and cancels on abort', async () => {
    const running = makePool({ size: 1 })
    const controller = new AbortController()
    const first = running.run('slow', { ms: 300 })
    const second = running.run('slow', { ms: 5_000 }, { signal: controller.signal })
    expect(running.stats()).toMatchObject({ busy: 1, queued: 1 })
    await first
    controller.abort()
    expect((await failure(second, WorkerJobError)).code).toBe('cancelled')
    expect((await running.run('echo', { value: 'x' })).value).toBe('x')
  })

  it('refuses jobs after close', async () => {
    const running = makePool()
    await running.close()
    expect((await failure(running.run('echo', { value: 'x' }), WorkerJobError)).code).toBe('unavailable')
  })
})

describe('warming', () => {
  it('starts one worker ahead of the first job and uses it', async () => {
    const running = makePool({ size: 2 })
    running.warm()
    running.warm()
    expect(running.stats()).toMatchObject({ workers: 1, busy: 0, started: 1 })
    expect((await running.run('echo', { value: 'warm' })).value).toBe('warm')
    expect(running.stats().started).toBe(1)
  })

  it('lets an idle worker go after idleMs', async () => {
    pool = createWorkerPool<Tasks>({ script, timeoutMs: 5_000, maxOldGenerationSizeMb: 48, idleMs: 200 })
    await pool.run('echo', { value: 'x' })
    expect(pool.stats().workers).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(pool.stats().workers).toBe(0)
    expect((await pool.run('echo', { value: 'again' })).value).toBe('again')
  })

  it('reports a missing built worker script clearly', async () => {
    pool = createWorkerPool<Tasks>({
      script: { url: new URL('file:///nonexistent/pipeline-worker.js'), typescript: false },
      timeoutMs: 5_000,
      maxOldGenerationSizeMb: 48,
    })
    const error = await failure(pool.run('echo', { value: 'x' }), WorkerJobError)
    expect(error.code).toBe('unavailable')
    expect(error.message).toBe('This installation is missing its worker script (pipeline-worker.js).')
  })
})
