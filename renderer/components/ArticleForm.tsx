import { useId, useState } from 'react'
import type { RefObject } from 'react'
import type { ArticleInput } from '../state/useWorkspace'

const ACCEPT = '.brief,.txt,.md,.markdown,.html,.htm,.docx,.pdf,text/plain,text/html,application/pdf'

/** Where an article comes from: a file, pasted text or an address. */
export function ArticleForm({
  fileInput,
  busy,
  onOpen,
}: {
  fileInput: RefObject<HTMLInputElement | null>
  busy: boolean
  onOpen: (input: ArticleInput) => void
}) {
  const [file, setFile] = useState<File | null>(null)
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const id = useId()
  return (
    <div className="article-form">
      <h2>Article</h2>
      <label htmlFor={`${id}-file`}>Article file</label>
      <input
        id={`${id}-file`}
        ref={fileInput}
        type="file"
        accept={ACCEPT}
        onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
      />
      <label htmlFor={`${id}-text`}>Or paste the text</label>
      <textarea
        id={`${id}-text`}
        rows={6}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <label htmlFor={`${id}-url`}>Or its address</label>
      <input
        id={`${id}-url`}
        type="url"
        placeholder="https://"
        value={url}
        onChange={(event) => setUrl(event.currentTarget.value)}
      />
      <button type="button" disabled={busy} onClick={() => onOpen({ file, text, url })}>
        Open article
      </button>
    </div>
  )
}
