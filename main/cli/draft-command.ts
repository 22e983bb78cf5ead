import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { readArticleFromPath } from '../article/index'
import { analyzeArticle } from '../analysis/index'
import { draftBrief } from '../brief/draft'
import { writeFileAtomic } from '../files/atomic'
import { writeBriefFile } from '../files/brief-file'
import { renderBriefPdf } from '../pdf/index'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { createProgress } from './progress'
import { templateStoreFor, warn } from './shared'

/** `briefwright draft <source>... [--template ID] [--out FILE.pdf | --out-dir DIR] [--save FILE.brief]` */
export async function runDraft(sources: string[], values: CliValues): Promise<number> {
  if (sources.length === 0) throw new UsageError('draft needs at least one source (a file, an http(s) URL, or -)')
  if (values.out && values['out-dir']) throw new UsageError('use --out or --out-dir, not both')
  if (sources.length > 1 && (values.out || values.save)) {
    throw new UsageError('with several sources, use --out-dir (--out and --save take one source)')
  }
  if (!values.out && !values['out-dir'] && !values.save) {
    throw new UsageError('say where the brief goes: --out FILE.pdf, --out-dir DIR or --save FILE.brief')
  }
  // Resolve the template first: a typo in its id should fail before any article is read.
  const template = await templateStoreFor(values).get(values.template ?? 'policy-brief')
  const outDir = values['out-dir'] ? path.resolve(values['out-dir']) : null
  if (outDir) await mkdir(outDir, { recursive: true })

  const progress = createProgress(sources.length, process.stderr)
  let failures = 0
  for (const source of sources) {
    try {
      const article = await readArticleFromPath(source)
      warn(article.warnings.map((message) => `${source}: ${message}`))
      const brief = draftBrief({ articles: [article], analyses: [analyzeArticle(article)], template })
      const pdf = await renderBriefPdf(brief, template.style)
      warn(pdf.warnings.map((message) => `${source}: ${message}`))
      // Everything is rendered before anything is written: a failure leaves existing files alone.
      if (values.save) await writeBriefFile(path.resolve(values.save), brief)
      const pdfPath = outDir ? path.join(outDir, outputName(source)) : values.out ? path.resolve(values.out) : null
      if (pdfPath) await writeFileAtomic(pdfPath, pdf.bytes)
    } catch (error) {
      if (sources.length === 1) throw error
      failures += 1
      const message = error instanceof Error ? error.message : String(error)
      progress.interrupt(`briefwright: error: ${source}: ${message}`)
    }
    progress.tick(source)
  }
  progress.done()
  if (failures > 0) {
    process.stderr.write(`briefwright: error: ${failures} of ${sources.length} sources failed\n`)
    return 2
  }
  return 0
}

/** `reports/story.html` → `story.pdf`; a URL or stdin gets a name from its last path part. */
export function outputName(source: string): string {
  if (source === '-') return 'stdin.pdf'
  const base = /^https?:\/\//i.test(source) ? new URL(source).pathname.split('/').filter(Boolean).pop() : path.basename(source)
  const stem = (base ?? 'article').replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-') || 'article'
  return `${stem}.pdf`
}
