import { contract } from '../../main/api/contract'
import type { ApiHandlers, CallName } from '../../main/api/contract'
import { dispatchCall } from '../../main/api/dispatch'

export type ApiCall = <K extends CallName>(
  name: K,
  input: Parameters<ApiHandlers[K]>[0],
) => Promise<Awaited<ReturnType<ApiHandlers[K]>>>

/**
 * Calls handlers through the contract, as a transport does: the input is validated, a failure is
 * thrown with its code, and the output must match its schema. `handlers` is read at each call, so a
 * host made in beforeAll can be passed as a getter.
 */
export function callThrough(handlers: () => ApiHandlers): ApiCall {
  return async function call<K extends CallName>(
    name: K,
    input: Parameters<ApiHandlers[K]>[0],
  ): Promise<Awaited<ReturnType<ApiHandlers[K]>>> {
    const result = await dispatchCall(handlers(), name, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
    contract[name].output.parse(result.value)
    return result.value as Awaited<ReturnType<ApiHandlers[K]>>
  }
}
