import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'

export type WebProcess = {
  url: string
  child: ChildProcess
  /** Ends the command (SIGTERM; it stops its web host) and waits for it. */
  stop(): Promise<void>
  /** A crash: the command and its web host killed at once, with no chance to shut down. */
  crash(): Promise<void>
}

/**
 * `briefwright web` started by its own binary (`node <cli> web`), with the address it printed: the
 * end-to-end tests and the bench's browser measure both drive the app this way.
 */
export async function startWebProcess(options: {
  cli: string
  dataDir: string
  cwd?: string
  env?: NodeJS.ProcessEnv
}): Promise<WebProcess> {
  const child = spawn(process.execPath, [options.cli, 'web', '--port', '0', '--data-dir', options.dataDir], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own (the command and the web host it starts), so crash() can kill both.
    detached: true,
  })
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
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`briefwright web exited with ${code}: ${output}`)))
  })
  async function stop(): Promise<void> {
    // A child ended by a signal has no exit code, only a signal code.
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
  async function crash(): Promise<void> {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    process.kill(-child.pid!, 'SIGKILL')
    await exited
  }
  return { url, child, stop, crash }
}
