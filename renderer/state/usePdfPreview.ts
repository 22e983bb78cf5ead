import { useEffect, useRef, useState } from 'react'
import type { Brief } from '../../main/brief/schema'
import type { Client } from '../api'

/** The PDF of the current brief as the host renders it: the same bytes an export writes. */
export type PdfPreviewState = {
  bytes: Uint8Array | null
  pages: number
  warnings: string[]
  error: string | null
  loading: boolean
}

type Rendered = Omit<PdfPreviewState, 'loading'> & { brief: Brief }

const IDLE: PdfPreviewState = { bytes: null, pages: 0, warnings: [], error: null, loading: false }

/** How long the preview waits after the last change before it asks for a new PDF. */
export const PREVIEW_DELAY_MS = 300

/**
 * Renders `brief` to PDF through the api when editing pauses (`delay` after the last change; the
 * first one at once). Until the new PDF arrives the previous one stays on screen, marked loading; a
 * newer brief cancels the request for an older one. A new `revision` (a template's style was saved)
 * renders the same brief again.
 */
export function usePdfPreview(
  api: Client,
  brief: Brief | null,
  revision = 0,
  delay = PREVIEW_DELAY_MS,
): PdfPreviewState {
  const [rendered, setRendered] = useState<Rendered | null>(null)
  const hasRendered = useRef(false)
  useEffect(() => {
    if (!brief) return
    const controller = new AbortController()
    const timer = setTimeout(
      () => {
        api.renderPdf({ brief }, { signal: controller.signal }).then(
          (result) => {
            hasRendered.current = true
            setRendered({
              brief,
              bytes: result.bytes,
              pages: result.pages,
              warnings: result.warnings,
              error: null,
            })
          },
          (error: unknown) => {
            if (controller.signal.aborted) return
            setRendered((previous) => ({
              brief,
              bytes: previous?.bytes ?? null,
              pages: previous?.pages ?? 0,
              warnings: [],
              error: error instanceof Error ? error.message : String(error),
            }))
          },
        )
      },
      hasRendered.current ? delay : 0,
    )
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
    // `revision` is not read inside: its change alone asks for the same brief again.
  }, [api, brief, revision, delay])
  if (!brief) return IDLE
  if (!rendered) return { ...IDLE, loading: true }
  const { brief: renderedBrief, ...state } = rendered
  return { ...state, loading: renderedBrief !== brief }
}
