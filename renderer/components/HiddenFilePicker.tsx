import type { RefObject } from 'react'

/**
 * A file input kept out of sight and out of the Tab order, clicked by a command (Open…, Add
 * article…); the chosen file goes to `onFile`, and choosing the same file again works.
 */
export function HiddenFilePicker({
  inputRef,
  accept,
  label,
  onFile,
}: {
  inputRef: RefObject<HTMLInputElement | null>
  accept: string
  label: string
  onFile: (file: File) => void
}) {
  return (
    <input
      ref={inputRef}
      className="visually-hidden"
      type="file"
      accept={accept}
      tabIndex={-1}
      aria-label={label}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0]
        event.currentTarget.value = ''
        if (file) onFile(file)
      }}
    />
  )
}
