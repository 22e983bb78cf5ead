import type { EditorView } from '@codemirror/view'
import type { ReactNode } from 'react'
import { moveFocusInToolbar } from '../dom/toolbar-focus'
import { editorFor } from '../editor/editor-registry'
import { insertLink, toggleLinePrefix, toggleWrap } from '../editor/markdown-commands'

// Icons drawn as SVG paths (app-owned markup, not content): fonts differ in which symbols they have.
const ICONS: Record<string, ReactNode> = {
  bullet: (
    <>
      <circle cx="3" cy="4" r="1.3" />
      <circle cx="3" cy="8" r="1.3" />
      <circle cx="3" cy="12" r="1.3" />
      <path d="M6.5 4h8M6.5 8h8M6.5 12h8" />
    </>
  ),
  numbered: (
    <>
      <path d="M2 2.5h1.2v3.5M1.8 6h2.6M6.5 4h8M6.5 8h8M6.5 12h8" />
      <path d="M1.8 9.8c.3-.6 2.4-.8 2.4.4 0 .9-2.4 1.6-2.4 2.6h2.6" />
    </>
  ),
  quote: <path d="M3 3v10M6.5 5h8M6.5 8h8M6.5 11h5" />,
  link: (
    <path d="M6.8 9.2a2.6 2.6 0 0 0 3.7 0l2.3-2.3a2.6 2.6 0 0 0-3.7-3.7l-.9.9M9.2 6.8a2.6 2.6 0 0 0-3.7 0L3.2 9.1a2.6 2.6 0 0 0 3.7 3.7l.9-.9" />
  ),
}

function icon(name: string): ReactNode {
  return (
    <svg
      viewBox="0 0 16 16"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
    >
      {ICONS[name]}
    </svg>
  )
}

const ACTIONS: { label: string; glyph: ReactNode; hint: string; run: (view: EditorView) => boolean }[] = [
  { label: 'Bold', glyph: 'B', hint: 'Bold (Ctrl+B)', run: (view) => toggleWrap(view, '**') },
  { label: 'Italic', glyph: 'I', hint: 'Italic (Ctrl+I)', run: (view) => toggleWrap(view, '*') },
  {
    label: 'Bullet list',
    glyph: icon('bullet'),
    hint: 'Bullet list',
    run: (view) => toggleLinePrefix(view, 'bullet'),
  },
  {
    label: 'Numbered list',
    glyph: icon('numbered'),
    hint: 'Numbered list',
    run: (view) => toggleLinePrefix(view, 'numbered'),
  },
  { label: 'Quote', glyph: icon('quote'), hint: 'Quote', run: (view) => toggleLinePrefix(view, 'quote') },
  { label: 'Link', glyph: icon('link'), hint: 'Link', run: insertLink },
]

/** Markdown formatting for one section's editor. The buttons keep the editor's selection. */
export function FormatToolbar({ sectionId, heading }: { sectionId: string; heading: string }) {
  return (
    <div
      className="format-toolbar"
      role="toolbar"
      aria-label={`Formatting of “${heading}”`}
      onKeyDown={moveFocusInToolbar}
    >
      {ACTIONS.map((action) => (
        <button
          key={action.label}
          type="button"
          className={`format-button format-${action.label.toLowerCase().replace(' ', '-')}`}
          aria-label={action.label}
          title={action.hint}
          // A mouse press would move the focus (and the selection) out of the editor.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const view = editorFor(sectionId)
            if (!view) return
            action.run(view)
            // Typing goes on where the formatting was applied.
            view.focus()
          }}
        >
          <span aria-hidden="true">{action.glyph}</span>
        </button>
      ))}
    </div>
  )
}
