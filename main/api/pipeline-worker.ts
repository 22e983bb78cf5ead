import { analyzeArticle } from '../analysis/index'
import { readArticle } from '../article/index'
import type { Brief } from '../brief/schema'
import { checkBrief } from '../check/index'
import { layoutBrief, renderBriefPdf } from '../pdf/index'
import { TemplateStyleSchema } from '../templates/schema'
import type { Template, TemplateStyle } from '../templates/schema'
import type { ArticleSource } from './pipeline-schemas'
import { RENDER_OPTIONS } from './render-purpose'
import type { RenderPurpose } from './render-purpose'
import { warmUp } from './warm-up'
import { serveTasks } from './worker-runtime'

// The stages that read untrusted bytes (parsing an article, laying out its text as a PDF) run here,
// in a worker thread with a heap limit and a time limit, so a hostile article fails alone.

/** The tasks of the pipeline worker; handlers.ts imports only their type. */
export const pipelineTasks = {
  openArticle: async (source: ArticleSource) => {
    const article = await readArticle(source)
    return { article, analysis: analyzeArticle(article) }
  },
  // Without a creation date the PDF is dated by the brief, so the preview and the export are the same bytes.
  renderPdf: async (input: { brief: Brief; style: TemplateStyle; purpose: RenderPurpose }) =>
    renderBriefPdf(input.brief, input.style, RENDER_OPTIONS[input.purpose]),
  // The check lays the brief out as the PDF would (and reads its Markdown), so it runs here too.
  checkBrief: async (input: {
    brief: Brief
    template: Template | null
    sourceTexts: Record<string, string>
  }) =>
    checkBrief(input.brief, input.template, {
      pages: await layoutBrief(input.brief, input.template?.style ?? TemplateStyleSchema.parse({})),
      sourceTexts: input.sourceTexts,
    }),
  // The Word writer loads on the first Word export only.
  renderDocx: async (input: { brief: Brief; style: TemplateStyle }) =>
    (await import('../docx/index')).renderBriefDocx(input.brief, input.style),
}

/** The type of the pipeline worker's task table. */
export type PipelineTasks = typeof pipelineTasks

serveTasks(pipelineTasks)
// Once the tasks are served: a job that arrives meanwhile runs when the sample is done.
setImmediate(() => void warmUp())
