/** Why a call failed, as the UI sees it: one code per thing the user (or the UI) can do about it. */
export type ApiErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'too-large'
  | 'timeout'
  | 'out-of-memory'
  | 'cancelled'
  | 'unavailable'
  | 'failed'

/** A failed call with a one-line message meant for the user. Crosses both transports as `{ code, message }`. */
export class ApiError extends Error {
  override name = 'ApiError'
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** The wire form of an error. */
export type ApiErrorBody = { code: ApiErrorCode; message: string }

const MAX_MESSAGE = 500

/**
 * Turns anything thrown by a handler into the wire form. Errors of the pipeline carry one-line
 * messages written for users, so their text is passed on (shortened); their stack never is.
 */
export function toApiErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiError) return { code: error.code, message: clip(error.message) }
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && isWorkerCode(code)) return { code, message: clip(messageOf(error)) }
  return { code: 'failed', message: clip(messageOf(error)) }
}

function isWorkerCode(code: string): code is ApiErrorCode {
  return code === 'timeout' || code === 'out-of-memory' || code === 'cancelled' || code === 'unavailable'
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return String(error) || 'The call failed.'
}

function clip(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim()
  return line.length > MAX_MESSAGE ? `${line.slice(0, MAX_MESSAGE - 1)}…` : line
}
