import { useEffect } from 'react'
import { useAppState, useServices } from '../state/useAppState'

const INFO_MS = 8000

/**
 * Long work with its progress bar and Cancel button, or the last message (errors stay until dismissed),
 * over the preview while a brief is open.
 */
export function StatusBar() {
  const { store, workspace } = useServices()
  const task = useAppState((state) => state.ui.task)
  const notice = useAppState((state) => state.ui.notice)
  const editing = useAppState((state) => state.doc.brief !== null && state.ui.main.kind === 'document')

  // Information fades after a while; errors wait for the user.
  useEffect(() => {
    if (notice?.kind !== 'info') return
    const timer = setTimeout(() => {
      if (store.getState().ui.notice?.id === notice.id) store.dispatch({ type: 'notice', notice: null })
    }, INFO_MS)
    return () => clearTimeout(timer)
  }, [notice, store])

  return (
    <div className={editing ? 'status-bar over-preview' : 'status-bar'}>
      {task ? (
        <div className="task" role="status">
          <span className="task-label">{task.label}…</span>
          <progress className="task-progress" aria-label={task.label} />
          {task.cancellable && (
            <button type="button" className="small" onClick={workspace.cancelTask}>
              Cancel
            </button>
          )}
        </div>
      ) : notice ? (
        <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span className="notice-text">{notice.text}</span>
          <button
            type="button"
            className="small quiet"
            aria-label="Dismiss message"
            onClick={() => store.dispatch({ type: 'notice', notice: null })}
          >
            ✕
          </button>
        </div>
      ) : (
        <div className="notice" role="status" />
      )}
    </div>
  )
}
