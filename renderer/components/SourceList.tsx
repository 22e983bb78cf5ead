import { useId, useState } from 'react'
import type { Source } from '../../main/brief/schema'
import { formatDate } from '../../main/common/dates'
import { SOURCE_FIELD_LIMITS } from '../state/source-edits'
import type { SourceField } from '../state/source-edits'
import { useAppState, useServices } from '../state/useAppState'
import './StartFlows.css'

const NO_SOURCES: readonly Source[] = []

const FIELDS: { field: SourceField; label: string; hint?: string }[] = [
  { field: 'title', label: 'Title' },
  { field: 'outlet', label: 'Outlet' },
  { field: 'byline', label: 'Byline' },
  { field: 'date', label: 'Published', hint: 'yyyy-mm-dd prints as “14 March 2025”.' },
  { field: 'url', label: 'Web address' },
  { field: 'retrievedAt', label: 'Retrieved' },
]

/**
 * The brief's sources as the Sources section prints them (numbered, after the section's own text),
 * each with the fields behind it to edit. Edits go into the brief's sources, so the PDF follows.
 */
export function SourceList() {
  const sources = useAppState((state) => state.doc.brief?.sources ?? NO_SOURCES)
  return (
    <div className="source-list">
      {sources.length === 0 ? (
        <p className="muted small-text">No sources are listed: the PDF says so here.</p>
      ) : (
        <ol aria-label="Sources as printed">
          {sources.map((source, index) => (
            <SourceItem key={source.id} source={source} number={index + 1} />
          ))}
        </ol>
      )}
    </div>
  )
}

function present(value: string | null): string | null {
  const clean = value?.replace(/\s+/g, ' ').trim() ?? ''
  return clean === '' ? null : clean
}

/** One entry, in the words and order of the PDF's (main/pdf/sources.ts), and its fields. */
function SourceItem({ source, number }: { source: Source; number: number }) {
  const { edits } = useServices()
  const [open, setOpen] = useState(false)
  const id = useId()
  const title = present(source.title) ?? 'Untitled source'
  const outlet = present(source.outlet)
  const details = [present(source.byline), present(source.date) && formatDate(present(source.date) ?? '')]
  const rest = details.filter((detail): detail is string => Boolean(detail))
  const url = present(source.url)
  const retrieved = present(source.retrievedAt)
  return (
    <li className="source-item">
      <p className="source-printed">
        <strong>{/[.?!]$/.test(title) ? title : `${title}.`}</strong>
        {outlet && (
          <>
            {' '}
            <em>{outlet}</em>
          </>
        )}
        {rest.length > 0 && `${outlet ? ', ' : ' '}${rest.join(', ')}`}
        {(outlet || rest.length > 0) && '.'}
        {(url || retrieved) && <br />}
        {url && <span className="source-url">{url}</span>}
        {retrieved && `${url ? ' · ' : ''}Retrieved ${formatDate(retrieved)}.`}
      </p>
      <button
        type="button"
        className="link-button small-text"
        aria-expanded={open}
        aria-controls={`${id}-fields`}
        onClick={() => setOpen(!open)}
      >
        Edit <span className="visually-hidden">source {number}</span>
      </button>
      {open && (
        <fieldset id={`${id}-fields`} className="source-fields-grid">
          <legend className="visually-hidden">Source {number}</legend>
          {FIELDS.map(({ field, label, hint }) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{label}</label>
              <input
                id={`${id}-${field}`}
                type="text"
                data-document-field
                maxLength={SOURCE_FIELD_LIMITS[field]}
                value={source[field] ?? ''}
                aria-describedby={hint ? `${id}-${field}-hint` : undefined}
                onChange={(event) => edits.setSource(source.id, field, event.currentTarget.value)}
              />
              {hint && (
                <p id={`${id}-${field}-hint`} className="muted small-text">
                  {hint}
                </p>
              )}
            </div>
          ))}
        </fieldset>
      )}
    </li>
  )
}
