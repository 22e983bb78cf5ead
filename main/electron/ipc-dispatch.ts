import type { ApiHandlers } from '../api/contract'
import { describeIssues, dispatchCall } from '../api/dispatch'
import type { CallResult } from '../api/dispatch'
import { toApiErrorBody } from '../api/errors'
import { desktopContract } from '../api/desktop-contract'
import type { DesktopCallName, DesktopHandlers } from '../api/desktop-contract'
import { isTrustedSender } from './guards'
import type { SenderFrame } from './guards'

// What every ipcMain.handle does, as plain functions: check the sender, validate, then call.

/** The parts of an IPC event the checks read. */
export type IpcEventLike = { senderFrame: SenderFrame | null }

const REFUSED: CallResult = {
  ok: false,
  error: { code: 'failed', message: 'Refused: the request did not come from the app.' },
}

/** Answers an api call from the renderer: refused unless the sender is the app's main frame. */
export async function handleApiIpc(
  event: IpcEventLike,
  allowedOrigins: string[],
  handlers: ApiHandlers,
  name: string,
  input: unknown,
): Promise<CallResult> {
  if (!isTrustedSender(event.senderFrame, allowedOrigins)) return REFUSED
  return dispatchCall(handlers, name, input)
}

/** Answers a desktop call the same way, validated with the desktop contract. */
export async function handleDesktopIpc(
  event: IpcEventLike,
  allowedOrigins: string[],
  handlers: DesktopHandlers | undefined,
  name: DesktopCallName,
  input: unknown,
): Promise<CallResult> {
  if (!isTrustedSender(event.senderFrame, allowedOrigins)) return REFUSED
  const parsed = desktopContract[name].input.safeParse(input)
  if (!parsed.success)
    return { ok: false, error: { code: 'invalid-input', message: describeIssues(name, parsed.error) } }
  // The window is closing (or was never registered): nothing native may be done for it.
  if (!handlers) return { ok: false, error: { code: 'unavailable', message: 'This window is closing.' } }
  try {
    const handler = handlers[name] as (input: unknown) => Promise<unknown>
    return { ok: true, value: await handler(parsed.data) }
  } catch (error) {
    return { ok: false, error: toApiErrorBody(error) }
  }
}
