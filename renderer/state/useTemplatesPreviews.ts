import { useEffect, useState } from 'react'
import type { TemplateListing, TemplatesApi } from './useTemplates'

/** A template's first page as the host draws it from the sample brief, or why it could not be drawn. */
export type TemplateThumbnail = { bytes: Uint8Array; error: null } | { bytes: null; error: string }

/**
 * The first page of every usable template, drawn one at a time (each is a PDF render on the host)
 * and kept until `revision` changes. Broken files get no thumbnail: their card shows the error.
 */
export function useTemplatesPreviews(
  api: Pick<TemplatesApi, 'renderTemplatePreview'>,
  listings: readonly TemplateListing[],
  revision: number,
): Record<string, TemplateThumbnail> {
  const [thumbnails, setThumbnails] = useState<Record<string, TemplateThumbnail>>({})
  const [drawnRevision, setDrawnRevision] = useState(revision)

  // A new revision (a template was saved) makes every thumbnail stale: start over.
  if (drawnRevision !== revision) {
    setDrawnRevision(revision)
    setThumbnails({})
  }

  useEffect(() => {
    const wanted = listings.filter((listing) => !listing.error && !(listing.id in thumbnails))
    if (wanted.length === 0) return
    let current = true
    const next = wanted[0]
    if (!next) return
    api.renderTemplatePreview({ templateId: next.id }).then(
      (result) => {
        if (current) setThumbnails((all) => ({ ...all, [next.id]: { bytes: result.bytes, error: null } }))
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error)
        if (current) setThumbnails((all) => ({ ...all, [next.id]: { bytes: null, error: message } }))
      },
    )
    return () => {
      current = false
    }
  }, [api, listings, thumbnails])

  return thumbnails
}
