import type { Brief } from '../brief/schema'
import { keptCopyOf } from '../common/kept-copy'
import type { ArticleCache, OpenArticle } from './article-cache'
import type { PipelineTasks } from './pipeline-worker'
import { WorkerJobError } from './worker-pool'
import type { WorkerPool } from './worker-pool'

/**
 * The brief's sources as open articles, in its order: each one the host holds open, else one read
 * in the pipeline worker from the copy of its text the brief keeps (a brief reopened from disk),
 * which the host then holds like an opened one. Undefined in place of a source with neither: a brief
 * saved before sources kept their text, or a copy that does not read back as it was drafted from.
 */
export async function sourceArticles(
  brief: Brief,
  articles: ArticleCache,
  pool: WorkerPool<PipelineTasks>,
): Promise<(OpenArticle | undefined)[]> {
  return Promise.all(
    brief.sources.map(async (source) => {
      const held = articles.get(source.id)
      const snapshot = keptCopyOf(source)
      if (held || !snapshot) return held
      try {
        const opened = await pool.run('openArticle', { kind: 'snapshot', snapshot })
        articles.put(opened)
        return opened
      } catch (error) {
        // The copy does not read back (an ArticleError in the worker): as if the brief kept none.
        if (error instanceof WorkerJobError && error.causeName === 'ArticleError') return undefined
        throw error
      }
    }),
  )
}
