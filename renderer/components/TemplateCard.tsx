import { useId, useState } from 'react'
import type { FormEvent } from 'react'
import { TEMPLATE_LIMITS } from '../../main/common/limits'
import type { TemplateListing } from '../state/useTemplates'
import type { TemplateThumbnail as Thumbnail } from '../state/useTemplatesPreviews'
import { TemplateThumbnail } from './TemplateThumbnail'

export type TemplateCardActions = {
  onRename(id: string, name: string): Promise<boolean>
  onDuplicate(id: string): void
  onDelete(id: string): void
  onExport(id: string): void
  /** Opens the template in the style editor (built-ins open read-only). */
  onEdit?(id: string): void
}

const THUMBNAIL_WIDTH = 220

function RenameForm({
  listing,
  onRename,
  onDone,
}: {
  listing: TemplateListing
  onRename: TemplateCardActions['onRename']
  onDone(): void
}) {
  const [name, setName] = useState(listing.name)
  const id = useId()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (await onRename(listing.id, name)) onDone()
  }
  return (
    <form
      className="tm-rename"
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        // Escape cancels the rename (and is used up: it does not also leave the Templates view).
        if (event.key !== 'Escape') return
        event.preventDefault()
        onDone()
      }}
    >
      <label htmlFor={id}>New name for {listing.name}</label>
      <input
        id={id}
        value={name}
        maxLength={TEMPLATE_LIMITS.name}
        autoFocus
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <div className="tm-actions">
        <button type="submit" className="primary" disabled={!name.trim()}>
          Save name
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/** One template: its first page, name, origin, and what can be done with it. A broken file shows its error. */
export function TemplateCard(
  props: { listing: TemplateListing; thumbnail: Thumbnail | undefined; busy: boolean } & TemplateCardActions,
) {
  const { listing, thumbnail, busy } = props
  const [renaming, setRenaming] = useState(false)
  const headingId = useId()
  if (listing.error) {
    return (
      <li className="tm-card tm-card-broken" aria-labelledby={headingId}>
        <div className="tm-thumbnail tm-thumbnail-broken" aria-hidden="true">
          <span>!</span>
        </div>
        <div className="tm-card-body">
          <h3 id={headingId} className="tm-card-title">
            {listing.name}
          </h3>
          <p className="tm-error" role="note">
            This template cannot be used: {listing.error}
          </p>
          <p className="tm-muted">The file is left as it is in the templates folder.</p>
        </div>
      </li>
    )
  }
  return (
    <li className="tm-card" aria-labelledby={headingId}>
      {thumbnail?.bytes ? (
        <TemplateThumbnail
          bytes={thumbnail.bytes}
          width={THUMBNAIL_WIDTH}
          label={`First page of ${listing.name}`}
        />
      ) : (
        <div className="tm-thumbnail">
          <div className="tm-thumbnail-page tm-thumbnail-empty">
            <span className="tm-muted">
              {thumbnail?.error ? `No preview: ${thumbnail.error}` : 'Drawing…'}
            </span>
          </div>
        </div>
      )}
      <div className="tm-card-body">
        <div className="tm-card-heading">
          <h3 id={headingId} className="tm-card-title">
            {listing.name}
          </h3>
          <span className={listing.builtIn ? 'tm-badge' : 'tm-badge tm-badge-user'}>
            {listing.builtIn ? 'Built-in' : 'Yours'}
          </span>
        </div>
        {listing.description && <p className="tm-description">{listing.description}</p>}
        {renaming ? (
          <RenameForm listing={listing} onRename={props.onRename} onDone={() => setRenaming(false)} />
        ) : (
          <div className="tm-actions" role="group" aria-label={`Actions for ${listing.name}`}>
            {props.onEdit && (
              <button
                type="button"
                onClick={() => props.onEdit?.(listing.id)}
                aria-label={`${listing.builtIn ? 'View' : 'Edit'} style of ${listing.name}`}
              >
                {listing.builtIn ? 'View style' : 'Edit style'}
              </button>
            )}
            {!listing.builtIn && (
              <button
                type="button"
                disabled={busy}
                onClick={() => setRenaming(true)}
                aria-label={`Rename ${listing.name}`}
              >
                Rename
              </button>
            )}
            <button
              type="button"
              disabled={busy}
              onClick={() => props.onDuplicate(listing.id)}
              aria-label={`Duplicate ${listing.name}`}
            >
              Duplicate
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => props.onExport(listing.id)}
              aria-label={`Export ${listing.name}`}
            >
              Export
            </button>
            {!listing.builtIn && (
              <button
                type="button"
                className="tm-danger"
                disabled={busy}
                onClick={() => props.onDelete(listing.id)}
                aria-label={`Delete ${listing.name}`}
              >
                Delete
              </button>
            )}
          </div>
        )}
      </div>
    </li>
  )
}
