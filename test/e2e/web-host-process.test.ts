import { afterAll, describe, expect, it } from 'vitest'
import { tempDir } from '../helpers/temp'
import { startWebProcess } from './web-server-process'

// `briefwright web` runs the web host as a child process (main/cli/web-command.ts): however the
// command ends, the host must not outlive it and keep serving.
async function answers(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) })
    return true
  } catch {
    return false
  }
}

async function stopsAnswering(url: string, withinMs: number): Promise<boolean> {
  const end = Date.now() + withinMs
  while (Date.now() < end) {
    if (!(await answers(url))) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

describe('briefwright web and its web host', () => {
  const stops: Array<() => Promise<void>> = []
  afterAll(async () => Promise.all(stops.map((stop) => stop())))

  it.each([
    ['SIGTERM', 'stopped'],
    ['SIGINT', 'interrupted (Ctrl+C)'],
    ['SIGKILL', 'killed without warning'],
  ] as const)('stops serving when the command is %s (%s)', async (signal, _how) => {
    const web = await startWebProcess(await tempDir('web-host'))
    stops.push(web.stop)
    expect(await answers(web.url)).toBe(true)
    const exited = new Promise((resolve) => web.child.once('exit', resolve))
    web.child.kill(signal)
    await exited
    expect(await stopsAnswering(web.url, 10_000)).toBe(true)
  })
})
