import type { Brief } from '../brief/schema'
import { cleanText } from '../templates/inline-text'
import { writeXmpFrom } from './engine/pdfkit-adapter'
import type { PdfDoc, PdfInfo } from './engine/pdfkit-types'

/** The creation date a brief gets when none is given: its own date at 00:00 UTC, so output is reproducible. */
export function defaultCreationDate(brief: Brief): Date {
  const date = new Date(`${brief.meta.date}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? new Date(0) : date
}

function infoText(text: string): string {
  return cleanText(text).replace(/\s+/g, ' ').trim()
}

/** The document information dictionary of a brief. */
export function documentInfo(brief: Brief, creationDate: Date): PdfInfo {
  const info: PdfInfo = {
    Title: infoText(brief.meta.title) || 'Untitled brief',
    Creator: 'Briefwright',
    Producer: 'Briefwright (PDFKit)',
    CreationDate: creationDate,
    ModDate: creationDate,
  }
  const author = infoText(brief.meta.author)
  if (author) info.Author = author
  const subject = infoText(brief.meta.subtitle)
  if (subject) info.Subject = subject
  return info
}

/** Escapes text for an XML element's content. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * pdfkit copies Title, Author, Subject, Creator and Producer into the XMP packet unescaped, so
 * `&` or `<` make it invalid XML. The packet gets escaped copies; the info dictionary keeps the
 * originals.
 */
export function escapeXmpMetadata(doc: PdfDoc): void {
  writeXmpFrom(doc, (original) => {
    const escaped: PdfInfo = { ...original }
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer'] as const) {
      const value = original[key]
      if (value !== undefined) escaped[key] = escapeXml(value)
    }
    return escaped
  })
}
