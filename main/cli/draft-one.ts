import { readArticleFromPath } from '../article/index'
import { analyzeArticle } from '../analysis/index'
import { draftBrief } from '../brief/draft'
import { writeFileAtomicSync } from '../files/atomic'
import { serializeBrief } from '../files/brief-file'
import { withSettingsDefaults } from '../files/settings-defaults'
import type { DraftSettings } from '../files/settings-defaults'
import { renderBriefPdf } from '../pdf/index'
import type { Template } from '../templates/schema'

/** One source through the whole pipeline, and where its results go (absolute paths, or null). */
export type DraftJob = {
  source: string
  /** More sources drafted into the same brief (`--merge`), after `source`. */
  also?: string[]
  template: Template
  /** The user's Settings of the data folder (author, organization), as the app drafts with them. */
  settings: DraftSettings
  pdfPath: string | null
  briefPath: string | null
}

/**
 * Reads, analyzes, drafts and renders one brief from its source (or sources), then writes its
 * files. Everything is rendered before anything is written, so a failure leaves existing files
 * alone. Returns the warnings; with several sources, each article's name their source.
 */
export async function draftOne(job: DraftJob): Promise<{ warnings: string[] }> {
  const paths = [job.source, ...(job.also ?? [])]
  const articles = []
  for (const source of paths) articles.push(await readArticleFromPath(source))
  const brief = withSettingsDefaults(
    draftBrief({
      articles,
      analyses: articles.map((article) => analyzeArticle(article)),
      template: job.template,
    }),
    job.settings,
  )
  const pdf = await renderBriefPdf(brief, job.template.style)
  // Written synchronously: a command runs one job per thread, and waits for the files anyway.
  if (job.briefPath) writeFileAtomicSync(job.briefPath, serializeBrief(brief))
  if (job.pdfPath) writeFileAtomicSync(job.pdfPath, pdf.bytes)
  const articleWarnings = articles.flatMap((article, index) =>
    paths.length > 1 ? article.warnings.map((message) => `${paths[index]}: ${message}`) : article.warnings,
  )
  return { warnings: [...articleWarnings, ...pdf.warnings] }
}
