import type { Slots } from '../templates/schema'
import { splitByFace } from './font-coverage'
import { faceMetrics, measure, textOutlines } from './engine/fonts'
import type { FaceKey } from './engine/fonts'
import { drawFragment } from './draw'
import type { Fragment } from './flow-types'
import { fillSlot } from '../common/slot-fields'
import type { PageFields } from '../common/slot-fields'
import { isEmptySlots, isOrganizationSlot, slotLimits } from './page-fields'
import type { PdfDoc } from './engine/pdfkit-types'
import type { Theme } from './theme'

/** What every page carries outside the text: marking banners, header, footer, watermark. */
export type PageChrome = {
  /** The handling marking printed at the top and bottom of every page; empty for none. */
  marking: string
  watermark: string
  /** The header's slots; null for no header. */
  header: Slots | null
  footer: Slots
  /** Whether page 1, which carries the masthead, also gets the header and the footer. */
  firstPage: { header: boolean; footer: boolean }
  /** The values of the slots' fields, but the page numbers. */
  fields: Omit<PageFields, 'page' | 'pages'>
  /** The document's page count, when only some of its pages are drawn (a first-page preview). */
  totalPages?: number
}

type Label = { text: string; face: FaceKey; size: number; color: string; characterSpacing?: number }

const CHROME_SIZE = 7.8
const SLOT_GAP = 12

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
    strike: false,
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

/** How a slot's text is set: plain and muted, or as the organization's name. */
function slotLabel(template: string, text: string, theme: Theme): Label {
  if (isOrganizationSlot(template)) {
    return {
      text: text.toUpperCase(),
      face: 'sans-semibold',
      size: CHROME_SIZE,
      color: theme.accent,
      characterSpacing: 0.3,
    }
  }
  return { text, face: 'sans', size: CHROME_SIZE, color: theme.muted }
}

/** Draws a header's or footer's three slots on a baseline, each shortened to its share of the width. */
function drawSlots(
  doc: PdfDoc,
  theme: Theme,
  slots: Slots,
  fields: PageFields,
  baseline: number,
  onMissing: (char: string) => void,
): void {
  const labels = {
    left: slotLabel(slots.left, fillSlot(slots.left, fields), theme),
    center: slotLabel(slots.center, fillSlot(slots.center, fields), theme),
    right: slotLabel(slots.right, fillSlot(slots.right, fields), theme),
  }
  const natural = (label: Label) =>
    label.text
      ? measure(label.face, label.size, label.text) + (label.characterSpacing ?? 0) * label.text.length
      : 0
  const limits = slotLimits(
    { left: natural(labels.left), center: natural(labels.center), right: natural(labels.right) },
    theme.contentWidth,
    SLOT_GAP,
  )
  const left = theme.margins.left
  const right = theme.pageWidth - theme.margins.right
  const place = { left, center: (left + right) / 2, right }
  for (const slot of ['left', 'center', 'right'] as const) {
    const label = labels[slot]
    if (!label.text) continue
    const text = shorten(label.text, label.face, label.size, limits[slot])
    drawLabel(doc, labelFragments({ ...label, text }, onMissing), place[slot], baseline, slot)
  }
}

/**
 * Decorates every buffered page at the end, when the page count is known: watermark, marking
 * banners (top and bottom), header and footer slots with their fields filled in. All of it is one
 * Pagination artifact per page, so none of it enters the structure tree.
 */
export function decoratePages(
  doc: PdfDoc,
  theme: Theme,
  chrome: PageChrome,
  onMissing: (char: string) => void,
): void {
  const { start, count } = doc.bufferedPageRange()
  const pages = chrome.totalPages ?? count
  const { margins, pageWidth, pageHeight } = theme
  const marking = chrome.marking.trim()
  const markingLabel = labelFragments(
    { text: marking, face: 'sans-bold', size: 8.5, color: theme.markingColor, characterSpacing: 0.4 },
    onMissing,
  )
  const header = chrome.header && !isEmptySlots(chrome.header) ? chrome.header : null
  const footer = isEmptySlots(chrome.footer) ? null : chrome.footer
  for (let index = 0; index < count; index++) {
    doc.switchToPage(start + index)
    const fields: PageFields = { ...chrome.fields, page: index + 1, pages }
    const first = index === 0
    doc.markContent('Artifact', { type: 'Pagination' })
    if (chrome.watermark.trim()) drawWatermark(doc, chrome.watermark.trim(), theme)
    // Everything sits in the margins, in proportion to them (the theme keeps them at least 54 pt).
    if (marking) {
      drawLabel(doc, markingLabel, pageWidth / 2, margins.top * 0.4, 'center')
      drawLabel(doc, markingLabel, pageWidth / 2, pageHeight - margins.bottom * 0.3, 'center')
    }
    if (header && (!first || chrome.firstPage.header)) {
      const baseline = margins.top * 0.72
      drawSlots(doc, theme, header, fields, baseline, onMissing)
      drawRule(doc, theme, baseline + margins.top * 0.08)
    }
    if (footer && (!first || chrome.firstPage.footer)) {
      drawRule(doc, theme, pageHeight - margins.bottom * 0.83)
      drawSlots(doc, theme, footer, fields, pageHeight - margins.bottom * 0.64, onMissing)
    }
    doc.endMarkedContent()
  }
}
