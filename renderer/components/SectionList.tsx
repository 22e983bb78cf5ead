import { useState } from 'react'
import type { Section } from '../../main/brief/schema'
import { pinnedSection } from '../state/section-order'
import { useAppState, useServices } from '../state/useAppState'
import { SectionCard } from './SectionCard'

const NO_SECTIONS: Section[] = []

/** The brief's sections, in order: add, remove, rename, reorder (drag, Alt+arrows, buttons), edit. */
export function SectionList() {
  const { edits } = useServices()
  const brief = useAppState((state) => state.doc.brief)
  const sections = brief?.sections ?? NO_SECTIONS
  const template = useAppState((state) => state.session.template)
  const pin = pinnedSection(brief, template)
  const [drag, setDrag] = useState<{ id: string; before: number | null } | null>(null)

  const guidanceOf = (section: Section) =>
    template?.sections.find((candidate) => candidate.id === section.id)?.guidance ??
    template?.sections.find((candidate) => candidate.kind === section.kind && section.kind !== 'custom')
      ?.guidance ??
    'Write this section in Markdown: **bold**, *italic*, - lists, > quotes.'

  const drop = () => {
    if (drag && drag.before !== null) {
      const from = sections.findIndex((section) => section.id === drag.id)
      edits.moveSectionTo(drag.id, drag.before > from ? drag.before - 1 : drag.before)
    }
    setDrag(null)
  }

  return (
    <div className="section-list-view">
      <div className="list-toolbar">
        <p className="muted small-text">
          {sections.length} section{sections.length === 1 ? '' : 's'} · drag ⠿ or press Alt+↑/↓ to reorder
        </p>
        <button type="button" className="small" onClick={() => edits.addSection()}>
          Add section
        </button>
      </div>
      <ol className="section-list" aria-label="Sections">
        {sections.map((section, index) => (
          <SectionCard
            key={section.id}
            section={section}
            index={index}
            count={sections.length}
            guidance={guidanceOf(section)}
            pin={pin}
            dropHint={
              drag && drag.id !== section.id
                ? drag.before === index
                  ? 'before'
                  : drag.before === index + 1
                    ? 'after'
                    : null
                : null
            }
            onDragStart={() => setDrag({ id: section.id, before: null })}
            onDragOver={(after) => drag && setDrag({ id: drag.id, before: after ? index + 1 : index })}
            onDrop={drop}
            onDragEnd={() => setDrag(null)}
          />
        ))}
      </ol>
      {sections.length === 0 && (
        <p className="pane-empty">This brief has no sections. Add one to start writing.</p>
      )}
    </div>
  )
}
