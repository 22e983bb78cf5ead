import { useCallback, useEffect, useState } from 'react'
import type { Api } from '../../main/api/contract'
import type { Brief } from '../../main/brief/schema'
import type { Template, TemplateStyle } from '../../main/templates/schema'

/** How long the style must stay unchanged before the preview is rendered again. */
export const PREVIEW_DELAY_MS = 300

/** The preview of the style being edited: the PDF the host renders with it. */
export type StylePreview = { bytes: Uint8Array | null; pages: number; loading: boolean; error: string | null }

export type StyleDraft = {
  style: TemplateStyle
  /** The draft differs from the template as saved. */
  dirty: boolean
  update(patch: Partial<TemplateStyle>): void
  reset(): void
  preview: StylePreview
}

/**
 * The brief as the edited style prints it. A brief carries its marking and organization in its own
 * meta (copied from its template when drafted), and the PDF prints those: without this, the Marking
 * and Organization fields would change nothing in the preview of an open brief.
 */
function asStyled(brief: Brief, style: TemplateStyle): Brief {
  return { ...brief, meta: { ...brief.meta, marking: style.marking, organization: style.organization } }
}

function sameStyle(a: TemplateStyle, b: TemplateStyle): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * A template's style as it is being edited, with a live preview: the open brief rendered in the
 * draft style (renderPdf, with the style's marking and organization), or without a brief the
 * template's first page from the sample brief.
 * The preview waits until the draft has been still for PREVIEW_DELAY_MS, and a newer draft makes
 * an older answer stale.
 */
export function useTemplatesStyleDraft(
  api: Pick<Api, 'renderPdf' | 'renderTemplatePreview'>,
  template: Template,
  brief: Brief | null,
): StyleDraft {
  const [draft, setDraft] = useState<{ source: Template; style: TemplateStyle }>({
    source: template,
    style: template.style,
  })
  const [preview, setPreview] = useState<StylePreview>({ bytes: null, pages: 0, loading: true, error: null })

  // Another template (or the same one saved again) starts a new draft.
  if (draft.source !== template) setDraft({ source: template, style: template.style })
  const style = draft.source === template ? draft.style : template.style

  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      setPreview((previous) => ({ ...previous, loading: true }))
      const rendered = brief
        ? api.renderPdf({ brief: asStyled(brief, style), style })
        : api.renderTemplatePreview({ template: { ...template, style } })
      rendered.then(
        (result) => {
          if (current) setPreview({ bytes: result.bytes, pages: result.pages, loading: false, error: null })
        },
        (error: unknown) => {
          const message = error instanceof Error ? error.message : String(error)
          if (current) setPreview((previous) => ({ ...previous, loading: false, error: message }))
        },
      )
    }, PREVIEW_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [api, brief, style, template])

  const update = useCallback(
    (patch: Partial<TemplateStyle>) =>
      setDraft((previous) => ({ source: previous.source, style: { ...previous.style, ...patch } })),
    [],
  )
  const reset = useCallback(() => setDraft({ source: template, style: template.style }), [template])

  return { style, dirty: !sameStyle(style, template.style), update, reset, preview }
}
