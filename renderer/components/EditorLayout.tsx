import type { CSSProperties } from 'react'
import type { Client } from '../api'
import { PANE_LIMITS, useLayout } from '../state/useLayout'
import { ArticlePane } from './ArticlePane'
import { EditorTabs } from './EditorTabs'
import { PaneBoundary } from './PaneBoundary'
import { PaneSplitter } from './PaneSplitter'
import { PreviewPane } from './PreviewPane'

/** The three panes: the article, the brief's sections (or positions, or details), the PDF preview. */
export function EditorLayout({ api }: { api: Client }) {
  const { sizes, resize } = useLayout()
  // Set through the CSSOM (allowed by the CSP), not as a style attribute in markup.
  const style = {
    '--article-width': `${sizes.article}px`,
    '--editor-width': `${sizes.editor}px`,
  } as CSSProperties
  return (
    <main className="editor-layout" style={style} aria-label="Editor">
      <section className="pane pane-article" aria-label="Article">
        <PaneBoundary name="article">
          <ArticlePane />
        </PaneBoundary>
      </section>
      <PaneSplitter
        label="Resize the article pane"
        value={sizes.article}
        limits={PANE_LIMITS.article}
        onChange={(width) => resize('article', width)}
      />
      <section className="pane pane-editor" aria-label="Brief">
        <PaneBoundary name="brief">
          <EditorTabs />
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
          <PreviewPane api={api} />
        </PaneBoundary>
      </section>
    </main>
  )
}
