import type { RenderOptions } from '../pdf/index'

/**
 * What a PDF is made for. The export is written to disk: deflated. A preview or a template's
 * thumbnail is read once by the viewer in the same app and thrown away: left uncompressed, it is
 * made in less time and draws the same pages. The preview's pages are hashed, so that it redraws
 * only those that changed.
 */
export type RenderPurpose = 'export' | 'preview' | 'thumbnail'

export const RENDER_OPTIONS: Record<RenderPurpose, RenderOptions> = {
  export: {},
  preview: { compress: false, pageHashes: true },
  thumbnail: { compress: false, firstPageOnly: true },
}
