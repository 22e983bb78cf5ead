import { parentPort } from 'node:worker_threads'
import type { TaskTable } from './worker-pool'

/** A job sent to a worker. */
export type TaskRequest = { id: number; task: string; input: unknown }
/** A worker's answer; errors travel as name and message only (their stack stays in the worker). */
export type TaskResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string } }

/**
 * Serves `tasks` to the pool from inside a worker thread: one job at a time, results posted back with
 * their byte buffers transferred rather than copied.
 */
export function serveTasks(tasks: TaskTable): void {
  const port = parentPort
  if (!port) throw new Error('serveTasks() runs inside a worker thread.')
  port.on('message', async (request: TaskRequest) => {
    let response: TaskResponse
    try {
      if (!Object.hasOwn(tasks, request.task)) throw new Error(`Unknown task "${request.task}".`)
      const task = tasks[request.task] as (input: unknown) => unknown
      response = { id: request.id, ok: true, value: await task(request.input) }
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error'
      const message = error instanceof Error ? error.message : String(error)
      response = { id: request.id, ok: false, error: { name, message } }
    }
    port.postMessage(response, transferables(response))
  })
}

// Only top-level Uint8Array fields of the result are transferred: that is where PDF bytes sit.
function transferables(response: TaskResponse): ArrayBuffer[] {
  if (!response.ok || typeof response.value !== 'object' || response.value === null) return []
  const buffers: ArrayBuffer[] = []
  for (const field of Object.values(response.value)) {
    if (
      field instanceof Uint8Array &&
      field.buffer instanceof ArrayBuffer &&
      field.byteLength === field.buffer.byteLength
    ) {
      if (!buffers.includes(field.buffer)) buffers.push(field.buffer)
    }
  }
  return buffers
}
