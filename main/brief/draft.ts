import type { Article } from '../article/types'
import type { Analysis } from '../analysis/types'
import { prepareSource } from './draft-context'
import { draftByRule } from './draft-rules'
import type { DraftLimits } from './draft-rules'
import { fitToBudget } from './budget'
import { draftingRule } from './plan'
import type { BriefPlan } from './plan'
import { BRIEF_SCHEMA_VERSION, BriefSchema } from './schema'
import { snapshotOf } from './source-snapshot'
import type { Brief, Section, Source } from './schema'

export type DraftInput = {
  articles: Article[]
  /** One analysis per article, in the same order. */
  analyses: Analysis[]
  template: BriefPlan
  /** The brief's date, yyyy-mm-dd; today (UTC) when absent. */
  date?: string
  author?: string
}

/**
 * Drafts a brief from articles and a template: each template section is filled by its drafting rule,
 * every drafted sentence keeps its provenance, and a section with nothing to draft is left empty (the
 * editor shows the template's guidance as a hint there; it is never content). Pure: the same input
 * gives the same brief.
 */
export function draftBrief(input: DraftInput): Brief {
  const { articles, analyses, template } = input
  if (articles.length === 0) throw new Error('A brief needs at least one article.')
  if (analyses.length !== articles.length) throw new Error('Each article needs its analysis.')
  const draftWith = (limits: DraftLimits): Section[] => {
    // Each attempt starts afresh: what one drafted must not count as said in the next.
    const drafted = new Set<string>()
    const sources = articles.map((article, index) => prepareSource(article, analyses[index], drafted))
    return template.sections.map((templateSection) => {
      const body = draftByRule(draftingRule(templateSection), sources, limits)
      return {
        id: templateSection.id,
        kind: templateSection.kind,
        heading: templateSection.heading,
        body: body?.body ?? '',
        provenance: body?.provenance ?? [],
      }
    })
  }
  const sections = fitToBudget(draftWith, template.pageBudget ?? null, template.style.estimativeBox === true)

  const first = articles[0]
  const title = first.meta.title ?? 'Untitled brief'
  const brief: Brief = {
    schemaVersion: BRIEF_SCHEMA_VERSION,
    meta: {
      title: clip(articles.length > 1 ? `${title} (and ${articles.length - 1} more)` : title, 300),
      subtitle: articles.length === 1 ? clip(first.meta.subtitle ?? '', 500) : '',
      author: input.author ?? '',
      organization: template.style.organization,
      date: input.date ?? new Date().toISOString().slice(0, 10),
      marking: template.style.marking,
      templateId: template.id,
    },
    sections,
    sources: articles.map(sourceOf),
  }
  // The schema is the contract for every brief that leaves this stage; fail here, not at save.
  return BriefSchema.parse(brief)
}

/** Article metadata is untrusted and unbounded; the brief's fields have limits. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

function clipOrNull(text: string | null, max: number): string | null {
  return text === null ? null : clip(text, max)
}

function sourceOf(article: Article): Source {
  const { meta } = article
  return {
    id: article.id,
    title: clipOrNull(meta.title, 1000),
    outlet: clipOrNull(meta.outlet, 500),
    byline: clipOrNull(meta.byline, 500),
    date: clipOrNull(meta.published, 500),
    url: meta.url && meta.url.length <= 4000 ? meta.url : null,
    retrievedAt: clipOrNull(meta.retrievedAt, 500),
    ...snapshotOf(article.text),
  }
}
