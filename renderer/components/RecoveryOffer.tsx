import { useAppState, useServices } from '../state/useAppState'

/** Offers back briefs that were being edited when the app last stopped without saving. */
export function RecoveryOffer() {
  const { workspace } = useServices()
  const entries = useAppState((state) => state.session.recovery)
  if (entries.length === 0) return null
  return (
    <section className="recovery card" aria-label="Recover unsaved work">
      <h2>Recover unsaved work</h2>
      <p className="muted">Briefwright stopped while these briefs had unsaved changes.</p>
      <ul>
        {entries.map((entry) => {
          const title = entry.title || 'Untitled brief'
          return (
            <li key={entry.id}>
              <span>
                <strong>{title}</strong>{' '}
                <span className="muted">autosaved {new Date(entry.savedAt).toLocaleString()}</span>
              </span>
              <span className="row-actions">
                <button type="button" className="primary" onClick={() => void workspace.recover(entry, true)}>
                  Restore <span className="visually-hidden">“{title}”</span>
                </button>
                <button type="button" onClick={() => void workspace.recover(entry, false)}>
                  Discard <span className="visually-hidden">“{title}”</span>
                </button>
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
