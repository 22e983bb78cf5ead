import { useMemo } from 'react'
import { parsePositions, positionRows } from '../state/positions'
import { useAppState, useServices } from '../state/useAppState'
import { positionsSection } from '../state/workspace-edits'
import { ActorRow } from './ActorRow'

/**
 * Where each actor stands: the actors that speak or are quoted, a one-line stance each, their
 * quotes. Edits here rewrite the `### Actor` subsections of the Positions section.
 */
export function PositionsView() {
  const { edits } = useServices()
  const section = useAppState((state) => (state.doc.brief ? positionsSection(state.doc.brief) : undefined))
  const articles = useAppState((state) => state.session.articles)
  const rows = useMemo(
    () =>
      positionRows(
        parsePositions(section?.body ?? ''),
        articles.map((item) => ({ sourceId: item.article.id, analysis: item.analysis })),
      ),
    [section?.body, articles],
  )

  if (!section) {
    return (
      <div className="pane-empty">
        <p>This brief has no Positions section.</p>
        <button type="button" onClick={edits.addPositionsSection}>
          Add a Positions section
        </button>
      </div>
    )
  }
  return (
    <div className="positions-view">
      <p className="muted small-text positions-intro">
        One line per actor. Your edits rewrite the actors’ subsections of “{section.heading}”; quotes keep
        their attribution.
      </p>
      {rows.length === 0 ? (
        <p className="pane-empty">
          No actor speaks in the open articles, and “{section.heading}” has no ### subsections yet.
        </p>
      ) : (
        <table className="positions-table" aria-label="Actors and their positions">
          <thead>
            <tr>
              <th scope="col">Actor</th>
              <th scope="col">Stance and quotes</th>
              <th scope="col">
                <span className="visually-hidden">In the brief</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <ActorRow key={row.actor} row={row} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
