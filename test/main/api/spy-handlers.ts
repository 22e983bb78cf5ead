import { vi } from 'vitest'
import type { Mock } from 'vitest'
import { callNames } from '../../../main/api/contract'
import type { ApiHandlers, CallName } from '../../../main/api/contract'

/** Handlers that record calls and fail if reached: a refused payload must leave them untouched. */
export function spyHandlers(): { handlers: ApiHandlers; spies: Record<CallName, Mock>; calls: () => number } {
  const spies = Object.fromEntries(
    callNames.map((name) => [name, vi.fn(async () => ({ reached: name }))]),
  ) as Record<CallName, Mock>
  const calls = () => Object.values(spies).reduce((total, spy) => total + spy.mock.calls.length, 0)
  return { handlers: spies as unknown as ApiHandlers, spies, calls }
}
