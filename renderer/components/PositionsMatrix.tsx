import { STANCE_LABELS } from '../../main/common/stance-labels'
import { unescapeInline } from '../state/positions'
import type { MatrixRow } from '../state/positions-matrix'

/**
 * The positions matrix of the section, one row per actor: the stance label to pick, the key words to
 * edit, where it was said. Each change is written into the section's table at once.
 */
export function PositionsMatrix({
  rows,
  onChange,
}: {
  rows: MatrixRow[]
  onChange: (index: number, patch: Partial<MatrixRow>) => void
}) {
  const withSource = rows.some((row) => row.source !== undefined)
  return (
    <table className="positions-table positions-matrix" aria-label="Positions matrix">
      <thead>
        <tr>
          <th scope="col">Actor</th>
          <th scope="col">Stance</th>
          <th scope="col">Key words</th>
          <th scope="col">Where</th>
          {withSource && <th scope="col">Source</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => {
          const actor = unescapeInline(row.actor)
          // A label typed into the text that the list does not have stays selectable as written.
          const labels: string[] = [...STANCE_LABELS]
          if (!labels.includes(row.stance)) labels.push(row.stance)
          return (
            <tr key={`${index}-${actor}`}>
              <th scope="row" className="actor-cell">
                {actor}
              </th>
              <td>
                <select
                  aria-label={`Stance label of ${actor}`}
                  value={row.stance}
                  onChange={(event) => onChange(index, { stance: event.currentTarget.value })}
                >
                  {labels.map((label) => (
                    <option key={label} value={label}>
                      {label || '—'}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="text"
                  className="key-words-field"
                  aria-label={`Key words of ${actor}`}
                  data-document-field
                  value={unescapeInline(row.keyWords)}
                  onChange={(event) => onChange(index, { keyWords: event.currentTarget.value })}
                />
              </td>
              <td className="muted small-text">{row.where}</td>
              {withSource && <td className="muted small-text">{row.source}</td>}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
