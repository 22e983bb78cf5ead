import type * as z from 'zod'
import { isCallName } from '../common/api-calls'
import { contract } from './contract'
import type { ApiHandlers, CallName } from './contract'
import { toApiErrorBody } from './errors'
import type { ApiErrorBody } from './errors'

/** The result of a call as both transports carry it: never a thrown error across the boundary. */
export type CallResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody }

/**
 * Validates `rawInput` with the call's schema and, only if it is valid, runs the handler. Used by
 * both transports, so IPC and HTTP refuse exactly the same payloads.
 */
export async function dispatchCall(
  handlers: ApiHandlers,
  name: string,
  rawInput: unknown,
): Promise<CallResult> {
  if (!isCallName(name))
    return { ok: false, error: { code: 'not-found', message: `No api call "${name.slice(0, 60)}".` } }
  const parsed = contract[name].input.safeParse(rawInput)
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(name, parsed.error) } }
  try {
    const value = await invoke(handlers, name, parsed.data)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toApiErrorBody(error) }
  }
}

// The schema just checked `input` against this call, which TypeScript cannot follow through an index.
function invoke(handlers: ApiHandlers, name: CallName, input: unknown): Promise<unknown> {
  const handler = handlers[name] as (input: unknown) => Promise<unknown>
  return handler(input)
}

/** A one-line description of what is wrong with an input; it names paths, never echoes values. */
export function describeIssues(name: string, error: z.ZodError): string {
  const parts = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input'
    return `${where}: ${issue.message}`.slice(0, 160)
  })
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : ''
  return `Invalid input for ${name}: ${parts.join('; ')}${more}.`
}
