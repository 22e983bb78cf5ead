import { useEffect, useMemo, useRef, useState } from 'react'
import { selectionOffsets } from '../dom/selection-offsets'
import { actorMentions, segmentBlock } from '../state/article-segments'
import type { Flash } from '../state/app-state'
import { useAppState, useServices } from '../state/useAppState'
import { ArticleBlock } from './ArticleBlock'
import { CommandButton } from './CommandButton'

/**
 * The article beside the brief: its structure, quotes marked with their speaker, actors marked.
 * Select text and Insert as quote puts it in the current section with its citation; a click on a
 * drafted sentence in a section flashes its place here. `folded`: the pane is hidden.
 */
export function ArticlePane({ folded = false }: { folded?: boolean }) {
  const { store, edits, workspace, commands } = useServices()
  const addCommand = commands.find((command) => command.id === 'add-article')
  const sourceIds = useAppState(
    (state) => state.doc.brief?.sources.map((source) => source.id).join('\n') ?? '',
  )
  const busy = useAppState((state) => state.ui.task !== null)
  const articles = useAppState((state) => state.session.articles)
  const shownId = useAppState((state) => state.ui.articleId)
  const flash = useShownFlash(folded)
  const target = useAppState((state) => {
    const sections = state.doc.brief?.sections ?? []
    return (
      (sections.find((section) => section.id === state.ui.activeSectionId) ?? sections[0])?.heading ?? null
    )
  })
  const opened = articles.find((item) => item.articleId === shownId) ?? articles[articles.length - 1]
  const body = useRef<HTMLDivElement>(null)
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null)

  const mentions = useMemo(
    () => (opened ? actorMentions(opened.article.text, opened.analysis) : []),
    [opened],
  )
  const flashSpan = opened && flash?.sourceId === opened.article.id ? flash : null
  const blockSegments = useMemo(
    () =>
      opened
        ? opened.article.blocks.map((block) =>
            segmentBlock(block, opened.article.text, opened.analysis.quotes, mentions, flashSpan),
          )
        : [],
    [opened, mentions, flashSpan],
  )

  useEffect(() => {
    const onChange = () => setSelection(selectionOffsets(document.getSelection(), body.current))
    document.addEventListener('selectionchange', onChange)
    return () => document.removeEventListener('selectionchange', onChange)
  }, [])

  useEffect(() => {
    if (!flashSpan) return
    body.current?.querySelector('.flash')?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [flashSpan])

  if (!opened) {
    return (
      <div className="pane-inner">
        <div className="pane-header">
          <h2>Article</h2>
          {addCommand && <CommandButton command={addCommand} />}
        </div>
        <div className="pane-empty">
          <p>The article of this brief is not open.</p>
          <p className="muted">
            Use <strong>Open article</strong> in the toolbar to read it here, insert quotes from it and see
            where drafted sentences came from.
          </p>
        </div>
      </div>
    )
  }

  const { article, analysis } = opened
  const meta = [article.meta.byline, article.meta.outlet, article.meta.published].filter(Boolean).join(' · ')
  const insert = () => {
    if (selection && edits.insertQuote({ articleId: opened.articleId, ...selection })) {
      document.getSelection()?.removeAllRanges()
      setSelection(null)
    }
  }

  return (
    <div className="pane-inner">
      <div className="pane-header">
        <h2>Article</h2>
        {articles.length > 1 && (
          <select
            aria-label="Article shown"
            value={opened.articleId}
            onChange={(event) =>
              store.dispatch({ type: 'show-article', articleId: event.currentTarget.value })
            }
          >
            {articles.map((item) => (
              <option key={item.articleId} value={item.articleId}>
                {item.article.meta.title ?? item.article.meta.origin}
              </option>
            ))}
          </select>
        )}
        {addCommand && <CommandButton command={addCommand} />}
        {/* An article opened another way (pasted, an address) joins the brief from here. */}
        {!sourceIds.split('\n').includes(opened.article.id) && (
          <button
            type="button"
            className="small"
            disabled={busy}
            title="Merge this article into the brief’s Positions and Sources"
            onClick={() => void workspace.addArticle.merge(opened.articleId)}
          >
            Add to brief
          </button>
        )}
        <button
          type="button"
          className="small"
          disabled={!selection}
          title={
            selection
              ? `Insert the selection as a quote into “${target ?? 'the section'}”`
              : 'Select text in the article first'
          }
          // Keep the text selection: the button acts on it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={insert}
        >
          Insert as quote
        </button>
      </div>
      {/* Focusable so that the keyboard can scroll the article (and caret browsing can select in it). */}
      <div className="pane-scroll" tabIndex={0} aria-label="Article, scrollable">
        <article className="article-view">
          <header className="article-header">
            <h3 className="article-title">{article.meta.title ?? article.meta.origin}</h3>
            {article.meta.subtitle && <p className="article-subtitle">{article.meta.subtitle}</p>}
            {meta && <p className="muted small-text">{meta}</p>}
            <p className="legend small-text">
              <span className="legend-quote">Quotes ({analysis.quotes.length})</span>
              <span className="legend-actor">Actors ({analysis.actors.length})</span>
              <span className="muted">Select text to quote it in “{target ?? 'the brief'}”.</span>
            </p>
          </header>
          <div ref={body} className="article-body" aria-label="Article text">
            {article.blocks.map((block, index) => (
              <ArticleBlock
                key={block.start}
                block={block}
                segments={blockSegments[index]}
                flashNonce={flashSpan?.nonce ?? 0}
              />
            ))}
          </div>
        </article>
      </div>
    </div>
  )
}

/**
 * The flash to show: one asked for while the pane is shown, or one that unfolds it (Show in article).
 * A click in a section's text while the pane is folded flashes nothing, not even when the pane is
 * unfolded later.
 */
function useShownFlash(folded: boolean): Flash | null {
  const latest = useAppState((state) => state.ui.flash)
  const [shown, setShown] = useState(folded ? null : latest)
  const [seen, setSeen] = useState(latest)
  if (latest !== seen) {
    setSeen(latest)
    setShown(latest && (latest.reveal || !folded) ? latest : null)
  }
  return shown
}
