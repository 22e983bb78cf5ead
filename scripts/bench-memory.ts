// The web host's memory over a day's editing: the BUILT app (`briefwright web`) sent renders of the
// seed's brief through its api, as the preview sends them while the user types (each with one word
// changed), and the host process's resident memory read along the way.
//
//   node --import tsx scripts/bench-memory.ts [renders]     (default 10,000; also a row of `npm run bench`)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createApi, httpTransport } from '../renderer/api'
import type { Brief } from '../main/brief/schema'
import { startWebProcess } from './web-process'

/** Resident memory (MB) at a number of renders done. */
export type MemorySample = { renders: number; rssMb: number }

export type MemoryRow = {
  renders: number
  samples: MemorySample[]
  /** Memory after warm-up (a tenth of the renders, at least 100). */
  warmMb: number
  /** Growth over the last half of the renders, last sample less the one halfway: "flat" keeps it small. */
  lastHalfGrowthMb: number
  /**
   * The same growth from the trend of every sample in the last half (a least-squares line through
   * them, over the half's renders): one sample can sit high or low by 20 MB with the collector's timing.
   */
  lastHalfTrendMb: number
  msPerRender: number
}

/** The resident memory of a process, in MB (Linux's /proc; null elsewhere). */
function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]
    return kb === undefined ? null : Number(kb) / 1024
  } catch {
    return null
  }
}

/** The web host: the one child process the `web` command starts (Linux's /proc). */
function hostPid(commandPid: number): number {
  const children = readFileSync(`/proc/${commandPid}/task/${commandPid}/children`, 'utf8').trim().split(/\s+/)
  const pid = Number(children[0])
  if (children.length !== 1 || !Number.isInteger(pid))
    throw new Error(`expected one web host, found "${children.join(' ')}"`)
  return pid
}

/** The brief with the `round`th edit: one word of the longest section changed, as a keystroke would. */
function edited(brief: Brief, round: number): Brief {
  const longest = brief.sections.reduce(
    (best, section, index) => (section.body.length > (brief.sections[best]?.body.length ?? 0) ? index : best),
    0,
  )
  return {
    ...brief,
    sections: brief.sections.map((section, index) =>
      index === longest ? { ...section, body: `${section.body} Edit ${round % 997}.` } : section,
    ),
  }
}

/** The least-squares slope of resident memory over renders done (MB a render). */
function slope(samples: readonly MemorySample[]): number {
  const n = samples.length
  const meanX = samples.reduce((sum, sample) => sum + sample.renders, 0) / n
  const meanY = samples.reduce((sum, sample) => sum + sample.rssMb, 0) / n
  let covariance = 0
  let variance = 0
  for (const { renders, rssMb } of samples) {
    covariance += (renders - meanX) * (rssMb - meanY)
    variance += (renders - meanX) ** 2
  }
  return variance === 0 ? 0 : covariance / variance
}

export async function measureMemory(options: {
  cli: string
  brief: Brief
  renders: number
}): Promise<MemoryRow | null> {
  if (process.platform !== 'linux') return null
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-memory-'))
  const web = await startWebProcess({ cli: options.cli, dataDir })
  try {
    const url = new URL(web.url)
    const api = createApi(httpTransport(url.searchParams.get('token') ?? '', url.origin))
    const host = hostPid(web.child.pid!)
    const warmUp = Math.max(100, Math.round(options.renders / 10))
    const checkpoints = new Set([warmUp, Math.round(options.renders / 2), options.renders])
    for (let step = 1; step <= 20; step += 1) checkpoints.add(Math.round((options.renders * step) / 20))
    const samples: MemorySample[] = [{ renders: 0, rssMb: rssMb(host) ?? NaN }]
    const start = performance.now()
    for (let round = 1; round <= options.renders; round += 1) {
      await api.renderPdf({ brief: edited(options.brief, round) })
      if (checkpoints.has(round)) samples.push({ renders: round, rssMb: rssMb(host) ?? NaN })
    }
    const msPerRender = (performance.now() - start) / options.renders
    const at = (renders: number) => samples.find((sample) => sample.renders === renders)?.rssMb ?? NaN
    const half = Math.round(options.renders / 2)
    return {
      renders: options.renders,
      samples,
      warmMb: at(warmUp),
      lastHalfGrowthMb: at(options.renders) - at(half),
      lastHalfTrendMb: slope(samples.filter((sample) => sample.renders >= half)) * (options.renders - half),
      msPerRender,
    }
  } finally {
    await web.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  const root = path.resolve(import.meta.dirname, '..')
  const renders = Number(process.argv[2] ?? 10_000)
  const work = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-memory-'))
  try {
    const { spawnSync } = await import('node:child_process')
    const cli = path.join(root, 'dist', 'cli.js')
    const briefPath = path.join(work, 'seed.brief')
    const seed = path.join(root, 'test', 'fixtures', 'seed-article.txt')
    const drafted = spawnSync(process.execPath, [cli, 'draft', seed, '--save', briefPath], {
      encoding: 'utf8',
    })
    if (drafted.status !== 0) throw new Error(drafted.stderr)
    const row = await measureMemory({
      cli,
      brief: JSON.parse(readFileSync(briefPath, 'utf8')) as Brief,
      renders,
    })
    console.log(JSON.stringify(row, null, 2))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
