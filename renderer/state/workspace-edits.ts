import type { Brief, Section, Source } from '../../main/brief/schema'
import { BRIEF_LIMITS } from '../../main/common/limits'
import type { AppAction, AppState, OpenedArticle } from './app-state'
import {
  addProvenance,
  addSection,
  addSource,
  moveSection,
  removeSection,
  renameSection,
  setMeta,
  setSectionBody,
} from './brief-edits'
import type { EditableMeta } from './brief-edits'
import {
  escapeInline,
  excludeActor,
  includeActor,
  parsePositions,
  serializePositions,
  setStance,
} from './positions'
import type { PositionRow, PositionsDoc } from './positions'
import { provenanceAt } from './provenance'
import { setSourceField } from './source-edits'
import type { SourceField } from './source-edits'
import { pinnedSection, refusedMove } from './section-order'
import type { Store } from './store'

/** A selection in an article, by offsets into its text. */
export type ArticleSelection = { articleId: string; start: number; end: number }

/** The positions section of a brief: by kind, else by a heading that says so. */
export function positionsSection(brief: Brief): Section | undefined {
  return (
    brief.sections.find((section) => section.kind === 'positions') ??
    brief.sections.find((section) => /position/i.test(section.heading))
  )
}

function sourceOf({ article }: OpenedArticle): Source {
  return {
    id: article.id,
    title: article.meta.title,
    outlet: article.meta.outlet,
    byline: article.meta.byline,
    date: article.meta.published,
    url: article.meta.url,
    retrievedAt: article.meta.retrievedAt,
    // The host hashes the snapshot when it saves the brief.
    text: article.text.length <= BRIEF_LIMITS.sourceText ? article.text : null,
    sha256: null,
  }
}

/** The Markdown of a quote from an article: the words, then who said them (or the source). */
export function quoteMarkdown(opened: OpenedArticle, start: number, end: number): string {
  const words = opened.article.text
    .slice(start, end)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[“"‘']+|[”"’']+$/g, '')
  // The speaker of a known quote the selection lies (mostly) inside.
  const quote = opened.analysis.quotes.find(
    (candidate) => Math.min(candidate.end, end) - Math.max(candidate.start, start) >= (end - start) / 2,
  )
  const citation = quote
    ? escapeInline(quote.speaker)
    : `*${escapeInline(opened.article.meta.title ?? opened.article.meta.origin)}*`
  return `> “${escapeInline(words)}”\n>\n> — ${citation}`
}

/** Inserts a block of Markdown after the line of `caret` (or at the end), with blank lines around it. */
export function insertBlock(body: string, block: string, caret: number | null): string {
  const lineEnd = caret === null ? -1 : body.indexOf('\n', caret)
  const at = caret === null || lineEnd < 0 ? body.length : lineEnd
  const before = body.slice(0, at).trimEnd()
  const after = body.slice(at).trimStart()
  return [before, block, after].filter(Boolean).join('\n\n')
}

/**
 * The edits a user makes to the brief. Each is one step of the document history; typing and field
 * edits carry a group so that a burst of them is one step.
 */
export function createEdits(
  store: Store<AppState, AppAction>,
  options: { caretOf: (sectionId: string) => number | null },
) {
  const state = () => store.getState()

  function edit(change: (brief: Brief) => Brief, label: string, group?: string): Brief | null {
    const brief = state().doc.brief
    if (!brief) return null
    const next = change(brief)
    store.dispatch({ type: 'edit', brief: next, label, group })
    return next
  }

  function headingOf(id: string): string {
    return state().doc.brief?.sections.find((section) => section.id === id)?.heading ?? 'section'
  }

  function editPositions(
    change: (doc: PositionsDoc) => PositionsDoc,
    label: string,
    group?: string,
    row?: PositionRow,
  ) {
    edit(
      (brief) => {
        const section = positionsSection(brief)
        if (!section) return brief
        const body = serializePositions(change(parsePositions(section.body)))
        const withBody = setSectionBody(brief, section.id, body)
        return row && row.spans.length > 0 ? addProvenance(withBody, section.id, row.spans) : withBody
      },
      label,
      group,
    )
  }

  function moveTo(id: string, index: number): boolean {
    const { doc, session } = state()
    if (!doc.brief) return false
    const refused = refusedMove(doc.brief, pinnedSection(doc.brief, session.template), id, index)
    if (refused) {
      store.dispatch({ type: 'notice', notice: { kind: 'info', text: refused } })
      return false
    }
    const before = doc.brief
    return edit((brief) => moveSection(brief, id, index), `Move “${headingOf(id)}”`) !== before
  }

  return {
    addSection(afterId: string | null = state().ui.activeSectionId): void {
      let added = ''
      edit((brief) => {
        const result = addSection(brief, { afterId })
        added = result.id
        return result.brief
      }, 'Add section')
      if (added) store.dispatch({ type: 'focus-section', sectionId: added, target: 'heading' })
    },
    removeSection(id: string): void {
      const heading = headingOf(id)
      const brief = state().doc.brief
      const index = brief?.sections.findIndex((section) => section.id === id) ?? -1
      edit((current) => removeSection(current, id), `Remove “${heading}”`)
      const neighbour = brief?.sections[index + 1] ?? brief?.sections[index - 1]
      if (neighbour) store.dispatch({ type: 'active-section', id: neighbour.id })
      store.dispatch({
        type: 'notice',
        notice: { kind: 'info', text: `Removed “${heading}”. Undo brings it back.` },
      })
    },
    renameSection(id: string, heading: string): void {
      edit((brief) => renameSection(brief, id, heading), 'Rename section', `rename:${id}`)
    },
    /**
     * Moves a section by `delta` places (Alt+Arrow, the move buttons); false, with the reason said,
     * when the move is refused (a pinned summary stays first).
     */
    moveSection(id: string, delta: number): boolean {
      const brief = state().doc.brief
      const index = brief?.sections.findIndex((section) => section.id === id) ?? -1
      if (index < 0) return false
      return moveTo(id, index + delta)
    },
    /** Moves a section to an index (drag and drop); false when refused, as moveSection. */
    moveSectionTo(id: string, index: number): boolean {
      return moveTo(id, index)
    },
    setBody(id: string, body: string): void {
      edit((brief) => setSectionBody(brief, id, body), 'Typing', `text:${id}`)
    },
    setMeta(key: keyof EditableMeta, value: string): void {
      edit((brief) => setMeta(brief, key, value), `Edit ${key}`, `meta:${key}`)
    },
    /** Edits what the Sources section prints for one source. */
    setSource(id: string, field: SourceField, value: string): void {
      edit((brief) => setSourceField(brief, id, field, value), 'Edit source', `source:${id}:${field}`)
    },
    setStance(row: PositionRow, stance: string): void {
      editPositions(
        (doc) => setStance(doc, row, stance),
        `Stance of ${row.actor}`,
        `stance:${row.actor}`,
        row,
      )
    },
    includeActor(row: PositionRow): void {
      editPositions((doc) => includeActor(doc, row), `Add ${row.actor}`, undefined, row)
    },
    excludeActor(actor: string): void {
      editPositions((doc) => excludeActor(doc, actor), `Remove ${actor}`)
    },
    addPositionsSection(): void {
      let added = ''
      edit((brief) => {
        const result = addSection(brief, {
          afterId: state().ui.activeSectionId,
          heading: 'Positions',
          kind: 'positions',
        })
        added = result.id
        return result.brief
      }, 'Add Positions section')
      if (added) store.dispatch({ type: 'active-section', id: added })
    },
    /** Inserts the selected article text as a quote, with its citation and provenance, in the current section. */
    insertQuote(selection: ArticleSelection): boolean {
      const { doc, ui, session } = state()
      const opened = session.articles.find((item) => item.articleId === selection.articleId)
      const brief = doc.brief
      if (!opened || !brief || selection.end <= selection.start) return false
      const target =
        brief.sections.find((section) => section.id === ui.activeSectionId) ??
        brief.sections.find((section) => section.kind !== 'sources') ??
        brief.sections[0]
      if (!target) return false
      const block = quoteMarkdown(opened, selection.start, selection.end)
      edit((current) => {
        const body = insertBlock(target.body, block, options.caretOf(target.id))
        const withQuote = setSectionBody(current, target.id, body)
        const provenance = { sourceId: opened.article.id, start: selection.start, end: selection.end }
        return addSource(addProvenance(withQuote, target.id, [provenance]), sourceOf(opened))
      }, 'Insert quote')
      store.dispatch({
        type: 'notice',
        notice: { kind: 'info', text: `Inserted the quote into “${target.heading}”.` },
      })
      return true
    },
    /**
     * Scrolls the article to where the sentence at `position` of a section came from, and flashes it.
     * `explain`: asked for (Show in article), so the article pane unfolds and a miss is explained.
     */
    showInArticle(sectionId: string, position: number, explain = false): boolean {
      const { doc, session } = state()
      const section = doc.brief?.sections.find((candidate) => candidate.id === sectionId)
      if (!section) return false
      const textOf = (sourceId: string) =>
        session.articles.find((item) => item.article.id === sourceId)?.article.text ?? null
      const found = provenanceAt(section.body, position, section.provenance, textOf)
      if (!found) {
        if (explain) {
          const missing = section.provenance.some((entry) => textOf(entry.sourceId) === null)
          const text = missing
            ? 'The article this section drew on is not open. Open it (Open article) to see where sentences came from.'
            : 'This sentence was not drafted from the article.'
          store.dispatch({ type: 'notice', notice: { kind: 'info', text } })
        }
        return false
      }
      const opened = session.articles.find((item) => item.article.id === found.sourceId)
      if (opened) store.dispatch({ type: 'show-article', articleId: opened.articleId })
      store.dispatch({ type: 'flash', span: { ...found, reveal: explain } })
      return true
    },
  }
}

/** The edit actions. */
export type Edits = ReturnType<typeof createEdits>
