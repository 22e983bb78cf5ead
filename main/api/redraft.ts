import { draftBrief } from '../brief/draft'
import type { BriefPlan } from '../brief/plan'
import type { Brief } from '../brief/schema'
import type { OpenArticle } from './article-cache'

/**
 * The brief drafted again from its open articles with a template, keeping its date and author: what
 * Add article merges from and what Change template fills the new template's sections with.
 */
export function redraftFrom(entries: readonly OpenArticle[], template: BriefPlan, brief: Brief): Brief {
  return draftBrief({
    articles: entries.map((entry) => entry.article),
    analyses: entries.map((entry) => entry.analysis),
    template,
    date: brief.meta.date,
    author: brief.meta.author,
  })
}
