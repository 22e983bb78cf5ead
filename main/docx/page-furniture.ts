import { AlignmentType, Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx'
import type { ParagraphChild } from 'docx'
import { fillSlot } from '../common/slot-fields'
import type { Slots } from '../templates/schema'
import { cleanText } from './inline'

/** What every page carries outside the text, as the PDF's decoration has it. */
export type Furniture = {
  marking: string
  header: Slots | null
  footer: Slots
  firstPage: { header: boolean; footer: boolean }
  fields: { title: string; date: string; marking: string; organization: string }
  colors: { marking: string; accent: string; muted: string }
  /** The text's width in twips: the centre and right tab stops of the slots. */
  width: number
}

// Stand-ins for the page numbers while the slot's other fields are filled in: characters of the
// private use area, which no slot text holds and which fillSlot does not take for separators.
const PAGE = '\ue000'
const PAGES = '\ue001'

const RUN_SIZE = 16

function slotRuns(
  template: string,
  fields: Furniture['fields'],
  colors: Furniture['colors'],
): ParagraphChild[] {
  const filled = cleanText(fillSlot(template, { ...fields, page: PAGE, pages: PAGES }))
  // "{organization}" alone is set as the PDF sets it: small capitals in the accent colour.
  const organization = template.trim() === '{organization}'
  const style = organization
    ? { smallCaps: true, bold: true, color: colors.accent, size: RUN_SIZE }
    : { color: colors.muted, size: RUN_SIZE }
  return filled
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter((part) => part !== '')
    .map((part) => {
      if (part === PAGE) return new TextRun({ ...style, children: [PageNumber.CURRENT] })
      if (part === PAGES) return new TextRun({ ...style, children: [PageNumber.TOTAL_PAGES] })
      return new TextRun({ ...style, text: part })
    })
}

function isEmpty(slots: Slots): boolean {
  return !slots.left.trim() && !slots.center.trim() && !slots.right.trim()
}

/** The left, centre and right slots on one line, at tab stops across the text's width. */
function slotsParagraph(slots: Slots, furniture: Furniture): Paragraph {
  const { fields, colors } = furniture
  const centered = slots.center.trim() !== ''
  const children: ParagraphChild[] = [...slotRuns(slots.left, fields, colors)]
  if (centered) children.push(new TextRun({ children: ['\t'] }), ...slotRuns(slots.center, fields, colors))
  if (slots.right.trim())
    children.push(new TextRun({ children: ['\t'] }), ...slotRuns(slots.right, fields, colors))
  // Without a centre slot there is no centre stop: a long left slot would take the right one's tab.
  const tabStops = [
    ...(centered ? [{ type: TabStopType.CENTER, position: Math.round(furniture.width / 2) }] : []),
    { type: TabStopType.RIGHT, position: furniture.width },
  ]
  return new Paragraph({ tabStops, children })
}

function markingParagraph(furniture: Furniture): Paragraph | null {
  const marking = cleanText(furniture.marking).trim()
  if (!marking) return null
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        text: marking,
        bold: true,
        color: furniture.colors.marking,
        size: 17,
        characterSpacing: 8,
      }),
    ],
  })
}

function pageHeader(furniture: Furniture, withSlots: boolean): Header {
  const marking = markingParagraph(furniture)
  const slots =
    withSlots && furniture.header && !isEmpty(furniture.header)
      ? slotsParagraph(furniture.header, furniture)
      : null
  const children = [marking, slots].filter((paragraph) => paragraph !== null)
  return new Header({ children: children.length > 0 ? children : [new Paragraph({})] })
}

function pageFooter(furniture: Furniture, withSlots: boolean): Footer {
  const marking = markingParagraph(furniture)
  const slots = withSlots && !isEmpty(furniture.footer) ? slotsParagraph(furniture.footer, furniture) : null
  const children = [slots, marking].filter((paragraph) => paragraph !== null)
  return new Footer({ children: children.length > 0 ? children : [new Paragraph({})] })
}

/**
 * Headers and footers: the marking at the top and bottom of every page, the header's and footer's
 * slots on every page but the first unless the style puts them there too (page 1 has the masthead).
 */
export function pageFurniture(furniture: Furniture): {
  headers: { default: Header; first: Header }
  footers: { default: Footer; first: Footer }
} {
  return {
    headers: {
      default: pageHeader(furniture, true),
      first: pageHeader(furniture, furniture.firstPage.header),
    },
    footers: {
      default: pageFooter(furniture, true),
      first: pageFooter(furniture, furniture.firstPage.footer),
    },
  }
}
