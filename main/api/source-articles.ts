import type { Brief } from '../brief/schema'
import type { ArticleCache, OpenArticle } from './article-cache'
import type { PipelineTasks } from './pipeline-worker'
import type { WorkerPool } from './worker-pool'

/**
 * The brief's sources as open articles, in its order: each one the host holds open, else one made
 * again in the pipeline worker from the text the brief keeps of it (a brief reopened from disk),
 * which the host then holds like an opened one. Undefined in place of a source with neither: a brief
 * saved before sources kept their text, or a text no reader's blocks give back.
 */
export async function sourceArticles(
  brief: Brief,
  articles: ArticleCache,
  pool: WorkerPool<PipelineTasks>,
): Promise<(OpenArticle | undefined)[]> {
  return Promise.all(
    brief.sources.map(async (source) => {
      const held = articles.get(source.id)
      if (held || source.text === null) return held
      const { id, text, title, outlet, byline, date, url, retrievedAt } = source
      const made = await pool.run('reopenSource', { id, text, title, outlet, byline, date, url, retrievedAt })
      if (!made) return undefined
      articles.put(made)
      return made
    }),
  )
}
