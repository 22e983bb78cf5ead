import { ApiCallError } from '../api'
import type { AppAction, AppState } from './app-state'
import type { Store } from './store'

/** What the user can do about a failure, by the host's error code. */
const HINTS: Partial<Record<ApiCallError['code'], string>> = {
  timeout: 'Try again; for a very long article, open a shorter excerpt.',
  'too-large': 'Open a smaller file or paste the part you need.',
  unavailable: 'Check that Briefwright is still running, then try again.',
  'out-of-memory': 'Open a smaller file or paste the part you need.',
}

/** A one-line message for a failure: what failed, why, and what to try. */
export function describeFailure(what: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const hint = error instanceof ApiCallError ? HINTS[error.code] : undefined
  return [`${what}: ${message.replace(/\.$/, '')}.`, hint].filter(Boolean).join(' ')
}

function isCancelled(error: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (error instanceof ApiCallError && error.code === 'cancelled')
}

let taskCounter = 0

/**
 * Runs long work with a progress bar (and a Cancel button when `cancellable`). The work gets a signal;
 * Cancel aborts it and nothing it would have changed is applied, so the UI stays as it was. Returns
 * the work's result, or undefined when it failed or was cancelled (the notice says which).
 */
export function createTaskRunner(store: Store<AppState, AppAction>) {
  let current: { id: number; controller: AbortController } | null = null
  return {
    async run<T>(
      label: string,
      failure: string,
      work: (signal: AbortSignal) => Promise<T>,
      options: { cancellable?: boolean } = {},
    ): Promise<T | undefined> {
      taskCounter += 1
      const task = { id: taskCounter, controller: new AbortController() }
      current = task
      store.dispatch({
        type: 'task',
        task: { id: task.id, label, cancellable: options.cancellable ?? false },
      })
      store.dispatch({ type: 'notice', notice: null })
      try {
        const result = await work(task.controller.signal)
        if (task.controller.signal.aborted) throw new ApiCallError('cancelled', 'Cancelled.')
        return result
      } catch (error) {
        const notice = isCancelled(error, task.controller.signal)
          ? { kind: 'info' as const, text: `${label} cancelled.` }
          : { kind: 'error' as const, text: describeFailure(failure, error) }
        store.dispatch({ type: 'notice', notice })
        return undefined
      } finally {
        if (current === task) {
          current = null
          store.dispatch({ type: 'task', task: null })
        }
      }
    },
    /** Cancels the running task, if it can be cancelled. */
    cancel(): void {
      current?.controller.abort()
    },
  }
}

export type TaskRunner = ReturnType<typeof createTaskRunner>
