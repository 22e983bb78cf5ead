import { useEffect, useState } from 'react'
import type { Api } from '../../main/api/contract'
import type { Brief } from '../../main/brief/schema'

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

/**
 * Renders `brief` to PDF through the api whenever it changes. Until the new PDF arrives the previous
 * one stays on screen (marked loading); a newer brief makes older results stale.
 */
export function usePdfPreview(api: Api, brief: Brief | null): PdfPreviewState {
  const [rendered, setRendered] = useState<Rendered | null>(null)
  useEffect(() => {
    if (!brief) return
    let current = true
    api.renderPdf({ brief }).then(
      (result) => {
        if (current)
          setRendered({
            brief,
            bytes: result.bytes,
            pages: result.pages,
            warnings: result.warnings,
            error: null,
          })
      },
      (error: unknown) => {
        if (current)
          setRendered({
            brief,
            bytes: null,
            pages: 0,
            warnings: [],
            error: error instanceof Error ? error.message : String(error),
          })
      },
    )
    return () => {
      current = false
    }
  }, [api, brief])
  if (!brief) return IDLE
  if (!rendered) return { ...IDLE, loading: true }
  const { brief: renderedBrief, ...state } = rendered
  return renderedBrief === brief ? { ...state, loading: false } : { ...state, error: null, loading: true }
}
