import type { Decor, Fragment, ImageItem, LineItem, Placed, RowItem } from './flow-types'
import { parsedFont } from './engine/fonts'
import { drawMeasuredText } from './engine/pdfkit-adapter'
import type { OutlineNode, PdfDoc } from './engine/pdfkit-types'
import { createTagger } from './tagging'
import type { Tagger } from './tagging'
import type { Theme } from './theme'

/*
 * Paints paginated display-list items with pdfkit. Each page is painted in two passes: first all
 * backgrounds and rules as one Layout artifact, then the text in reading order, each piece marked
 * as content of its structure element.
 */

/** Draws one fragment on a baseline. */
export function drawFragment(doc: PdfDoc, fragment: Fragment, baseline: number): void {
  // The face's name is pdfkit's cache key: a face is handed over (and parsed) when first drawn.
  doc.font(parsedFont(fragment.face), fragment.face).fontSize(fragment.size).fillColor(fragment.color)
  drawMeasuredText(doc, fragment, baseline)
}

function drawDecor(doc: PdfDoc, decor: readonly Decor[], y: number, height: number): void {
  for (const item of decor) {
    if (item.kind === 'fill') {
      // Half a point of overlap hides hairline seams between the boxes of consecutive items.
      doc.rect(item.x, y, item.width, height + 0.5).fill(item.color)
    } else if (item.kind === 'hline') {
      if (item.width <= 0) continue
      doc.lineWidth(item.thickness).strokeColor(item.color)
      if (item.dotted) doc.dash(0.9, { space: 2.6 })
      doc
        .moveTo(item.x, y + item.dy)
        .lineTo(item.x + item.width, y + item.dy)
        .stroke()
      if (item.dotted) doc.undash()
    } else {
      doc.lineWidth(item.thickness).strokeColor(item.color)
      doc
        .moveTo(item.x, y)
        .lineTo(item.x, y + height)
        .stroke()
    }
  }
}

function drawFragmentDecor(doc: PdfDoc, line: LineItem, y: number, theme: Theme): void {
  const baseline = y + line.baseline
  for (const fragment of line.fragments) {
    if (fragment.code) {
      doc
        .rect(fragment.x - 1.5, baseline - fragment.size * 0.8, fragment.width + 3, fragment.size * 1.08)
        .fill(theme.codeBackground)
    }
    // Contents entries link inside the document; only web links are underlined.
    if (fragment.link && !fragment.link.startsWith('#')) {
      const underline = baseline + fragment.size * 0.14
      doc.lineWidth(0.5).strokeColor(fragment.color)
      doc
        .moveTo(fragment.x, underline)
        .lineTo(fragment.x + fragment.width, underline)
        .stroke()
    }
    // Through the middle of the lower-case letters, in the text's colour.
    if (fragment.strike) {
      const strike = baseline - fragment.size * 0.27
      doc.lineWidth(fragment.size * 0.055).strokeColor(fragment.color)
      doc
        .moveTo(fragment.x, strike)
        .lineTo(fragment.x + fragment.width, strike)
        .stroke()
    }
  }
}

function drawBackgrounds(doc: PdfDoc, placed: readonly Placed[], theme: Theme): void {
  for (const { item, y } of placed) {
    if (item.kind === 'image') {
      doc
        .roundedRect(
          item.x - item.plate,
          y + item.dy - item.plate,
          item.width + 2 * item.plate,
          item.imageHeight + 2 * item.plate,
          2.5,
        )
        .fill('#ffffff')
    } else if (item.kind === 'space') drawDecor(doc, item.decor, y, item.height)
    else if (item.kind === 'line') {
      if (!item.glue) drawDecor(doc, item.decor, y, item.height)
      drawFragmentDecor(doc, item, y, theme)
    } else if (item.kind === 'row') {
      const fills = item.decor.filter((decor) => decor.kind === 'fill')
      drawDecor(doc, fills, y, item.height)
      for (const cell of item.cells)
        for (const { dy, line } of cell.lines) drawFragmentDecor(doc, line, y + dy, theme)
      drawDecor(
        doc,
        item.decor.filter((decor) => decor.kind !== 'fill'),
        y,
        item.height,
      )
    }
  }
}

function drawLine(doc: PdfDoc, tagger: Tagger, line: LineItem, y: number, artifact: boolean): void {
  const baseline = y + line.baseline
  if (artifact || line.artifact) {
    for (const fragment of line.fragments) drawFragment(doc, fragment, baseline)
    return
  }
  let index = 0
  const fragments = line.fragments
  while (index < fragments.length) {
    const link = fragments[index]?.link ?? null
    let end = index
    while (end < fragments.length && (fragments[end]?.link ?? null) === link) end++
    const segment = fragments.slice(index, end)
    const draw = (): void => {
      for (const fragment of segment) drawFragment(doc, fragment, baseline)
    }
    if (link) {
      // Fragments come in reading order; in right-to-left text that is not from the left.
      const left = Math.min(...segment.map((fragment) => fragment.x))
      const right = Math.max(...segment.map((fragment) => fragment.x + fragment.width))
      tagger.markLink(link, { x: left, y, width: right - left, height: line.height }, draw)
    } else tagger.mark(draw)
    index = end
  }
}

function drawImage(doc: PdfDoc, tagger: Tagger, image: ImageItem, y: number): void {
  const box = { x: image.x, y: y + image.dy, width: image.width, height: image.imageHeight }
  tagger.figure(image.alt, box, () => {
    doc.image(image.bytes, box.x, box.y, { width: box.width, height: box.height, ignoreOrientation: true })
  })
}

function drawRow(doc: PdfDoc, tagger: Tagger, row: RowItem, y: number): void {
  if (row.artifact) {
    doc.markContent('Artifact', { type: 'Pagination' })
    for (const cell of row.cells)
      for (const { dy, line } of cell.lines) drawLine(doc, tagger, line, y + dy, true)
    doc.endMarkedContent()
    return
  }
  tagger.open('TR')
  for (const cell of row.cells) {
    tagger.open(cell.tag, cell.scope)
    for (const { dy, line } of cell.lines) drawLine(doc, tagger, line, y + dy, false)
    tagger.close()
  }
  tagger.close()
}

/** Draws the pages (the first exists already; the rest are added) and builds structure tree and outline. */
export function drawPages(doc: PdfDoc, pages: readonly (readonly Placed[])[], theme: Theme): void {
  const tagger = createTagger(doc)
  let section: OutlineNode | null = null
  pages.forEach((placed, pageIndex) => {
    if (pageIndex > 0) doc.addPage()
    doc.markContent('Artifact', { type: 'Layout' })
    drawBackgrounds(doc, placed, theme)
    doc.endMarkedContent()
    for (const { item, y } of placed) {
      if (item.kind === 'open') tagger.open(item.tag, item.scope)
      else if (item.kind === 'close') tagger.close()
      else if (item.kind === 'row') drawRow(doc, tagger, item, y)
      else if (item.kind === 'image') drawImage(doc, tagger, item, y)
      else if (item.kind === 'line') {
        if (item.anchor) doc.addNamedDestination(item.anchor, 'XYZ', 0, Math.max(0, y - 12), null)
        if (item.outline) {
          // `left` is measured from the right edge by pdfkit: the page width puts the view's left at 0.
          const target = { top: Math.max(0, y - 12), left: theme.pageWidth, zoom: 0 }
          if (item.outline.level === 1) section = doc.outline.addItem(item.outline.title, target)
          else (section ?? doc.outline).addItem(item.outline.title, target)
        }
        drawLine(doc, tagger, item, y, false)
      }
    }
  })
}
