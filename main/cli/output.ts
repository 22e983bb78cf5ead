/**
 * The command line's standard streams. Node creates each on first use, and a pipe's costs about
 * 1.5 ms; `usedOutput` tells the exit whether either may hold output still being written.
 */
let used = false

export function stdout(): NodeJS.WriteStream {
  used = true
  return process.stdout
}

export function stderr(): NodeJS.WriteStream {
  used = true
  return process.stderr
}

/** Whether a command wrote to, or was given, a standard stream. */
export function usedOutput(): boolean {
  return used
}
