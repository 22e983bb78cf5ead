import { useId } from 'react'
import { BRIEF_LIMITS } from '../../main/common/limits'
import type { EditableMeta } from '../state/brief-edits'
import { useAppState, useServices } from '../state/useAppState'
import { SourceList } from './SourceList'

const FIELDS: { key: keyof EditableMeta; label: string; type?: string; hint?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'subtitle', label: 'Subtitle' },
  { key: 'author', label: 'Author' },
  {
    key: 'organization',
    label: 'Organization',
    hint: 'Printed in the band at the top of page 1 and, where the template’s footer has it, in the page footer.',
  },
  { key: 'date', label: 'Date', type: 'date' },
  {
    key: 'marking',
    label: 'Marking',
    hint: 'Printed at the top and bottom of every page; leave empty for none.',
  },
]

const MARKINGS = ['UNCLASSIFIED', 'INTERNAL', 'CONFIDENTIAL', 'NOT FOR DISTRIBUTION', 'DRAFT']

/** The brief's title, subtitle, author, organization, date and marking. Each edit is an undo step. */
export function MetaForm() {
  const { edits } = useServices()
  const meta = useAppState((state) => state.doc.brief?.meta)
  const id = useId()
  if (!meta) return null
  return (
    <div className="meta-form">
      <form aria-label="Brief details" onSubmit={(event) => event.preventDefault()}>
        {FIELDS.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <input
              id={`${id}-${field.key}`}
              type={field.type ?? 'text'}
              data-document-field
              maxLength={BRIEF_LIMITS[field.key]}
              list={field.key === 'marking' ? `${id}-markings` : undefined}
              aria-describedby={field.hint ? `${id}-${field.key}-hint` : undefined}
              value={meta[field.key]}
              onChange={(event) => edits.setMeta(field.key, event.currentTarget.value)}
            />
            {field.hint && (
              <p id={`${id}-${field.key}-hint`} className="muted small-text">
                {field.hint}
              </p>
            )}
          </div>
        ))}
        <datalist id={`${id}-markings`}>
          {MARKINGS.map((marking) => (
            <option key={marking} value={marking} />
          ))}
        </datalist>
      </form>
      <section className="sources-list" aria-labelledby={`${id}-sources`}>
        <h3 id={`${id}-sources`}>Sources</h3>
        <SourceList />
      </section>
    </div>
  )
}
