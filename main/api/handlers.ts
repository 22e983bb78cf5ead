import { addSource, appendSources, positionsEdited } from '../brief/add-source'
import { draftBrief } from '../brief/draft'
import { withoutGuidanceBodies } from '../brief/plan'
import type { Brief } from '../brief/schema'
import { parseBriefJson, serializeBrief } from '../files/brief-file'
import { createRecentStore } from '../files/recent'
import type { RecentStore } from '../files/recent'
import { createRecoveryStore } from '../files/recovery'
import { createSettingsStore } from '../files/settings'
import { withSettingsDefaults } from '../files/settings-defaults'
import type { SettingsStore } from '../files/settings'
import type { TemplateStyle } from '../templates/schema'
import { createTemplateStore, styleOfTemplate } from '../files/template-store'
import { createArticleCache } from './article-cache'
import type { ApiHandlers } from './contract'
import { ApiError } from './errors'
import { redraftFrom } from './redraft'
import { sourceArticles } from './source-articles'
import { createTemplateHandlers } from './template-handlers'
import { LIMITS } from './pipeline-schemas'
import type { PipelineTasks } from './pipeline-worker'
import type { RenderPurpose } from './render-purpose'
import type { WorkerPool } from './worker-pool'

/** What the handlers need from their host (the Electron main process or the web server). */
export type HandlerOptions = {
  /** The app's data folder: settings, recent documents, user templates, recovery copies. */
  dataDir: string
  /** The built-in templates (default: found next to the code). */
  builtInTemplatesDir?: string
  /** Runs article parsing and PDF rendering off the main thread, with limits. */
  pool: WorkerPool<PipelineTasks>
  /** The clock of the recent list; tests fix it. */
  now?: () => Date
  /** Stores the host also writes to (the shell saves window bounds), so that writes queue together. */
  settings?: SettingsStore
  recent?: RecentStore
}

/**
 * Every call of the contract, implemented with the pipeline stages. `satisfies ApiHandlers` makes a
 * missing or mistyped handler a compile error. Inputs arrive already validated by the transport.
 */
export function createHandlers(options: HandlerOptions): ApiHandlers {
  const now = options.now ?? (() => new Date())
  const templates = createTemplateStore({ dataDir: options.dataDir, builtInDir: options.builtInTemplatesDir })
  const settings = options.settings ?? createSettingsStore(options.dataDir)
  const recent = options.recent ?? createRecentStore(options.dataDir, now)
  const recovery = createRecoveryStore(options.dataDir)
  const articles = createArticleCache(LIMITS.openArticles)

  async function renderPdf(brief: Brief, purpose: RenderPurpose, edited?: TemplateStyle) {
    const { style, warnings } = edited
      ? { style: edited, warnings: [] }
      : await styleOfTemplate(templates, brief.meta.templateId)
    const result = await options.pool.run('renderPdf', { brief, style, purpose })
    return {
      bytes: result.bytes,
      pages: result.pages,
      warnings: [...warnings, ...result.warnings],
      pageHashes: result.pageHashes,
    }
  }

  const handlers = {
    openArticle: async ({ source }) => {
      const { article, analysis } = await options.pool.run('openArticle', source)
      const articleId = articles.put({ article, analysis })
      return { articleId, article, analysis }
    },
    draftBrief: async ({ articleIds, templateId, date, author }) => {
      const open = articleIds.map((id) => {
        const entry = articles.get(id)
        if (!entry)
          throw new ApiError('not-found', 'This article is no longer open; open it again to draft from it.')
        return entry
      })
      const template = await templates.get(templateId)
      const brief = draftBrief({
        articles: open.map((entry) => entry.article),
        analyses: open.map((entry) => entry.analysis),
        template,
        date,
        author,
      })
      return withSettingsDefaults(brief, await settings.get(), { author })
    },
    draftMerged: async ({ brief, articleIds }) => {
      const held = new Set(brief.sources.map((source) => source.id))
      const added = [...new Set(articleIds)].filter((id) => !held.has(id))
      if (added.length === 0)
        throw new ApiError('invalid-input', 'This article is already a source of the brief.')
      const openEntry = (id: string, missing: string) => {
        const entry = articles.get(id)
        if (!entry) throw new ApiError('not-found', missing)
        return entry
      }
      // Sources the host does not hold are made again from the text the brief keeps of them.
      const sourcesOpen = await sourceArticles(brief, articles, options.pool)
      const before = brief.sources.map((source, index) => {
        const entry = sourcesOpen[index]
        if (!entry)
          throw new ApiError(
            'not-found',
            `The brief’s source “${source.title ?? source.outlet ?? source.id}” is not open, and the brief has no copy of it to draft from; open it again to add an article.`,
          )
        return entry
      })
      const fresh = added.map((id) =>
        openEntry(id, 'This article is no longer open; open it again to add it.'),
      )
      const template = await templates.get(brief.meta.templateId)
      const draftFrom = (entries: typeof before) => redraftFrom(entries, template, brief)
      const drafted = draftFrom([...before, ...fresh])
      return {
        merged: addSource(brief, drafted),
        kept: appendSources(brief, drafted),
        // A brief whose sources were all removed has no drafted Positions to compare with.
        positionsEdited: positionsEdited(brief, before.length > 0 ? draftFrom(before) : null),
      }
    },
    renderPdf: ({ brief, style }) => renderPdf(brief, 'preview', style),
    exportPdf: async ({ brief }) => ({
      ...(await renderPdf(brief, 'export')),
      fileName: `${fileStem(brief.meta.title)}.pdf`,
    }),
    exportDocx: async ({ brief }) => {
      const { style } = await styleOfTemplate(templates, brief.meta.templateId)
      return {
        bytes: await options.pool.run('renderDocx', { brief, style }),
        fileName: `${fileStem(brief.meta.title)}.docx`,
      }
    },
    checkBrief: async ({ brief }) => {
      const template = await templates.find(brief.meta.templateId)
      // A source saved without a snapshot (format 1) is checked against its article when it is open.
      const sourceTexts: Record<string, string> = {}
      for (const source of brief.sources) {
        const open = source.text === null ? articles.get(source.id) : undefined
        if (open) sourceTexts[source.id] = open.article.text
      }
      return options.pool.run('checkBrief', { brief, template, sourceTexts })
    },
    // Earlier versions stored an untouched section's guidance as its body: a hint, not content.
    openBrief: async ({ text }) => {
      const brief = parseBriefJson(text)
      return withoutGuidanceBodies(brief, await templates.find(brief.meta.templateId))
    },
    saveBrief: async ({ brief }) => ({
      text: serializeBrief(brief),
      fileName: `${fileStem(brief.meta.title)}.brief`,
    }),
    listTemplates: () => templates.list(),
    getTemplate: ({ id }) => templates.get(id),
    ...createTemplateHandlers({ templates, pool: options.pool, articles }),
    getSettings: () => settings.get(),
    setSettings: ({ patch }) => settings.update(patch),
    listRecent: () => recent.list(),
    addRecent: (entry) => recent.add(entry),
    saveRecovery: ({ brief, id }) => recovery.save(brief, id),
    touchRecovery: async ({ id, ending }) => ({
      kept: await (ending ? recovery.release(id) : recovery.touch(id)),
    }),
    listRecovery: async () =>
      recovery.list({ staleAfterMs: (await settings.get()).recoveryTimeoutSeconds * 1000 }),
    takeRecovery: ({ id }) => recovery.take(id),
    discardRecovery: async ({ id }) => ({ discarded: await recovery.discard(id) }),
  } satisfies ApiHandlers
  return handlers
}

/** A file name from a brief title: letters, digits and dashes, never empty, never a path. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
  return stem || 'brief'
}
