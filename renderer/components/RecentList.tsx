import { useId } from 'react'
import type { RecentEntry } from '../../main/files/app-data-schema'
import { useAppState, useServices } from '../state/useAppState'
import './StartFlows.css'

/**
 * Briefs opened or saved lately, by title. A browser keeps no paths and lets a page open only a file
 * the user picks, so an entry without a path says so and opens the file picker; the desktop's
 * File › Open Recent opens them directly.
 */
export function RecentList() {
  const { run, workspace } = useServices()
  const recent = useAppState((state) => state.session.recent)
  const hintId = useId()
  const browserOnly = recent.some((entry) => entry.path === null)
  const reopen = (entry: RecentEntry) => {
    if (entry.path === null)
      workspace.notify(
        'info',
        `Pick “${entry.name}” in the file picker: a browser lets a page open only the files you choose.`,
      )
    run('open')
  }
  return (
    <section className="card start-side" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent briefs</h2>
      {recent.length === 0 ? (
        <p className="muted">Briefs you save or open appear here.</p>
      ) : (
        <>
          {browserOnly && (
            <p id={hintId} className="muted small-text">
              In a browser, a recent brief opens from the file picker: pick its file again.
            </p>
          )}
          <ul className="recent-list">
            {recent.map((entry) => (
              <li key={`${entry.name}-${entry.openedAt}`}>
                <button
                  type="button"
                  className={entry.title ? 'recent-item with-title' : 'recent-item'}
                  aria-describedby={entry.path === null ? hintId : undefined}
                  onClick={() => reopen(entry)}
                >
                  <span className="recent-name">{entry.title || entry.name}</span>
                  <span className="muted small-text recent-file">
                    {entry.title ? `${entry.name} · ` : ''}
                    {new Date(entry.openedAt).toLocaleDateString()}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="open-brief" onClick={() => run('open')}>
        Open a brief…
      </button>
    </section>
  )
}
