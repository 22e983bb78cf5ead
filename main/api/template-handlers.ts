import { applyTemplate } from '../brief/apply-template'
import type { Brief } from '../brief/schema'
import { templateFromBrief } from '../templates/from-brief'
import { sampleBriefFor } from '../templates/sample-brief'
import type { TemplateStyle } from '../templates/schema'
import type { TemplateStore } from '../files/template-store'
import { parseTemplateJson, serializeTemplate } from '../files/template-store'
import type { HandlersOf } from './contract'
import { ApiError } from './errors'
import type { PipelineTasks } from './pipeline-worker'
import type { templateCalls } from './template-contract'
import type { WorkerPool } from './worker-pool'

/** The template manager's handlers: the store's calls, save-as-template, change template, previews. */
export function createTemplateHandlers(options: {
  templates: TemplateStore
  pool: WorkerPool<PipelineTasks>
}): HandlersOf<typeof templateCalls> {
  const { templates, pool } = options

  async function render(brief: Brief, style: TemplateStyle) {
    const result = await pool.run('renderPdf', { brief, style, firstPageOnly: true })
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
    changeTemplate: async ({ brief, templateId }) =>
      applyTemplate(brief, await templates.get(templateId), await templates.find(brief.meta.templateId)),
    renderTemplatePreview: async ({ templateId, template, brief }) => {
      const chosen = template ?? (await templates.get(templateId ?? ''))
      const previewed = brief ? applyTemplate(brief, chosen) : sampleBriefFor(chosen)
      return render(previewed, chosen.style)
    },
  }
}
