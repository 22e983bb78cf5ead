import type { PdfDoc, StructElement } from './engine/pdfkit-types'

/** The open structure elements, innermost last. */
export type Tagger = {
  open(tag: string, scope?: 'Column'): void
  close(): void
  /** The innermost open element; content is marked with its tag. */
  current(): { tag: string; element: StructElement }
  /** Marks what `draw` paints as content of the innermost element. */
  mark(draw: () => void): void
  /** Marks what `draw` paints as a Link element inside the innermost element, with its annotation. */
  markLink(url: string, rect: { x: number; y: number; width: number; height: number }, draw: () => void): void
  /** Marks what `draw` paints as a Figure element with alternative text and its box. */
  figure(alt: string, box: { x: number; y: number; width: number; height: number }, draw: () => void): void
}

/**
 * Builds the structure tree as the display list is drawn. Elements are added to their parent
 * when opened, so each can be written out as soon as it is closed; marked content is opened and
 * closed around each drawing call, never across a page.
 */
export function createTagger(doc: PdfDoc): Tagger {
  const stack: { tag: string; element: StructElement }[] = []
  const current = (): { tag: string; element: StructElement } => {
    const top = stack[stack.length - 1]
    if (!top) throw new Error('content drawn outside the structure tree')
    return top
  }
  return {
    open(tag, scope) {
      const element = doc.struct(tag, scope ? { scope } : {})
      const parent = stack[stack.length - 1]
      if (parent) parent.element.add(element)
      else doc.addStructure(element)
      stack.push({ tag, element })
    },
    close() {
      stack.pop()?.element.end()
    },
    current,
    mark(draw) {
      const top = current()
      const content = doc.markStructureContent(top.tag)
      draw()
      doc.endMarkedContent()
      top.element.add(content)
    },
    markLink(url, rect, draw) {
      const link = doc.struct('Link')
      current().element.add(link)
      const content = doc.markStructureContent('Link')
      draw()
      doc.endMarkedContent()
      link.add(content)
      // "#name" is a link inside the document (a contents entry to its section's named destination).
      if (url.startsWith('#')) {
        // pdfkit writes a String object as a PDF text string (a plain string would become a name).
        const contents: object = Object(url.slice(1))
        doc.goTo(rect.x, rect.y, rect.width, rect.height, url.slice(1), {
          structParent: link,
          Contents: contents,
        })
      } else doc.link(rect.x, rect.y, rect.width, rect.height, url, { structParent: link })
      // Ended on the page it was drawn on: pdfkit records the annotation's page when the element is written.
      link.end()
    },
    figure(alt, box, draw) {
      const bbox: [number, number, number, number] = [box.x, box.y, box.x + box.width, box.y + box.height]
      const element = doc.struct('Figure', { alt, bbox, placement: 'Block' })
      current().element.add(element)
      const content = doc.markStructureContent('Figure')
      draw()
      doc.endMarkedContent()
      element.add(content)
      element.end()
    },
  }
}
