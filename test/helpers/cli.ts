import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..')
/** The project's own test fixtures. */
export const fixtures = path.resolve(root, 'test', 'fixtures')
export const seedArticle = path.join(fixtures, 'seed-article.txt')

/** Runs the built command line (dist/cli.js) and returns its exit code and output. */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; cwd?: string; timeoutMs?: number } = {},
) {
  const result = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), ...args], {
    cwd: options.cwd ?? root,
    input: options.input,
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 64 * 1024 * 1024,
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Runs a command-line tool (pdftotext, qpdf…) and returns stdout; throws with its stderr on failure. */
export function tool(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return result.stdout
}
