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
  template: Template
  /** The user's Settings of the data folder (author, organization), as the app drafts with them. */
  settings: DraftSettings
  pdfPath: string | null
  briefPath: string | null
}

/**
 * Reads, analyzes, drafts and renders one source, then writes its files. Everything is rendered
 * before anything is written, so a failure leaves existing files alone. Returns the warnings.
 */
export async function draftOne(job: DraftJob): Promise<{ warnings: string[] }> {
  const article = await readArticleFromPath(job.source)
  const brief = withSettingsDefaults(
    draftBrief({ articles: [article], analyses: [analyzeArticle(article)], template: job.template }),
    job.settings,
  )
  const pdf = await renderBriefPdf(brief, job.template.style)
  // Written synchronously: a command runs one job per thread, and waits for the files anyway.
  if (job.briefPath) writeFileAtomicSync(job.briefPath, serializeBrief(brief))
  if (job.pdfPath) writeFileAtomicSync(job.pdfPath, pdf.bytes)
  return { warnings: [...article.warnings, ...pdf.warnings] }
}
