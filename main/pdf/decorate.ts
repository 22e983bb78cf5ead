import { splitByFace } from './font-coverage'
import { faceMetrics, measure, textOutlines } from './fonts'
import type { FaceKey } from './fonts'
import { drawFragment } from './draw'
import type { Fragment } from './flow-types'
import type { PdfDoc } from './pdfkit-types'
import type { Theme } from './theme'

/** What every page carries outside the text: marking banners, running header, footer, watermark. */
export type PageChrome = {
  /** The handling marking printed at the top and bottom of every page; empty for none. */
  marking: string
  watermark: string
  /** The running header's title from page 2 on; null for no running header. */
  runningTitle: string | null
  organization: string
  /** The brief's date as printed in the running header. */
  date: string
}

type Label = { text: string; face: FaceKey; size: number; color: string; characterSpacing?: number }

function labelFragments(label: Label, onMissing: (char: string) => void): Fragment[] {
  const spacing = label.characterSpacing ?? 0
  return splitByFace(label.text, label.face, onMissing).map((piece) => ({
    text: piece.text,
    face: piece.face,
    size: label.size,
    color: label.color,
    x: 0,
    width: measure(piece.face, label.size, piece.text) + spacing * Array.from(piece.text).length,
    link: null,
    code: false,
    characterSpacing: spacing,
  }))
}

function widthOf(fragments: readonly Fragment[]): number {
  return fragments.reduce((sum, fragment) => sum + fragment.width, 0)
}

/** Draws a one-line label whose left, centre or right edge is at x. */
function drawLabel(
  doc: PdfDoc,
  fragments: Fragment[],
  x: number,
  baseline: number,
  align: 'left' | 'center' | 'right',
): void {
  const width = widthOf(fragments)
  let left = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width
  for (const fragment of fragments) {
    drawFragment(doc, { ...fragment, x: left }, baseline)
    left += fragment.width
  }
}

/** Shortens text to fit a width, at a word boundary, with an ellipsis. */
export function shorten(text: string, face: FaceKey, size: number, width: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (measure(face, size, clean) <= width) return clean
  const words = clean.split(' ')
  let kept = ''
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`
    if (measure(face, size, `${next}…`) > width) break
    kept = next
  }
  if (kept === '') kept = Array.from(clean).slice(0, 24).join('')
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`
}

function drawRule(doc: PdfDoc, theme: Theme, y: number): void {
  doc.lineWidth(0.5).strokeColor(theme.rule)
  doc
    .moveTo(theme.margins.left, y)
    .lineTo(theme.pageWidth - theme.margins.right, y)
    .stroke()
}

/** The watermark, drawn as glyph outlines rather than text, so it never mixes into extracted text. */
function drawWatermark(doc: PdfDoc, text: string, theme: Theme): void {
  const { outlines, width, unitsPerEm } = textOutlines('sans-bold', text)
  if (outlines.length === 0 || width <= 0) return
  const diagonal = Math.hypot(theme.pageWidth, theme.pageHeight)
  const size = Math.min(170, (diagonal * 0.62) / width)
  const centerX = theme.pageWidth / 2
  const centerY = theme.pageHeight / 2
  const capHeight = faceMetrics('sans-bold').ascent * 0.72
  doc.save()
  doc.rotate(-Math.atan2(theme.pageHeight, theme.pageWidth) * (180 / Math.PI), { origin: [centerX, centerY] })
  doc.fillOpacity(0.07)
  for (const outline of outlines) {
    doc.save()
    doc.translate(centerX + (outline.x - width / 2) * size, centerY + (capHeight / 2 - outline.y) * size)
    doc.scale(size / unitsPerEm, -size / unitsPerEm)
    doc.path(outline.svg).fill('#6b6b6b')
    doc.restore()
  }
  doc.restore()
}

/**
 * Decorates every buffered page at the end, when the page count is known: watermark, marking
 * banners (top and bottom), running header from page 2, and "Page X of Y". All of it is one
 * Pagination artifact per page, so none of it enters the structure tree.
 */
export function decoratePages(
  doc: PdfDoc,
  theme: Theme,
  chrome: PageChrome,
  onMissing: (char: string) => void,
): void {
  const { start, count } = doc.bufferedPageRange()
  const { margins, pageWidth, pageHeight } = theme
  const marking = chrome.marking.trim()
  const markingLabel = labelFragments(
    {
      text: marking,
      face: 'sans-bold',
      size: 8.5,
      color: theme.markingColor,
      characterSpacing: 0.4,
    },
    onMissing,
  )
  const chromeSize = 7.8
  const titleWidth = theme.contentWidth * 0.62
  const runningTitle = chrome.runningTitle ? shorten(chrome.runningTitle, 'sans', chromeSize, titleWidth) : ''
  const titleLabel = labelFragments(
    { text: runningTitle, face: 'sans', size: chromeSize, color: theme.muted },
    onMissing,
  )
  const organization = shorten(chrome.organization, 'sans-semibold', chromeSize, theme.contentWidth * 0.34)
  const organizationLabel = labelFragments(
    {
      text: organization.toUpperCase(),
      face: 'sans-semibold',
      size: chromeSize,
      color: theme.accent,
      characterSpacing: 0.3,
    },
    onMissing,
  )
  const dateLabel = labelFragments(
    { text: chrome.date, face: 'sans', size: chromeSize, color: theme.muted },
    onMissing,
  )
  const right = pageWidth - margins.right
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index)
    doc.markContent('Artifact', { type: 'Pagination' })
    if (chrome.watermark.trim()) drawWatermark(doc, chrome.watermark.trim(), theme)
    // Everything sits in the margins, in proportion to them (the theme keeps them at least 54 pt).
    if (marking) {
      drawLabel(doc, markingLabel, pageWidth / 2, margins.top * 0.4, 'center')
      drawLabel(doc, markingLabel, pageWidth / 2, pageHeight - margins.bottom * 0.3, 'center')
    }
    if (index > 0 && chrome.runningTitle) {
      const baseline = margins.top * 0.72
      drawLabel(doc, titleLabel, margins.left, baseline, 'left')
      drawLabel(doc, dateLabel, right, baseline, 'right')
      drawRule(doc, theme, baseline + margins.top * 0.08)
    }
    const footer = pageHeight - margins.bottom * 0.64
    drawRule(doc, theme, pageHeight - margins.bottom * 0.83)
    drawLabel(doc, organizationLabel, margins.left, footer, 'left')
    const pageLabel = labelFragments(
      { text: `Page ${index + 1} of ${count}`, face: 'sans', size: chromeSize, color: theme.muted },
      onMissing,
    )
    drawLabel(doc, pageLabel, right, footer, 'right')
    doc.endMarkedContent()
  }
}
