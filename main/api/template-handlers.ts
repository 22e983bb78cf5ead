import { applyTemplate } from '../brief/apply-template'
import type { Redraft } from '../brief/apply-template'
import type { BriefPlan } from '../brief/plan'
import type { Brief } from '../brief/schema'
import { templateFromBrief } from '../templates/from-brief'
import { sampleBriefFor } from '../templates/sample-brief'
import type { TemplateStyle } from '../templates/schema'
import type { TemplateStore } from '../files/template-store'
import { parseTemplateJson, serializeTemplate } from '../files/template-store'
import type { ArticleCache } from './article-cache'
import type { HandlersOf } from './contract'
import { ApiError } from './errors'
import { redraftFrom } from './redraft'
import { sourceArticles } from './source-articles'
import type { PipelineTasks } from './pipeline-worker'
import type { templateCalls } from './template-contract'
import type { WorkerPool } from './worker-pool'

/** The template manager's handlers: the store's calls, save-as-template, change template, previews. */
export function createTemplateHandlers(options: {
  templates: TemplateStore
  pool: WorkerPool<PipelineTasks>
  /** The articles the host holds open: Change template drafts the new template's sections from them. */
  articles: ArticleCache
}): HandlersOf<typeof templateCalls> {
  const { templates, pool, articles } = options

  /**
   * The brief's sources drafted again with the new template and with its current one, when the host
   * holds every source open or can make it again from the brief's copy of its text (a part of them
   * would draft a different brief); else undefined.
   */
  async function redraftOf(
    brief: Brief,
    next: BriefPlan,
    before: BriefPlan | null,
  ): Promise<Redraft | undefined> {
    const held = await sourceArticles(brief, articles, pool)
    const open = held.flatMap((entry) => entry ?? [])
    if (open.length === 0 || open.length !== brief.sources.length) return undefined
    const draft = (template: BriefPlan) => redraftFrom(open, template, brief)
    return { next: draft(next), before: before ? draft(before) : null }
  }

  async function render(brief: Brief, style: TemplateStyle) {
    const result = await pool.run('renderPdf', { brief, style, purpose: 'thumbnail' })
    return { bytes: result.bytes, pages: result.pages, warnings: result.warnings }
  }

  return {
    saveTemplate: ({ template }) => templates.put(template),
    renameTemplate: ({ id, name }) => templates.rename(id, name),
    duplicateTemplate: ({ id }) => templates.duplicate(id),
    deleteTemplate: ({ id }) => templates.remove(id),
    importTemplate: async ({ text }) => {
      // Parsed here too, so a bad file fails as invalid input before the store is touched.
      try {
        parseTemplateJson(text)
      } catch (error) {
        throw new ApiError('invalid-input', error instanceof Error ? error.message : String(error))
      }
      return templates.importText(text)
    },
    exportTemplate: async ({ id }) => ({
      text: serializeTemplate(await templates.get(id)),
      fileName: `${id}.brieftemplate`,
    }),
    saveBriefAsTemplate: async ({ brief, name }) =>
      templates.save(templateFromBrief(brief, await templates.find(brief.meta.templateId), name)),
    changeTemplate: async ({ brief, templateId }) => {
      const template = await templates.get(templateId)
      const previous = await templates.find(brief.meta.templateId)
      return applyTemplate(brief, template, previous, await redraftOf(brief, template, previous))
    },
    renderTemplatePreview: async ({ templateId, template, brief }) => {
      const chosen = template ?? (await templates.get(templateId ?? ''))
      // The brief as Change template would make it, so the picker shows what the user will get.
      const previous = brief ? await templates.find(brief.meta.templateId) : null
      const previewed = brief
        ? applyTemplate(brief, chosen, previous, await redraftOf(brief, chosen, previous))
        : sampleBriefFor(chosen)
      return render(previewed, chosen.style)
    },
  }
}
