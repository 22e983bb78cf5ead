// The project's benchmark: `npm run bench` (a table) or `npm run bench -- --json` (one JSON document);
// `--renders N` sets the renders of the memory row (10,000 by default).
// Medians of several runs after a warm-up; ratios are taken within this one run.
import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { readArticle } from '../main/article/index'
import { analyzeArticle } from '../main/analysis/index'
import { draftBrief } from '../main/brief/draft'
import type { Brief } from '../main/brief/schema'
import { renderBriefPdf } from '../main/pdf/index'
import { RENDER_OPTIONS } from '../main/api/render-purpose'
import { createTemplateStore } from '../main/files/template-store'
import { measureBrowser } from './bench-browser'
import { measureMemory } from './bench-memory'
import { repeatedArticle } from './repeated-article'
import type { MemoryRow } from './bench-memory'
import type { BrowserRow } from './bench-browser'
import { TYPST_FONT_FILES, briefToTypst } from './bench-typst'
import { CHROMIUM_FLAGS } from './chromium-flags.mjs'

const root = path.resolve(import.meta.dirname, '..')
const seedPath = path.resolve(root, 'test', 'fixtures', 'seed-article.txt')
const cli = path.join(root, 'dist', 'cli.js')
const json = process.argv.includes('--json')
const work = mkdtempSync(path.join(os.tmpdir(), 'bw-bench-'))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

async function timeIt<T>(
  runs: number,
  warmups: number,
  task: () => Promise<T> | T,
): Promise<{ ms: number; last: T }> {
  let last!: T
  for (let index = 0; index < warmups; index += 1) last = await task()
  const times: number[] = []
  for (let index = 0; index < runs; index += 1) {
    const start = performance.now()
    last = await task()
    times.push(performance.now() - start)
  }
  return { ms: median(times), last }
}

/**
 * The environment every measured process gets, the CLI and Chromium alike: the shell's own settings
 * can change how a runtime starts and would be measured with it. NODE_EXTRA_CA_CERTS, for one, makes
 * every Node process read and parse a certificate bundle before it runs any code (38 ms on the
 * machine the README's figures come from). The CLI is also timed once more with the shell's whole
 * environment, and both figures are reported.
 */
const CLEAN_ENV = Object.fromEntries(
  ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ'].flatMap((name) => {
    const value = process.env[name]
    return value === undefined ? [] : [[name, value]]
  }),
)

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = CLEAN_ENV,
): { ms: number; peakMb: number | null; status: number | null } {
  const timeBinary = '/usr/bin/time'
  const useTime = existsSync(timeBinary)
  const start = performance.now()
  const result = useTime
    ? spawnSync(timeBinary, ['-f', '%M', command, ...args], { encoding: 'utf8', env })
    : spawnSync(command, args, { encoding: 'utf8', env })
  const ms = performance.now() - start
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  const kb = useTime ? Number(result.stderr.trim().split('\n').pop()) : NaN
  return { ms, peakMb: Number.isFinite(kb) ? kb / 1024 : null, status: result.status }
}

const seed = readFileSync(seedPath, 'utf8')
const store = createTemplateStore({})
const template = await store.get('policy-brief')

async function pipeline(text: string) {
  const article = await readArticle({ kind: 'text', text, name: 'seed-article.txt' })
  const analysis = analyzeArticle(article)
  const brief = draftBrief({ articles: [article], analyses: [analysis], template, date: '2026-01-01' })
  return renderBriefPdf(brief, template.style)
}

// Stages, in process, on the seed.
const ingest = await timeIt(30, 5, () => readArticle({ kind: 'text', text: seed, name: 'seed-article.txt' }))
const analyze = await timeIt(30, 5, () => analyzeArticle(ingest.last))
const draft = await timeIt(30, 5, () =>
  draftBrief({ articles: [ingest.last], analyses: [analyze.last], template, date: '2026-01-01' }),
)
const pdf = await timeIt(30, 5, () => renderBriefPdf(draft.last, template.style))
const endToEnd = await timeIt(30, 5, () => pipeline(seed))

// Preview latency: one edited section → new PDF bytes, rendered as the host renders a preview.
let edits = 0
const preview = await timeIt(30, 5, () => {
  edits += 1
  const brief: Brief = structuredClone(draft.last)
  brief.sections[1] = { ...brief.sections[1], body: `${brief.sections[1].body} Edit ${edits}.` }
  return renderBriefPdf(brief, template.style, RENDER_OPTIONS.preview)
})

// The same on a long brief: the seed's brief with the ×4 article's paragraphs kept as its second
// section (about 13 pages), the edit in the section after it.
const longBrief: Brief = structuredClone(draft.last)
longBrief.sections[1] = {
  ...longBrief.sections[1],
  body: repeatedArticle(seed, 4)
    .split('\n')
    .filter((line) => line.trim())
    .join('\n\n'),
}
const longPreview = await timeIt(30, 5, () => {
  edits += 1
  const brief: Brief = structuredClone(longBrief)
  brief.sections[2] = { ...brief.sections[2], body: `${brief.sections[2].body} Edit ${edits}.` }
  return renderBriefPdf(brief, template.style, RENDER_OPTIONS.preview)
})

// Scale: 1x, 10x, 100x in process, in turns, so that drift in the machine's speed and the heap's
// growth weigh on every size alike.
const sizes = [1, 10, 100]
const texts = sizes.map((times) => repeatedArticle(seed, times))
for (const text of texts) await pipeline(text)
const scaleTimes: number[][] = sizes.map(() => [])
const scalePages: number[] = sizes.map(() => 0)
for (let round = 0; round < 7; round += 1) {
  for (const [index, text] of texts.entries()) {
    const start = performance.now()
    scalePages[index] = (await pipeline(text)).pages
    scaleTimes[index]?.push(performance.now() - start)
  }
}
const scale = sizes.map((times, index) => {
  const ms = median(scaleTimes[index] ?? [])
  const pages = scalePages[index] ?? 0
  return { times, ms, pages, msPerPage: ms / pages }
})

// Whole CLI process vs Chromium's print-to-PDF of the same article as a styled page.
const seedCopy = path.join(work, 'seed-article.txt')
writeFileSync(seedCopy, seed)
const html = path.join(work, 'seed.html')
const [title, dek, ...paragraphs] = seed.split('\n').filter((line) => line.trim())
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
writeFileSync(
  html,
  `<!doctype html><meta charset="utf-8"><title>${escape(title)}</title><style>body{font:11pt/1.4 Georgia,serif;margin:1in;color:#222}h1{font:700 22pt sans-serif;color:#1f4e79}h2{font:600 14pt sans-serif;color:#1f4e79}p{margin:0 0 8pt}</style><h1>${escape(title)}</h1><h2>${escape(dek)}</h2>${paragraphs.map((line) => (line.length < 90 && !/[.!?”"]$/.test(line) ? `<h2>${escape(line)}</h2>` : `<p>${escape(line)}</p>`)).join('')}`,
)
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate))
const cliTimes: number[] = []
const cliShellEnvTimes: number[] = []
const chromiumTimes: number[] = []
for (let index = 0; index < 12; index += 1) {
  const draftArgs = [cli, 'draft', seedCopy, '--out', path.join(work, 'cli.pdf')]
  cliTimes.push(run(process.execPath, draftArgs).ms)
  cliShellEnvTimes.push(run(process.execPath, draftArgs, process.env).ms)
  if (chromium) {
    const profile = mkdtempSync(path.join(work, 'profile-'))
    chromiumTimes.push(
      run(chromium, [
        ...CHROMIUM_FLAGS,
        `--user-data-dir=${profile}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${path.join(work, 'chromium.pdf')}`,
        `file://${html}`,
      ]).ms,
    )
  }
}
// The first of each is a cold start; compare the warm ones.
const cliMs = median(cliTimes.slice(1))
const cliShellEnvMs = median(cliShellEnvTimes.slice(1))
const chromiumMs = chromiumTimes.length ? median(chromiumTimes.slice(1)) : null

// `briefwright export` of the seed's brief as a whole process and, when TYPST names a Typst binary,
// Typst typesetting the same brief in the same faces (scripts/bench-typst.ts), in turns.
const seedBrief = path.join(work, 'seed.brief')
run(process.execPath, [cli, 'draft', seedCopy, '--save', seedBrief])
const typst = process.env.TYPST || null
const typstFonts = path.join(work, 'fonts')
const typstSource = path.join(work, 'seed.typ')
if (typst) {
  mkdirSync(typstFonts)
  for (const file of TYPST_FONT_FILES)
    copyFileSync(path.join(root, 'node_modules', file), path.join(typstFonts, path.basename(file)))
  writeFileSync(typstSource, briefToTypst(JSON.parse(readFileSync(seedBrief, 'utf8')) as Brief))
}
const exportTimes: number[] = []
const typstTimes: number[] = []
for (let index = 0; index < 12; index += 1) {
  exportTimes.push(
    run(process.execPath, [cli, 'export', seedBrief, '--out', path.join(work, 'export.pdf')]).ms,
  )
  if (typst)
    typstTimes.push(
      run(typst, ['compile', '--font-path', typstFonts, typstSource, path.join(work, 'typst.pdf')]).ms,
    )
}
const exportMs = median(exportTimes.slice(1))
const typstMs = typst ? median(typstTimes.slice(1)) : null

// The 100x article through the whole CLI process: time and peak memory.
const big = path.join(work, 'seed-100x.txt')
writeFileSync(big, repeatedArticle(seed, 100))
const bigRuns = [0, 1, 2].map(() =>
  run(process.execPath, [cli, 'draft', big, '--out', path.join(work, 'big.pdf')]),
)
const big100 = {
  ms: median(bigRuns.map((r) => r.ms)),
  peakMb: Math.max(...bigRuns.map((r) => r.peakMb ?? 0)) || null,
}

// A batch of 200 articles through one process.
const batchDir = path.join(work, 'batch')
mkdirSync(batchDir)
const batchFiles = Array.from({ length: 200 }, (_unused, index) => {
  const file = path.join(batchDir, `article-${String(index).padStart(3, '0')}.txt`)
  writeFileSync(file, seed.replace('Diplomatic Mission', `Diplomatic Mission ${index}`))
  return file
})
const batch = run(process.execPath, [cli, 'draft', ...batchFiles, '--out-dir', path.join(work, 'batch-out')])
const batchCount = readdirSync(path.join(work, 'batch-out')).length

// CLI start-up.
const versionTimes = Array.from({ length: 10 }, () => run(process.execPath, [cli, '--version']).ms)

// Renderer bundle, when built.
const assets = path.join(root, 'out', 'renderer', 'assets')
const bundle = existsSync(assets)
  ? readdirSync(assets).map((name) => ({ name, kb: statSync(path.join(assets, name)).size / 1024 }))
  : null

// What the user sees: the built app in Chromium (scripts/bench-browser.ts), medians of 3 fresh pages.
let browser: { rows: BrowserRow[] } | { skipped: string }
try {
  browser = {
    rows: await measureBrowser({
      cli,
      seed,
      repeatedSeed: repeatedArticle(seed, 10),
      runs: 3,
      env: CLEAN_ENV,
    }),
  }
} catch (error) {
  browser = { skipped: error instanceof Error ? error.message : String(error) }
}

// The web host's memory over a day's editing (scripts/bench-memory.ts): `--renders N` (default 10,000).
const rendersFlag = process.argv.indexOf('--renders')
const renders = rendersFlag > 0 ? Number(process.argv[rendersFlag + 1]) : 10_000
let memory: MemoryRow | { skipped: string }
try {
  memory = (await measureMemory({
    cli,
    brief: JSON.parse(readFileSync(seedBrief, 'utf8')) as Brief,
    renders,
  })) ?? { skipped: 'resident memory is read from /proc (Linux only)' }
} catch (error) {
  memory = { skipped: error instanceof Error ? error.message : String(error) }
}

const report = {
  machine: { cpus: os.cpus().length, node: process.version },
  seed: {
    ingestMs: ingest.ms,
    analyzeMs: analyze.ms,
    draftMs: draft.ms,
    pdfMs: pdf.ms,
    endToEndMs: endToEnd.ms,
    pages: endToEnd.last.pages,
  },
  previewMs: preview.ms,
  longPreview: { ms: longPreview.ms, pages: longPreview.last.pages },
  scale,
  perPageRatio100to10: scale[2].msPerPage / scale[1].msPerPage,
  exportVsTypst: { exportMs, typstMs, ratio: typstMs ? exportMs / typstMs : null },
  cliVsChromium: {
    cliMs,
    chromiumMs,
    ratio: chromiumMs ? cliMs / chromiumMs : null,
    cliShellEnvMs,
    ratioShellEnv: chromiumMs ? cliShellEnvMs / chromiumMs : null,
  },
  cli100x: big100,
  batch: { briefs: batchCount, ms: batch.ms, briefsPerSecond: batchCount / (batch.ms / 1000) },
  versionMs: median(versionTimes),
  rendererBundle: bundle,
  browser,
  memory,
}

rmSync(work, { recursive: true, force: true })

if (json) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
} else {
  const f = (value: number) => value.toFixed(1)
  const lines = [
    `Node ${process.version} (${process.execPath})`,
    `Seed, in process (median, ms): ingest ${f(report.seed.ingestMs)}, analyze ${f(report.seed.analyzeMs)}, draft ${f(report.seed.draftMs)}, pdf ${f(report.seed.pdfMs)}; end to end ${f(report.seed.endToEndMs)} (${report.seed.pages} pages)`,
    `Preview latency on the server (one section edited → PDF bytes, no browser): ${f(report.previewMs)} ms; on a ${report.longPreview.pages}-page brief ${f(report.longPreview.ms)} ms`,
    ...scale.map(
      (row) =>
        `${String(row.times).padStart(3)}x: ${f(row.ms)} ms, ${row.pages} pages, ${f(row.msPerPage)} ms/page`,
    ),
    `Cost per page 100x / 10x: ${report.perPageRatio100to10.toFixed(2)}`,
    `CLI process (draft seed → PDF): ${f(cliMs)} ms; Chromium print-to-PDF: ${chromiumMs === null ? 'n/a' : `${f(chromiumMs)} ms`}; ratio ${report.cliVsChromium.ratio?.toFixed(2) ?? 'n/a'}`,
    `  the CLI with this shell's whole environment: ${f(cliShellEnvMs)} ms; ratio ${report.cliVsChromium.ratioShellEnv?.toFixed(2) ?? 'n/a'}`,
    `briefwright export of the seed's brief: ${f(exportMs)} ms; Typst: ${typstMs === null ? 'n/a (set TYPST to a typst binary)' : `${f(typstMs)} ms; ratio ${report.exportVsTypst.ratio?.toFixed(2) ?? 'n/a'}`}`,
    `CLI process, 100x article: ${f(big100.ms)} ms, peak ${big100.peakMb === null ? 'n/a' : `${f(big100.peakMb)} MB`}`,
    `Batch: ${batchCount} briefs in ${f(batch.ms)} ms = ${f(report.batch.briefsPerSecond)} briefs/s`,
    `briefwright --version: ${f(report.versionMs)} ms`,
    bundle
      ? `Renderer bundle: ${bundle.map((file) => `${file.name} ${f(file.kb)} KB`).join(', ')}`
      : 'Renderer bundle: not built (npm run build)',
    "In the browser (the built app in Chromium, from the user's action to the drawn pages settled; median of 3, ms):",
    ...('rows' in browser
      ? browser.rows.map(
          (row) => `  ${row.name}: ${f(row.medianMs)} (runs ${row.runsMs.map((ms) => f(ms)).join(', ')})`,
        )
      : [`  not measured: ${browser.skipped}`]),
    'renders' in memory
      ? `Web host memory, ${memory.renders} renders of the seed's brief through the api (one word changed each): ${f(memory.samples[0]?.rssMb ?? NaN)} MB at start, ${f(memory.warmMb)} MB after warm-up, ${f(memory.samples.at(-1)?.rssMb ?? NaN)} MB at the end; the last half added ${f(memory.lastHalfGrowthMb)} MB from its first sample to its last, ${f(memory.lastHalfTrendMb)} MB by the trend of its ${memory.samples.filter((sample) => sample.renders >= memory.renders / 2).length} samples (${f(memory.msPerRender)} ms a render)`
      : `Web host memory: not measured (${memory.skipped})`,
  ]
  process.stdout.write(`${lines.join('\n')}\n`)
}
