import { useState } from 'react'
import { BRIEF_LIMITS } from '../../main/common/limits'
import type { Ref } from 'react'
import { editorFor } from '../editor/editor-registry'
import { useServices } from '../state/useAppState'

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * A section's heading, renamed as the user types. The brief keeps the heading trimmed and never
 * empty, so the field shows what is typed (spaces, an emptied field) until it agrees with the brief.
 */
export function HeadingField({
  id,
  heading,
  index,
  inputRef,
}: {
  id: string
  heading: string
  index: number
  inputRef?: Ref<HTMLInputElement>
}) {
  const { edits } = useServices()
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft !== null && (normalize(draft) === heading || normalize(draft) === '') ? draft : heading
  return (
    <input
      ref={inputRef}
      className="heading-input"
      aria-label={`Heading of section ${index + 1}`}
      data-document-field
      maxLength={BRIEF_LIMITS.sectionHeading}
      value={shown}
      onChange={(event) => {
        setDraft(event.currentTarget.value)
        edits.renameSection(id, event.currentTarget.value)
      }}
      onBlur={() => setDraft(null)}
      onKeyDown={(event) => {
        // Enter goes on to the text, as in a word processor.
        if (event.key === 'Enter') {
          event.preventDefault()
          editorFor(id)?.focus()
        }
      }}
    />
  )
}
