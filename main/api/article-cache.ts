import type { Analysis } from '../analysis/types'
import type { Article } from '../article/types'

/** An article the UI has open, with its analysis, kept so drafting needs only its id. */
export type OpenArticle = { article: Article; analysis: Analysis }

/** A small least-recently-used cache: the host never holds more than `capacity` articles. */
export type ArticleCache = {
  put(entry: OpenArticle): string
  get(id: string): OpenArticle | undefined
  size(): number
}

/** Creates the cache; putting an article with an id already held replaces it and makes it newest. */
export function createArticleCache(capacity: number): ArticleCache {
  const entries = new Map<string, OpenArticle>()
  return {
    put(entry) {
      const id = entry.article.id
      entries.delete(id)
      entries.set(id, entry)
      while (entries.size > capacity) {
        const oldest = entries.keys().next().value
        if (oldest === undefined) break
        entries.delete(oldest)
      }
      return id
    },
    get(id) {
      const entry = entries.get(id)
      if (entry) {
        entries.delete(id)
        entries.set(id, entry)
      }
      return entry
    },
    size: () => entries.size,
  }
}
