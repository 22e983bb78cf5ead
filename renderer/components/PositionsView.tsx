import { useMemo } from 'react'
import { escapeInline, parsePositions, positionRows, serializePositions } from '../state/positions'
import type { MatrixRow } from '../state/positions-matrix'
import { splitMatrix, withMatrixRow } from '../state/positions-matrix'
import { useAppState, useServices } from '../state/useAppState'
import { positionsSection } from '../state/workspace-edits'
import { ActorRow } from './ActorRow'
import { PositionsMatrix } from './PositionsMatrix'

/**
 * Where each actor stands: the positions matrix the section opens with (stance label, key words,
 * where), then the actors that speak or are quoted, a one-line stance each, their quotes. Edits here
 * rewrite the matrix and the `### Actor` subsections of the Positions section.
 */
export function PositionsView() {
  const { edits } = useServices()
  const section = useAppState((state) => (state.doc.brief ? positionsSection(state.doc.brief) : undefined))
  const articles = useAppState((state) => state.session.articles)
  const doc = useMemo(() => parsePositions(section?.body ?? ''), [section?.body])
  const rows = useMemo(
    () =>
      positionRows(
        doc,
        articles.map((item) => ({ sourceId: item.article.id, analysis: item.analysis })),
      ),
    [doc, articles],
  )
  const matrix = useMemo(() => splitMatrix(doc.intro).rows, [doc])
  const changeMatrix = (index: number, patch: Partial<MatrixRow>) => {
    if (!section) return
    const escaped =
      patch.keyWords === undefined ? patch : { ...patch, keyWords: escapeInline(patch.keyWords) }
    edits.setBody(section.id, serializePositions({ ...doc, intro: withMatrixRow(doc.intro, index, escaped) }))
  }

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
        One line per actor. Your edits rewrite the matrix and the actors’ subsections of “{section.heading}”;
        quotes keep their attribution.
      </p>
      {matrix && matrix.length > 0 && <PositionsMatrix rows={matrix} onChange={changeMatrix} />}
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
