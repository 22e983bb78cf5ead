import type { RenderOptions } from '../pdf/index'

/**
 * What a PDF is made for: the same bytes for the export and the preview, whose pages are also
 * hashed, so that it redraws only those that changed; a template's thumbnail draws page 1 only.
 */
export type RenderPurpose = 'export' | 'preview' | 'thumbnail'

export const RENDER_OPTIONS: Record<RenderPurpose, RenderOptions> = {
  export: {},
  preview: { pageHashes: true },
  thumbnail: { firstPageOnly: true },
}
