import { useId, useState } from 'react'
import type { ClipboardEvent, KeyboardEvent } from 'react'
import { carriesFiles } from '../dom/useFileDrop'
import { ARTICLE_ACCEPT } from '../../main/common/article-files'
import { parseArticleAddress } from '../state/article-input'
import { useAppState, useServices } from '../state/useAppState'

/** Articles, and a saved brief (which opens as a brief). */
const ACCEPT = `.brief,${ARTICLE_ACCEPT}`

/**
 * Where an article comes from: a file (picked, or dropped anywhere on the window), pasted text, or
 * a web address. Pasting opens the article at once and Enter in the address opens it, so the next
 * step is always Draft brief; what was typed stays in its field when it cannot be opened.
 */
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
  const openText = async (value: string) => {
    if (!value.trim()) {
      workspace.notify('error', 'There is no text to open: paste the article’s text into the box first.')
      return
    }
    if (await workspace.openArticle({ kind: 'text', text: value })) setText('')
  }
  const openUrl = async () => {
    const parsed = parseArticleAddress(url)
    if ('error' in parsed) {
      workspace.notify('error', parsed.error)
      return
    }
    if (await workspace.openArticle({ kind: 'url', url: parsed.url })) setUrl('')
  }
  const openTyped = () => {
    if (text.trim()) void openText(text)
    else if (url.trim()) void openUrl()
    else
      workspace.notify('error', 'Choose or drop a file, paste the article’s text, or give its web address.')
  }
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (busy) return
    const field = event.currentTarget
    const pasted = event.clipboardData.getData('text/plain')
    if (!pasted.trim()) {
      event.preventDefault()
      workspace.notify('error', 'The clipboard holds no text: copy the article’s text, then paste it here.')
      return
    }
    const next = field.value.slice(0, field.selectionStart) + pasted + field.value.slice(field.selectionEnd)
    void openText(next)
  }
  const onTextKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      void openText(text)
    }
  }

  return (
    <div className="article-source">
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          if (carriesFiles(event.dataTransfer)) setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        // The window opens the dropped file (see useFileDrop); the zone only shows where to drop.
        onDrop={() => setDragging(false)}
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
          placeholder="Headline on the first line, then the article… (pasting opens it)"
          aria-describedby={`${id}-text-hint`}
          onChange={(event) => setText(event.currentTarget.value)}
          onPaste={onPaste}
          onKeyDown={onTextKeyDown}
        />
        <p id={`${id}-text-hint`} className="visually-hidden">
          Pasting opens the article. After typing, press Control+Enter or Open article.
        </p>
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
              if (event.key === 'Enter') {
                event.preventDefault()
                void openUrl()
              }
            }}
          />
          <button type="button" disabled={busy} onClick={openTyped}>
            Open article
          </button>
        </div>
      </div>
    </div>
  )
}
