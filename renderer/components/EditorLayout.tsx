import { useCallback, useState } from 'react'
import type { CSSProperties } from 'react'
import type { Client } from '../api'
import { focusFellToPage, useArticleOpened } from '../state/useArticleOpened'
import { useAppState, useServices } from '../state/useAppState'
import { PANE_LIMITS, useLayout } from '../state/useLayout'
import { ArticlePane } from './ArticlePane'
import { CheckPanel } from './CheckPanel'
import { EditorTabs } from './EditorTabs'
import { PaneBoundary } from './PaneBoundary'
import { PaneSplitter } from './PaneSplitter'
import { PreviewPane } from './PreviewPane'

const ARTICLE_PANE_ID = 'pane-article'

/**
 * The three panes: the article, the brief's sections (or positions, or details), the PDF preview.
 * The article pane folds away (a button in the brief pane's header) to give the preview its room.
 */
export function EditorLayout({ api }: { api: Client }) {
  const { store } = useServices()
  const { sizes, resize, articleHidden, setArticleHidden } = useLayout()
  // An article opened beside the brief unfolds its pane; when the focus fell to the page (the file
  // picker closed) it goes back to the text of the section being written.
  useArticleOpened(
    useCallback(() => {
      setArticleHidden(false)
      if (!focusFellToPage()) return
      const state = store.getState()
      const sectionId = state.ui.activeSectionId ?? state.doc.brief?.sections[0]?.id
      if (sectionId) store.dispatch({ type: 'focus-section', sectionId, target: 'editor' })
    }, [setArticleHidden, store]),
  )
  // Show in article unfolds the pane to show the passage; a click in a section's text flashes it only
  // in a pane that is already shown (see ArticlePane).
  const flash = useAppState((state) => state.ui.flash)
  const checkOpen = useAppState((state) => state.ui.checkOpen)
  const [seenFlash, setSeenFlash] = useState(flash)
  if (flash !== seenFlash) {
    setSeenFlash(flash)
    if (flash?.reveal && articleHidden) setArticleHidden(false)
  }
  // Set through the CSSOM (allowed by the CSP), not as a style attribute in markup.
  const style = {
    '--article-width': `${sizes.article}px`,
    '--editor-width': `${sizes.editor}px`,
  } as CSSProperties
  return (
    <main
      className={articleHidden ? 'editor-layout article-hidden' : 'editor-layout'}
      style={style}
      aria-label="Editor"
    >
      {/* Hidden, not unmounted: the article keeps its scroll and selection while folded. */}
      <section id={ARTICLE_PANE_ID} className="pane pane-article" aria-label="Article" hidden={articleHidden}>
        <PaneBoundary name="article">
          <ArticlePane folded={articleHidden} />
        </PaneBoundary>
      </section>
      {!articleHidden && (
        <PaneSplitter
          label="Resize the article pane"
          value={sizes.article}
          limits={PANE_LIMITS.article}
          onChange={(width) => resize('article', width)}
        />
      )}
      <section className="pane pane-editor" aria-label="Brief">
        {checkOpen && (
          <PaneBoundary name="check">
            <CheckPanel api={api} />
          </PaneBoundary>
        )}
        <PaneBoundary name="brief">
          <EditorTabs
            article={{
              controls: ARTICLE_PANE_ID,
              shown: !articleHidden,
              toggle: () => setArticleHidden(!articleHidden),
            }}
          />
        </PaneBoundary>
      </section>
      <PaneSplitter
        label="Resize the brief pane"
        value={sizes.editor}
        limits={PANE_LIMITS.editor}
        onChange={(width) => resize('editor', width)}
      />
      <section className="pane pane-preview" aria-label="Preview">
        <PaneBoundary name="preview">
          <PreviewPane />
        </PaneBoundary>
      </section>
    </main>
  )
}
