import { useId, useState } from 'react'
import type { DragEvent } from 'react'
import { useAppState, useServices } from '../state/useAppState'

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.docx,.pdf,.brief,text/plain,text/html,application/pdf'

/** Where an article comes from: a file (picked or dropped), pasted text, or a web address. */
export function ArticleSourceForm() {
  const { workspace } = useServices()
  const busy = useAppState((state) => state.ui.task !== null)
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const [dragging, setDragging] = useState(false)
  const id = useId()

  const openFile = (file: File | undefined) => {
    if (file) void workspace.openFile(file)
  }
  const openTyped = async () => {
    if (text.trim()) {
      if (await workspace.openArticle({ kind: 'text', text })) setText('')
    } else if (url.trim()) {
      if (await workspace.openArticle({ kind: 'url', url: url.trim() })) setUrl('')
    } else {
      workspace.notify('error', 'Choose or drop a file, paste the article’s text, or give its web address.')
    }
  }
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault()
    setDragging(false)
    openFile(event.dataTransfer.files[0])
  }

  return (
    <div className="article-source">
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-title">Drop an article file here</p>
        <p className="muted small-text">Text, Markdown, HTML, Word or PDF — or a saved .brief</p>
        <label className="button" htmlFor={`${id}-file`}>
          Choose a file…
        </label>
        <input
          id={`${id}-file`}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          aria-label="Article file"
          disabled={busy}
          onChange={(event) => {
            openFile(event.currentTarget.files?.[0])
            event.currentTarget.value = ''
          }}
        />
      </div>
      <div className="source-fields">
        <label htmlFor={`${id}-text`}>Or paste the article’s text</label>
        <textarea
          id={`${id}-text`}
          rows={3}
          value={text}
          placeholder="Headline on the first line, then the article…"
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <label htmlFor={`${id}-url`}>Or its web address</label>
        <div className="url-row">
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            onChange={(event) => setUrl(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void openTyped()
            }}
          />
          <button type="button" disabled={busy} onClick={() => void openTyped()}>
            Open article
          </button>
        </div>
      </div>
    </div>
  )
}
