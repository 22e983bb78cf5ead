/** Why an article could not be read. Each code maps to one thing the user can do about it. */
export type ArticleErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'too-complex'
  | 'unsupported'
  | 'unreadable'
  | 'not-text'
  | 'network'
  | 'not-found'
  | 'timeout'
  | 'aborted'

/**
 * The one error type article readers throw. The message is a single line meant for the user
 * (it names the source and says what to try); `cause` keeps the library error for logs.
 */
export class ArticleError extends Error {
  override name = 'ArticleError'
  readonly code: ArticleErrorCode

  constructor(code: ArticleErrorCode, message: string, options?: { cause?: unknown }) {
    // Library messages can span lines; the UI and the CLI show one.
    super(message.replace(/\s*\n\s*/g, ' ').trim(), options)
    this.code = code
  }
}

export function isArticleError(error: unknown): error is ArticleError {
  return error instanceof ArticleError
}

/** A short, single-line description of an unknown thrown value, for wrapping library errors. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 160 ? `${line.slice(0, 157)}...` : line
}

export function throwIfAborted(signal: AbortSignal | undefined, origin: string): void {
  if (signal?.aborted) throw new ArticleError('aborted', `Reading ${origin} was cancelled.`)
}

/** "10 MB", "512 KB": sizes in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20) return `${Math.round((bytes / 2 ** 20) * 10) / 10} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
