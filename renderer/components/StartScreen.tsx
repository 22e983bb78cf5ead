import { useCallback, useRef } from 'react'
import { focusFellToPage, useArticleOpened } from '../state/useArticleOpened'
import { useAppState, useServices } from '../state/useAppState'
import { ArticleSourceForm } from './ArticleSourceForm'
import { OpenedArticles } from './OpenedArticles'
import { RecentList } from './RecentList'
import { RecoveryOffer } from './RecoveryOffer'
import { ShortcutList } from './ShortcutList'
import { TemplateGallery } from './TemplateGallery'

/** Where work starts: a new brief from an article and a template, recent briefs, recovered work. */
export function StartScreen() {
  const { workspace, run } = useServices()
  const canDraft = useAppState(
    (state) => state.session.articles.length > 0 && state.session.templateId !== '' && state.ui.task === null,
  )
  const articles = useAppState((state) => state.session.articles.length)
  const draftButton = useRef<HTMLButtonElement>(null)
  // An article opened while the focus fell to the page (the file picker's button was disabled while
  // the file was read): the focus goes to the next step, Draft brief.
  useArticleOpened(
    useCallback(() => {
      if (focusFellToPage()) draftButton.current?.focus()
    }, []),
  )
  return (
    <main className="start" aria-label="Start">
      <div className="start-inner">
        <RecoveryOffer />
        <div className="start-grid">
          <section className="card start-new" aria-labelledby="start-new-title">
            <header className="card-header">
              <h2 id="start-new-title">New brief from an article</h2>
              <p className="muted">
                Briefwright reads the article, finds the actors and who said what, and drafts a brief from the
                template you pick. You edit it beside the article and the exact PDF.
              </p>
            </header>
            <div className="step">
              <h3 className="step-title">
                <span className="step-number" aria-hidden="true">
                  1
                </span>
                The article
              </h3>
              <ArticleSourceForm />
              <OpenedArticles />
            </div>
            <div className="step">
              <div className="step-heading">
                <h3 className="step-title">
                  <span className="step-number" aria-hidden="true">
                    2
                  </span>
                  The template
                </h3>
                <button type="button" className="link-button" onClick={() => run('manage-templates')}>
                  Manage templates…
                </button>
              </div>
              <TemplateGallery />
            </div>
            <div className="draft-row">
              <p className="muted">
                {articles === 0
                  ? 'Paste the article’s text, drop or choose its file, or give its web address to draft from it.'
                  : `Drafts from ${articles} article${articles === 1 ? '' : 's'}.`}
              </p>
              <button
                ref={draftButton}
                type="button"
                className="primary large"
                disabled={!canDraft}
                onClick={() => void workspace.draft()}
              >
                Draft brief
              </button>
            </div>
          </section>
          <aside className="start-aside">
            <RecentList />
            <ShortcutList />
          </aside>
        </div>
      </div>
    </main>
  )
}
