import { useEffect, useId, useLayoutEffect, useRef } from 'react'
import type { DragEvent, KeyboardEvent } from 'react'
import type { Section } from '../../main/brief/schema'
import { caretOf, editorFor } from '../editor/editor-registry'
import type { Pin } from '../state/section-order'
import { wordCount } from '../editor/markdown-commands'
import { useAppState, useServices } from '../state/useAppState'
import { FormatToolbar } from './FormatToolbar'
import { HeadingField } from './HeadingField'
import { SectionEditor } from './SectionEditor'
import { SourceList } from './SourceList'

const DRAG_TYPE = 'application/x-briefwright-section'

/** One section: its heading, move and remove buttons, formatting toolbar, editor and word count. */
export function SectionCard(props: {
  section: Section
  index: number
  count: number
  guidance: string
  /** The brief's pinned section, if any: it does not move and nothing moves above it. */
  pin: Pin | null
  dropHint: 'before' | 'after' | null
  onDragStart: () => void
  onDragOver: (after: boolean) => void
  onDrop: () => void
  onDragEnd: () => void
}) {
  const { section, index, count, pin } = props
  const pinned = pin?.sectionId === section.id
  const canMoveUp = index > 0 && !pinned && !(pin && index === 1)
  const canMoveDown = index < count - 1 && !pinned
  const pinNote = useId()
  const { store, edits } = useServices()
  const active = useAppState((state) => state.ui.activeSectionId === section.id)
  const focusRequest = useAppState((state) =>
    state.ui.focusRequest?.sectionId === section.id ? state.ui.focusRequest : null,
  )
  const card = useRef<HTMLLIElement>(null)
  const heading = useRef<HTMLInputElement>(null)
  // React may move the card's DOM node when the order changes, which drops the focus: put it back
  // (in the text, through its editor: the focused element is inside the editor's shadow root).
  const refocus = useRef<HTMLElement | null>(null)
  useLayoutEffect(() => {
    if (refocus.current?.matches('.editor-host')) editorFor(section.id)?.focus()
    else refocus.current?.focus()
    refocus.current = null
  }, [index, section.id])

  useEffect(() => {
    if (focusRequest?.target !== 'heading') return
    card.current?.scrollIntoView?.({ block: 'nearest' })
    heading.current?.focus()
    heading.current?.select()
  }, [focusRequest])

  const move = (delta: number) => {
    const target = index + delta
    if (target < 0 || target >= count) return
    const focused = document.activeElement
    if (focused instanceof HTMLElement && card.current?.contains(focused)) refocus.current = focused
    // A refused move (the pinned summary) says why itself.
    if (!edits.moveSection(section.id, delta)) return
    store.dispatch({
      type: 'notice',
      notice: { kind: 'info', text: `Moved “${section.heading}” to position ${target + 1} of ${count}.` },
    })
  }
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return
    // In the text the editor's own keymap moves the section (see section-keymap.ts).
    if ((event.target as Element).closest('.editor-host')) return
    event.preventDefault()
    move(event.key === 'ArrowUp' ? -1 : 1)
  }
  const onDragOver = (event: DragEvent<HTMLLIElement>) => {
    if (!event.dataTransfer.types.includes(DRAG_TYPE)) return
    event.preventDefault()
    const box = event.currentTarget.getBoundingClientRect()
    props.onDragOver(event.clientY > box.top + box.height / 2)
  }
  const words = wordCount(section.body)
  const classes = ['section-card', active ? 'active' : '', props.dropHint ? `drop-${props.dropHint}` : '']

  return (
    <li
      ref={card}
      className={classes.filter(Boolean).join(' ')}
      aria-label={section.heading}
      aria-describedby={pinned ? pinNote : undefined}
      data-section-id={section.id}
      onKeyDown={onKeyDown}
      onFocus={() => store.dispatch({ type: 'active-section', id: section.id })}
      onDragOver={onDragOver}
      onDrop={(event) => {
        event.preventDefault()
        props.onDrop()
      }}
    >
      <div className="section-header">
        <button
          type="button"
          className="drag-handle"
          // Out of the Tab order: it is for the mouse; Alt+↑/↓ anywhere in the card and the move
          // buttons are its keyboard equivalents, so it would be a stop that does nothing.
          tabIndex={-1}
          draggable={!pinned}
          aria-label={`Reorder “${section.heading}”`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          aria-disabled={pinned}
          title={pinned ? pin.reason : 'Drag to reorder, or press Alt+↑ / Alt+↓'}
          onDragStart={(event) => {
            event.dataTransfer.setData(DRAG_TYPE, section.id)
            event.dataTransfer.effectAllowed = 'move'
            props.onDragStart()
          }}
          onDragEnd={props.onDragEnd}
        >
          ⠿
        </button>
        <HeadingField id={section.id} heading={section.heading} index={index} inputRef={heading} />
        <div className="section-actions">
          <button
            type="button"
            className="icon"
            aria-label={`Move “${section.heading}” up`}
            aria-disabled={!canMoveUp}
            title="Move up (Alt+↑)"
            onClick={() => move(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon"
            aria-label={`Move “${section.heading}” down`}
            aria-disabled={!canMoveDown}
            title="Move down (Alt+↓)"
            onClick={() => move(1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="icon danger-text"
            aria-label={`Remove “${section.heading}”`}
            title="Remove section (undo brings it back)"
            onClick={() => edits.removeSection(section.id)}
          >
            ✕
          </button>
        </div>
      </div>
      {pinned && (
        <p id={pinNote} className="muted small-text pin-note">
          Pinned first. {pin.reason}
        </p>
      )}
      <FormatToolbar sectionId={section.id} heading={section.heading} />
      <SectionEditor section={section} guidance={props.guidance} focusRequest={focusRequest} onMove={move} />
      {section.kind === 'sources' && <SourceList />}
      <div className="section-footer small-text">
        {/* The sources list is not counted: only the section's own text is. */}
        {(section.kind !== 'sources' || words > 0) && (
          <span aria-live="off">
            {words} word{words === 1 ? '' : 's'}
          </span>
        )}
        {section.provenance.length > 0 && (
          <>
            <span aria-hidden="true">·</span>
            <span>
              {section.provenance.length} passage{section.provenance.length === 1 ? '' : 's'} from the article
            </span>
            <button
              type="button"
              className="link-button"
              onClick={() => edits.showInArticle(section.id, caretOf(section.id) ?? 0, true)}
            >
              Show in article
            </button>
          </>
        )}
      </div>
    </li>
  )
}
