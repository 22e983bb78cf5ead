/** A mistake in what the user asked for: printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Errors whose message is meant for the user as it stands (bad input, not a fault of the program). */
const INPUT_ERRORS = new Set(['UsageError', 'DocumentError', 'ArticleError'])

/** Exit code 2 for bad input, 1 for a fault. */
export function exitCodeFor(error: unknown): number {
  return error instanceof Error && INPUT_ERRORS.has(error.name) ? 2 : 1
}

/** The one line printed on stderr for an error. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const oneLine = message.replace(/\s+/g, ' ').trim()
  if (exitCodeFor(error) === 2) return `briefwright: error: ${oneLine}`
  return `briefwright: error: ${oneLine} (this is a fault in Briefwright; run again with --debug for details)`
}
