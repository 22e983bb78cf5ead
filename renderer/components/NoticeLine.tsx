import type { Notice } from '../state/useWorkspace'

/** What is happening or what went wrong, announced to screen readers. */
export function NoticeLine({ notice, busy }: { notice: Notice | null; busy: string | null }) {
  if (busy) {
    return (
      <p className="notice" role="status">
        {busy}…
      </p>
    )
  }
  if (!notice) return <p className="notice" role="status" />
  return (
    <p className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      {notice.text}
    </p>
  )
}
