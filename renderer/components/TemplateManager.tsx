import { useId, useRef } from 'react'
import type { ChangeEvent } from 'react'
import type { TemplatesApi } from '../state/useTemplates'
import { useTemplates } from '../state/useTemplates'
import { useTemplatesPreviews } from '../state/useTemplatesPreviews'
import { TemplateCard } from './TemplateCard'
import { TemplateNotice } from './TemplateNotice'
import './TemplateManager.css'

/**
 * The template gallery with its management actions: each template's first page (drawn from the
 * sample brief), rename, duplicate, delete with undo, import from a file and export as a download.
 * Built-in templates are read-only: they can be viewed, duplicated and exported.
 */
export function TemplateManager({ api, onEdit }: { api: TemplatesApi; onEdit?: (id: string) => void }) {
  const templates = useTemplates(api)
  const thumbnails = useTemplatesPreviews(api, templates.listings, templates.revision)
  const input = useRef<HTMLInputElement>(null)
  const headingId = useId()
  const inputId = useId()

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0]
    // Cleared at once, so that choosing the same file again imports it again.
    event.currentTarget.value = ''
    if (file) await templates.importFile(file)
  }

  const yours = templates.listings.filter((listing) => !listing.builtIn).length
  return (
    <section className="tm-gallery" aria-labelledby={headingId}>
      <header className="tm-header">
        <div>
          <h2 id={headingId}>Templates</h2>
          <p className="tm-muted">
            {templates.loading
              ? 'Loading templates…'
              : `${templates.listings.length - yours} built-in · ${yours} of your own. Built-in templates are read-only: duplicate one to change it.`}
          </p>
        </div>
        <div className="tm-header-actions">
          <input
            ref={input}
            id={inputId}
            className="tm-file-input"
            type="file"
            accept=".brieftemplate,application/json"
            aria-label="Import a template file"
            onChange={(event) => void onImport(event)}
          />
          <button
            type="button"
            className="primary"
            disabled={templates.busy}
            onClick={() => input.current?.click()}
          >
            Import template…
          </button>
        </div>
      </header>
      <ul className="tm-grid" aria-label="Templates" aria-busy={templates.loading}>
        {templates.listings.map((listing) => (
          <TemplateCard
            key={`${listing.builtIn ? 'b' : 'u'}:${listing.id}`}
            listing={listing}
            thumbnail={thumbnails[listing.id]}
            busy={templates.busy}
            onRename={templates.rename}
            onDuplicate={(id) => void templates.duplicate(id)}
            onDelete={(id) => void templates.remove(id)}
            onExport={(id) => void templates.exportTemplate(id)}
            onEdit={onEdit}
          />
        ))}
      </ul>
      <TemplateNotice
        notice={templates.notice}
        busy={templates.busy}
        onUndo={() => void templates.undoDelete()}
        onDismiss={templates.dismissNotice}
      />
    </section>
  )
}
