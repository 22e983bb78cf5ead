import { useSyncExternalStore } from 'react'
import type { Brief } from '../../main/brief/schema'
import type { Client } from '../api'

/** The PDF of the current brief as the host renders it: the same bytes an export writes. */
export type PdfPreviewState = {
  bytes: Uint8Array | null
  pages: number
  /** One content hash per page when the host sends them: equal hashes draw equal pages. */
  pageHashes: string[] | null
  warnings: string[]
  error: string | null
  loading: boolean
}

type Rendered = Omit<PdfPreviewState, 'loading'> & { brief: Brief }

const IDLE: PdfPreviewState = {
  bytes: null,
  pages: 0,
  pageHashes: null,
  warnings: [],
  error: null,
  loading: false,
}

/**
 * The brief as the preview sends it: its sources without their text snapshots, which the PDF never
 * prints, so each keystroke's request stays small however long the articles are.
 */
export function withoutSourceTexts(brief: Brief): Brief {
  if (brief.sources.every((source) => source.text === null)) return brief
  return { ...brief, sources: brief.sources.map((source) => ({ ...source, text: null, sha256: null })) }
}

/** What the scheduler asks for: the latest brief (and revision) the preview should show. */
type Wanted = { brief: Brief; revision: number }

/**
 * The preview's renders, for as long as the window lives. `want` is called with the brief as soon as
 * the store holds it (useApp subscribes it to the store), so the first render of a new draft is on its
 * way while the editor for it is still being built.
 */
export type PreviewRenderer = {
  want(brief: Brief | null, revision?: number): void
  subscribe(listener: () => void): () => void
  getSnapshot(): PdfPreviewState
}

/**
 * Renders the wanted brief to PDF through the api as soon as it changes: the first change after an
 * idle moment renders at once; changes that arrive while a render runs are coalesced into ONE next
 * render of the latest brief (never more than one in flight and one waiting). A result for a brief
 * that is no longer the latest is dropped, and the one waiting render is the only one asked for after
 * it. Until the new PDF arrives the previous one stays on screen, marked loading. A new `revision` (a
 * template's style was saved) renders the same brief again. No brief: the renders stop and the next
 * brief starts from an empty preview.
 */
export function createPreviewRenderer(api: Pick<Client, 'renderPdf'>): PreviewRenderer {
  let wanted: Wanted | null = null
  let inFlight: { wanted: Wanted; controller: AbortController } | null = null
  let rendered: Rendered | null = null
  let snapshot: PdfPreviewState = IDLE
  const listeners = new Set<() => void>()

  function publish(): void {
    if (!wanted) snapshot = IDLE
    else if (!rendered) snapshot = { ...IDLE, loading: true }
    else {
      const { brief: renderedBrief, ...state } = rendered
      snapshot = { ...state, loading: renderedBrief !== wanted.brief }
    }
    for (const listener of [...listeners]) listener()
  }

  /** The render for `target` ended: the waiting one, if any, starts (unless this render was dropped). */
  function finish(target: Wanted): void {
    if (inFlight?.wanted !== target) return
    inFlight = null
    if (wanted && wanted !== target) start(wanted)
  }

  function start(target: Wanted): void {
    const controller = new AbortController()
    inFlight = { wanted: target, controller }
    api.renderPdf({ brief: withoutSourceTexts(target.brief) }, { signal: controller.signal }).then(
      (result) => {
        // A newer brief is waiting: this result is stale, and the next render replaces it soon.
        if (wanted === target) {
          rendered = {
            brief: target.brief,
            bytes: result.bytes,
            pages: result.pages,
            pageHashes: result.pageHashes ?? null,
            warnings: result.warnings,
            error: null,
          }
          publish()
        }
        finish(target)
      },
      (error: unknown) => {
        if (!controller.signal.aborted && wanted === target) {
          rendered = {
            brief: target.brief,
            bytes: rendered?.bytes ?? null,
            pages: rendered?.pages ?? 0,
            pageHashes: rendered?.pageHashes ?? null,
            warnings: [],
            error: error instanceof Error ? error.message : String(error),
          }
          publish()
        }
        finish(target)
      },
    )
  }

  return {
    want(brief, revision = 0) {
      if (!brief) {
        if (!wanted && !rendered) return
        wanted = null
        rendered = null
        inFlight?.controller.abort()
        inFlight = null
        publish()
        return
      }
      if (wanted?.brief === brief && wanted.revision === revision) return
      wanted = { brief, revision }
      publish()
      // A render runs: it will start the next one (with the latest brief) when it ends.
      if (!inFlight) start(wanted)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
  }
}

/** The window's preview as it stands; the component re-renders as it changes. */
export function usePdfPreview(renderer: PreviewRenderer): PdfPreviewState {
  return useSyncExternalStore(renderer.subscribe, renderer.getSnapshot, renderer.getSnapshot)
}
