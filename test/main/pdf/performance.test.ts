import { describe, expect, it } from 'vitest'
import type { Brief } from '../../../main/brief/schema'
import { renderBriefPdf } from '../../../main/pdf/index'
import { loadSample, makeStyle } from './pdf-tools'

const sample = loadSample()
const style = makeStyle()

/** The sample with every section body repeated `times` times. */
function scaled(times: number): Brief {
  return {
    ...sample,
    sections: sample.sections.map((section) => ({
      ...section,
      body: Array.from({ length: times }, () => section.body).join('\n\n'),
    })),
  }
}

/** Wall time and this process's CPU time: CPU time is what the render costs, whatever else the machine runs. */
async function timed(brief: Brief): Promise<{ ms: number; cpuMs: number; pages: number }> {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const result = await renderBriefPdf(brief, style)
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, pages: result.pages }
}

describe('render time', () => {
  // The fastest of 30 warm renders, in CPU time, is the measure least disturbed by other work on a shared machine.
  it('renders the 3-page sample warm in under 50 ms', async () => {
    for (let warm = 0; warm < 5; warm++) await renderBriefPdf(sample, style)
    const runs: { ms: number; cpuMs: number }[] = []
    for (let run = 0; run < 30; run++) runs.push(await timed(sample))
    const cpu = runs.map((run) => run.cpuMs).sort((a, b) => a - b)
    const wall = runs.map((run) => run.ms).sort((a, b) => a - b)
    console.info(
      `warm render of the sample: CPU fastest ${cpu[0]?.toFixed(1)} ms, median ${cpu[15]?.toFixed(1)} ms; ` +
        `wall fastest ${wall[0]?.toFixed(1)} ms, median ${wall[15]?.toFixed(1)} ms`,
    )
    expect(cpu[0] ?? Infinity).toBeLessThan(50)
  })

  it('grows linearly with the length of the brief', async () => {
    await timed(scaled(10))
    const ten = await timed(scaled(10))
    const hundred = await timed(scaled(100))
    console.info(
      `10x: ${ten.pages} pages in ${ten.ms.toFixed(0)} ms; 100x: ${hundred.pages} pages in ${hundred.ms.toFixed(0)} ms`,
    )
    expect(hundred.pages).toBeGreaterThan(ten.pages * 8)
    expect(hundred.pages).toBeGreaterThan(200)
    // Linear is about 10; quadratic layout would be about 100.
    expect(hundred.cpuMs / ten.cpuMs).toBeLessThan(25)
  })
})
