import { useAppState, useServices } from '../state/useAppState'

/**
 * Briefs opened or saved lately. A browser keeps no paths, so an entry reminds the user of the name
 * and opens the file picker; the desktop's File › Open Recent opens them directly.
 */
export function RecentList() {
  const { run } = useServices()
  const recent = useAppState((state) => state.session.recent)
  return (
    <section className="card start-side" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent briefs</h2>
      {recent.length === 0 ? (
        <p className="muted">Briefs you save or open appear here.</p>
      ) : (
        <ul className="recent-list">
          {recent.map((entry) => (
            <li key={`${entry.name}-${entry.openedAt}`}>
              <button type="button" className="recent-item" onClick={() => run('open')}>
                <span className="recent-name">{entry.name}</span>
                <span className="muted small-text">{new Date(entry.openedAt).toLocaleDateString()}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="open-brief" onClick={() => run('open')}>
        Open a brief…
      </button>
    </section>
  )
}
