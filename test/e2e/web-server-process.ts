import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { root } from '../helpers/cli'

/** The built app the end-to-end tests need; they build nothing themselves. */
export function assertBuilt(): void {
  for (const file of [
    'out/renderer/index.html',
    'out/main/index.js',
    'out/preload/preload.cjs',
    'dist/cli.js',
    'dist/pipeline-worker.mjs',
  ]) {
    if (!existsSync(path.join(root, file)))
      throw new Error(`${file} is missing: run \`npm run build\` (npm run test:e2e does).`)
  }
}

/** `briefwright web` started by its own binary (node dist/cli.js), with the address it printed. */
export async function startWebProcess(
  dataDir: string,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void>; crash(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist', 'cli.js'), 'web', '--port', '0', '--data-dir', dataDir],
    // A process group of its own (the command and the web host it starts), so crash() can kill both.
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  )
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`briefwright web did not start: ${output}`)), 20_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Briefwright running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`briefwright web exited with ${code}: ${output}`)))
  })
  async function stop(): Promise<void> {
    // A child ended by a signal has no exit code, only a signal code.
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  /** A crash: the command and its web host killed at once, with no chance to shut down. */
  async function crash(): Promise<void> {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid!, 'SIGKILL')
    await exited
  }
  return { url, child, stop, crash }
}
