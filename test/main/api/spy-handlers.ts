import { vi } from 'vitest'
import type { Mock } from 'vitest'
import type { ApiHandlers } from '../../../main/api/contract'
import { API_CALLS } from '../../../main/common/api-calls'
import type { CallName } from '../../../main/common/api-calls'

/** Handlers that record calls and fail if reached: a refused payload must leave them untouched. */
export function spyHandlers(): { handlers: ApiHandlers; spies: Record<CallName, Mock>; calls: () => number } {
  const spies = Object.fromEntries(
    API_CALLS.map((name) => [name, vi.fn(async () => ({ reached: name }))]),
  ) as Record<CallName, Mock>
  const calls = () => Object.values(spies).reduce((total, spy) => total + spy.mock.calls.length, 0)
  return { handlers: spies as unknown as ApiHandlers, spies, calls }
}
