import type { ComponentType, KeyboardEvent } from 'react'
import type { EditorView } from '../state/app-state'
import { useAppState, useServices } from '../state/useAppState'
import { MetaForm } from './MetaForm'
import { PositionsView } from './PositionsView'
import { SectionList } from './SectionList'

const TABS: { id: EditorView; label: string; Panel: ComponentType }[] = [
  { id: 'sections', label: 'Sections', Panel: SectionList },
  { id: 'positions', label: 'Positions', Panel: PositionsView },
  { id: 'details', label: 'Details', Panel: MetaForm },
]

/**
 * The brief's pane: its sections, the positions table and the details form as tabs. All three stay
 * mounted (hidden when not shown), so editors keep their carets and scroll positions.
 */
export function EditorTabs({
  article,
}: {
  /** The article pane's fold: the button that shows or hides it sits at the head of this pane. */
  article?: { controls: string; shown: boolean; toggle: () => void }
}) {
  const { store } = useServices()
  const view = useAppState((state) => state.ui.view)
  const show = (id: EditorView) => store.dispatch({ type: 'view', view: id })
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((tab) => tab.id === view)
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    event.preventDefault()
    const next = TABS[(index + step + TABS.length) % TABS.length]
    show(next.id)
    document.getElementById(`tab-${next.id}`)?.focus()
  }
  return (
    <div className="pane-inner">
      <div className="pane-header tabs-header">
        {article && (
          <button
            type="button"
            className="small quiet article-toggle"
            aria-controls={article.controls}
            aria-expanded={article.shown}
            title={article.shown ? 'Hide the article to give the preview more room' : 'Show the article'}
            onClick={article.toggle}
          >
            <span aria-hidden="true">{article.shown ? '‹' : '›'}</span> Article
          </button>
        )}
        <div className="tabs" role="tablist" aria-label="Brief views" onKeyDown={onKeyDown}>
          {TABS.map((tab) => (
            <button
              key={tab.id}
              id={`tab-${tab.id}`}
              type="button"
              role="tab"
              aria-selected={view === tab.id}
              aria-controls={`panel-${tab.id}`}
              tabIndex={view === tab.id ? 0 : -1}
              className="tab"
              onClick={() => show(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </div>
      {TABS.map(({ id, Panel }) => (
        <div
          key={id}
          id={`panel-${id}`}
          role="tabpanel"
          aria-labelledby={`tab-${id}`}
          className="pane-scroll"
          hidden={view !== id}
        >
          <Panel />
        </div>
      ))}
    </div>
  )
}
