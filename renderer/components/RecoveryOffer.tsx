import { useAppState, useServices } from '../state/useAppState'

/**
 * Offers back briefs left unsaved by a window or tab that has gone (closed, crashed, or Briefwright
 * stopped). Briefs still open in another window are not offered: their sessions keep beating.
 */
export function RecoveryOffer() {
  const { workspace } = useServices()
  const entries = useAppState((state) => state.session.recovery)
  if (entries.length === 0) return null
  return (
    <section className="recovery card" aria-label="Recover unsaved work">
      <h2>Recover unsaved work</h2>
      <p className="muted">
        These briefs had unsaved changes when their window closed or Briefwright stopped. Restore one to go on
        editing it.
      </p>
      <ul>
        {entries.map((entry) => {
          const title = entry.title || 'Untitled brief'
          return (
            <li key={entry.id}>
              <span>
                <strong>{title}</strong>{' '}
                <span className="muted">
                  last changed{' '}
                  {new Date(entry.savedAt).toLocaleString(undefined, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </span>
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
