import { useEffect, useRef, useState } from 'react'
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
 * Renders `brief` to PDF through the api as soon as it changes: the first change after an idle moment
 * renders at once; changes that arrive while a render runs are coalesced into ONE next render of the
 * latest brief (never more than one in flight and one waiting). A result for a brief that is no longer
 * the latest is dropped, and the one waiting render is the only one asked for after it. Until the new
 * PDF arrives the previous one stays on screen, marked loading. A new `revision` (a template's style
 * was saved) renders the same brief again.
 */
export function usePdfPreview(api: Client, brief: Brief | null, revision = 0): PdfPreviewState {
  const [rendered, setRendered] = useState<Rendered | null>(null)
  const wanted = useRef<Wanted | null>(null)
  const inFlight = useRef<{ wanted: Wanted; controller: AbortController } | null>(null)
  const mounted = useRef(true)

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
      inFlight.current?.controller.abort()
      inFlight.current = null
    }
  }, [])

  useEffect(() => {
    if (!brief) {
      wanted.current = null
      return
    }
    wanted.current = { brief, revision }
    // A render runs: it will start the next one (with the latest brief) when it ends.
    if (inFlight.current) return
    const start = (target: Wanted) => {
      const controller = new AbortController()
      inFlight.current = { wanted: target, controller }
      const finish = () => {
        if (!mounted.current) return
        inFlight.current = null
        const next = wanted.current
        if (next && next !== target) start(next)
      }
      api.renderPdf({ brief: withoutSourceTexts(target.brief) }, { signal: controller.signal }).then(
        (result) => {
          // A newer brief is waiting: this result is stale, and the next render replaces it soon.
          if (mounted.current && wanted.current === target)
            setRendered({
              brief: target.brief,
              bytes: result.bytes,
              pages: result.pages,
              pageHashes: result.pageHashes ?? null,
              warnings: result.warnings,
              error: null,
            })
          finish()
        },
        (error: unknown) => {
          if (mounted.current && !controller.signal.aborted && wanted.current === target)
            setRendered((previous) => ({
              brief: target.brief,
              bytes: previous?.bytes ?? null,
              pages: previous?.pages ?? 0,
              pageHashes: previous?.pageHashes ?? null,
              warnings: [],
              error: error instanceof Error ? error.message : String(error),
            }))
          finish()
        },
      )
    }
    start(wanted.current)
  }, [api, brief, revision])

  if (!brief) return IDLE
  if (!rendered) return { ...IDLE, loading: true }
  const { brief: renderedBrief, ...state } = rendered
  return { ...state, loading: renderedBrief !== brief }
}
