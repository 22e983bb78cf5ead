import type { RecoveryEntry } from '../../main/files/app-data-schema'

/** Offers back briefs that were being edited when the app last stopped without saving. */
export function RecoveryBanner(props: {
  entries: RecoveryEntry[]
  onRecover: (entry: RecoveryEntry, keep: boolean) => void
}) {
  if (props.entries.length === 0) return null
  return (
    <section className="recovery" aria-label="Unsaved briefs">
      {props.entries.map((entry) => (
        <p key={entry.id}>
          Unsaved brief “{entry.title || 'Untitled'}” from {new Date(entry.savedAt).toLocaleString()}.{' '}
          <button type="button" onClick={() => props.onRecover(entry, true)}>
            Recover
          </button>{' '}
          <button type="button" onClick={() => props.onRecover(entry, false)}>
            Discard
          </button>
        </p>
      ))}
    </section>
  )
}
