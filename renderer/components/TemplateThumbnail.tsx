import { useEffect, useRef, useState } from 'react'

/**
 * The first page of a PDF drawn into a canvas with pdf.js (loaded on first use), `width` CSS
 * pixels wide. Shared by the gallery cards and the style editor's preview.
 */
export function TemplateThumbnail({
  bytes,
  width,
  label,
}: {
  bytes: Uint8Array | null
  width: number
  label: string
}) {
  const holder = useRef<HTMLDivElement>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    const target = holder.current
    if (!target || !bytes) return
    const controller = new AbortController()
    import('../pdf/render-pages')
      .then(({ drawPdfPages }) => drawPdfPages(bytes, width, controller.signal))
      .then(
        (drawn) => {
          const page = drawn.pages[0]
          if (controller.signal.aborted || !page) return
          page.canvas.className = 'tm-page-canvas'
          page.canvas.setAttribute('role', 'img')
          page.canvas.setAttribute('aria-label', label)
          target.replaceChildren(page.canvas)
          setFailure(null)
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setFailure(error instanceof Error ? error.message : String(error))
        },
      )
    return () => controller.abort()
  }, [bytes, width, label])

  return (
    <div className="tm-thumbnail">
      <div ref={holder} className="tm-thumbnail-page" data-testid="template-thumbnail" />
      {failure && <p className="tm-error">The page could not be drawn: {failure}</p>}
    </div>
  )
}
