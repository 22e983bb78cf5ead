import { useState } from 'react'
import type { PositionRow } from '../state/positions'
import { unescapeInline } from '../state/positions'
import { useServices } from '../state/useAppState'

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** One actor of the positions table: the stance line to edit, the quotes, in or out of the brief. */
export function ActorRow({ row }: { row: PositionRow }) {
  const { edits } = useServices()
  // The section keeps the stance trimmed; the field shows what is typed until they agree.
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft !== null && normalize(draft) === row.stance ? draft : row.stance
  const speakers = [
    ...new Set(row.quotes.map((quote) => unescapeInline(quote.speaker)).filter(Boolean)),
  ].join('; ')
  return (
    <tr className={row.included ? undefined : 'not-included'}>
      <th scope="row" className="actor-cell">
        <span className="actor-name">{row.actor}</span>
        {speakers && <span className="actor-speakers small-text">{speakers}</span>}
        {!row.included && <span className="badge muted">Not in the brief</span>}
      </th>
      <td className="position-cell">
        {/* A text area that grows with its text: a stance longer than the column is read whole, not cut. */}
        <textarea
          className="stance-field"
          rows={1}
          aria-label={`Stance of ${row.actor}`}
          data-document-field
          placeholder={row.included ? 'Their position in one line' : 'Type a stance to add this actor'}
          value={shown}
          onChange={(event) => {
            setDraft(event.currentTarget.value)
            edits.setStance(row, event.currentTarget.value)
          }}
          onKeyDown={(event) => {
            // A stance is one line of the table: Enter does not break it.
            if (event.key === 'Enter') event.preventDefault()
          }}
          onBlur={() => setDraft(null)}
        />
        {row.quotes.length === 0 ? (
          <p className="muted small-text">No quotes.</p>
        ) : (
          <ul className="actor-quotes">
            {row.quotes.map((quote, index) => (
              <li key={index}>
                <q>{unescapeInline(quote.text)}</q>
                {quote.speaker && <span className="muted"> — {unescapeInline(quote.speaker)}</span>}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td className="row-action">
        {row.included ? (
          <button
            type="button"
            className="small quiet"
            aria-label={`Remove ${row.actor} from the brief`}
            onClick={() => edits.excludeActor(row.actor)}
          >
            Remove
          </button>
        ) : (
          <button
            type="button"
            className="small"
            aria-label={`Add ${row.actor} to the brief`}
            onClick={() => edits.includeActor(row)}
          >
            Add
          </button>
        )}
      </td>
    </tr>
  )
}
