import type { FontFamily, TemplateStyle } from '../templates/schema'

/** Page geometry and type scale derived from a template style; every measure in points. */
export type Theme = {
  pageWidth: number
  pageHeight: number
  margins: { top: number; right: number; bottom: number; left: number }
  contentLeft: number
  contentWidth: number
  contentTop: number
  contentBottom: number
  bodySize: number
  leading: number
  /** The family of running text, and of titles and headings. */
  bodyFont: FontFamily
  headingFont: FontFamily
  accent: string
  accentTint: string
  accentWash: string
  markingColor: string
  text: string
  muted: string
  faint: string
  rule: string
  codeBackground: string
}

const PAGE_SIZES = { letter: [612, 792], a4: [595.28, 841.89] } as const

/** Top and bottom margins below this leave no room for the banner, running header and footer. */
const MIN_VERTICAL_MARGIN = 54

/** Mixes a #rrggbb colour with white; `amount` 0 is white, 1 the colour. */
export function tint(hex: string, amount: number): string {
  const value = parseInt(hex.slice(1), 16)
  const channel = (shift: number): string => {
    const c = (value >> shift) & 255
    return Math.round(255 - (255 - c) * amount)
      .toString(16)
      .padStart(2, '0')
  }
  return `#${channel(16)}${channel(8)}${channel(0)}`
}

/** The theme for a template style. */
export function themeFor(style: TemplateStyle): Theme {
  const [pageWidth, pageHeight] = PAGE_SIZES[style.pageSize]
  const margins = {
    top: Math.max(style.margins.top, MIN_VERTICAL_MARGIN),
    right: Math.min(style.margins.right, pageWidth / 3),
    bottom: Math.max(style.margins.bottom, MIN_VERTICAL_MARGIN),
    left: Math.min(style.margins.left, pageWidth / 3),
  }
  return {
    pageWidth,
    pageHeight,
    margins,
    contentLeft: margins.left,
    contentWidth: pageWidth - margins.left - margins.right,
    contentTop: margins.top,
    contentBottom: pageHeight - margins.bottom,
    bodySize: style.bodySize,
    leading: style.bodySize * style.lineSpacing,
    bodyFont: style.bodyFont,
    headingFont: style.headingFont,
    accent: style.accentColor,
    accentTint: tint(style.accentColor, 0.14),
    accentWash: tint(style.accentColor, 0.06),
    markingColor: style.markingColor,
    text: '#1c1c1c',
    muted: '#555555',
    faint: '#8a8a8a',
    rule: '#c8c8c8',
    codeBackground: '#e9ecf0',
  }
}

/** The page size name pdfkit expects. */
export function pdfkitPageSize(style: TemplateStyle): 'LETTER' | 'A4' {
  return style.pageSize === 'a4' ? 'A4' : 'LETTER'
}
