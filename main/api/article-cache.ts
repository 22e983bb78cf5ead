import { LRUCache } from 'lru-cache'
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
  const entries = new LRUCache<string, OpenArticle>({ max: capacity })
  return {
    put(entry) {
      const id = entry.article.id
      entries.set(id, entry)
      return id
    },
    get: (id) => entries.get(id),
    size: () => entries.size,
  }
}
