import { useAppState, useServices } from '../state/useAppState'

/** The articles the next draft will use, with what analysis found in each. */
export function OpenedArticles() {
  const { store } = useServices()
  const articles = useAppState((state) => state.session.articles)
  if (articles.length === 0) return null
  return (
    <ul className="opened-articles" aria-label="Open articles">
      {articles.map(({ articleId, article, analysis }) => {
        const title = article.meta.title ?? article.meta.origin
        const speaking = new Set(analysis.quotes.map((quote) => quote.actor ?? quote.speaker)).size
        return (
          <li key={articleId}>
            <div className="opened-text">
              <strong>{title}</strong>
              <span className="muted small-text">
                {[article.meta.outlet, article.meta.published].filter(Boolean).join(' · ')}
                {article.meta.outlet || article.meta.published ? ' · ' : ''}
                {analysis.actors.length} actors · {speaking} speaking · {analysis.quotes.length} quotes ·{' '}
                {article.blocks.length} blocks
              </span>
              {article.warnings.map((warning) => (
                <span key={warning} className="warning small-text">
                  {warning}
                </span>
              ))}
            </div>
            <button
              type="button"
              className="small quiet"
              aria-label={`Remove “${title}”`}
              onClick={() => store.dispatch({ type: 'article-closed', articleId })}
            >
              Remove
            </button>
          </li>
        )
      })}
    </ul>
  )
}
