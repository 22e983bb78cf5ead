import { useAppState, useServices } from '../state/useAppState'

/** The templates as cards; one is picked for the next draft (a radio group: arrows move the pick). */
export function TemplateGallery() {
  const { store } = useServices()
  const templates = useAppState((state) => state.session.templates)
  const picked = useAppState((state) => state.session.templateId)
  const loaded = useAppState((state) => state.session.loaded)
  if (!loaded) return <p className="muted">Loading templates…</p>
  if (templates.length === 0) return <p className="muted">No templates are installed.</p>
  return (
    <div className="template-grid" role="radiogroup" aria-label="Template">
      {templates.map((template) => (
        <label
          key={template.id}
          className={`template-card${picked === template.id ? ' picked' : ''}${template.error ? ' broken' : ''}`}
        >
          <input
            type="radio"
            name="template"
            value={template.id}
            checked={picked === template.id}
            disabled={Boolean(template.error)}
            onChange={() => store.dispatch({ type: 'pick-template', templateId: template.id })}
          />
          <span className="template-name">
            {template.name}
            {!template.builtIn && <span className="badge">Yours</span>}
          </span>
          <span className="template-description">{template.error ?? template.description}</span>
        </label>
      ))}
    </div>
  )
}
