import type { EditorView } from '@codemirror/view'
import { useRef, useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import { editorFor } from '../editor/editor-registry'
import { insertLink, toggleLinePrefix, toggleWrap } from '../editor/markdown-commands'
import { EstimativeMenu } from './EstimativeMenu'

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

/** Where an arrow, Home or End key moves the focus among `count` buttons; null for other keys. */
export function rovingTarget(key: string, current: number, count: number): number | null {
  const targets: Record<string, number> = {
    ArrowRight: (current + 1) % count,
    ArrowLeft: (current - 1 + count) % count,
    Home: 0,
    End: count - 1,
  }
  return key in targets ? targets[key] : null
}

/**
 * Markdown formatting for one section's editor: one Tab stop, arrows, Home and End inside (the ARIA
 * toolbar pattern's roving tabindex), so that a section costs one stop for its toolbar, not six.
 * The buttons keep the editor's selection.
 */
export function FormatToolbar({ sectionId, heading }: { sectionId: string; heading: string }) {
  // The button Tab comes back to: the one last used.
  const [current, setCurrent] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // The estimative-language menu's button is the last stop of the toolbar.
    const next = rovingTarget(event.key, current, ACTIONS.length + 1)
    if (next === null) return
    event.preventDefault()
    setCurrent(next)
    buttons.current[next]?.focus()
  }
  return (
    <div
      className="format-toolbar"
      role="toolbar"
      aria-label={`Formatting of “${heading}”`}
      onKeyDown={onKeyDown}
    >
      {ACTIONS.map((action, index) => (
        <button
          key={action.label}
          ref={(element) => {
            buttons.current[index] = element
          }}
          type="button"
          tabIndex={index === current ? 0 : -1}
          className={`format-button format-${action.label.toLowerCase().replace(' ', '-')}`}
          aria-label={action.label}
          title={action.hint}
          // A mouse press would move the focus (and the selection) out of the editor.
          onMouseDown={(event) => event.preventDefault()}
          onFocus={() => setCurrent(index)}
          onClick={() => {
            setCurrent(index)
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
      <EstimativeMenu
        sectionId={sectionId}
        buttonRef={(element) => {
          buttons.current[ACTIONS.length] = element
        }}
        tabIndex={current === ACTIONS.length ? 0 : -1}
        onFocus={() => setCurrent(ACTIONS.length)}
      />
    </div>
  )
}
