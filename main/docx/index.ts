import {
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { FileChild } from 'docx'
import type { Brief, Section } from '../brief/schema'
import { formatDate } from '../common/dates'
import type { TemplateStyle } from '../templates/schema'
import { decodeBase64, imageSize } from '../templates/logo'
import { ESTIMATIVE_BOX_TITLE, estimativeBoxAt } from '../templates/estimative-box'
import { printedSections } from '../templates/printed-sections'
import type { PrintedSection } from '../templates/printed-sections'
import { estimativeBoxBlocks } from './estimative-box'
import { cleanText } from './inline'
import { markdownBlocks } from './markdown'
import type { BodyColors, DocxBlock, DocxElement } from './markdown'
import { ListNumbering } from './numbering'
import { pageFurniture } from './page-furniture'
import { sourceParagraphs } from './sources'
import { CODE_BACKGROUND, MUTED, RULE, stylesFor, tint, twips, wordColor } from './styles'

/*
 * Brief + style → a Word document: the masthead, then the sections the PDF prints in the order it
 * prints them (templates/printed-sections.ts decides both), with Word's own heading styles, lists,
 * quotes and tables, and the marking, slots and page numbers in every page's header and footer.
 */

const PAGE_SIZES = { letter: { width: 12240, height: 15840 }, a4: { width: 11906, height: 16838 } } as const
/** The PDF's floor for the top and bottom margins, which hold the marking and the slots. */
const MIN_VERTICAL_MARGIN = 54
/** The logo's height in the organization band, in pixels as Word counts them (1/96 in). */
const LOGO_HEIGHT = 28

/** A section's blocks; a heading that ends its section (nothing written under it yet) is left out, as in the PDF. */
function sectionContent(
  brief: Brief,
  section: Section,
  colors: BodyColors,
  numbering: ListNumbering,
): DocxBlock[] {
  const blocks = markdownBlocks(section.body, colors, numbering)
  if (section.kind === 'sources') {
    const sources = sourceParagraphs(brief.sources, numbering)
    if (sources.length > 0) blocks.push({ heading: false, elements: sources })
  }
  let end = blocks.length
  while (end > 0 && blocks[end - 1]?.heading) end -= 1
  return blocks.slice(0, end)
}

function logoRun(style: TemplateStyle, organization: string): ImageRun | null {
  if (!style.logo) return null
  const bytes = decodeBase64(style.logo.data)
  const size = bytes ? imageSize(bytes) : null
  if (!bytes || !size) return null
  return new ImageRun({
    type: style.logo.mediaType === 'image/png' ? 'png' : 'jpg',
    data: bytes,
    transformation: { width: Math.round((size.width / size.height) * LOGO_HEIGHT), height: LOGO_HEIGHT },
    altText: {
      name: 'Logo',
      title: 'Logo',
      description: organization ? `${organization} logo` : 'Organization logo',
    },
  })
}

/** The page-1 masthead: the organization band (with the logo), title, subtitle, and date and author over a rule. */
function masthead(brief: Brief, style: TemplateStyle): Paragraph[] {
  const paragraphs: Paragraph[] = []
  const organization = cleanText(brief.meta.organization).trim()
  const logo = logoRun(style, organization)
  if (organization || logo)
    paragraphs.push(
      new Paragraph({
        style: 'Organization',
        shading: { type: ShadingType.CLEAR, fill: wordColor(style.accentColor), color: 'auto' },
        children: [
          ...(logo ? [logo, new TextRun({ text: '   ' })] : []),
          new TextRun({ text: organization.toUpperCase() }),
        ],
      }),
    )
  paragraphs.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun(cleanText(brief.meta.title).trim() || 'Untitled brief')],
    }),
  )
  const subtitle = cleanText(brief.meta.subtitle).trim()
  if (subtitle) paragraphs.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(subtitle)] }))
  const byline = [formatDate(brief.meta.date), cleanText(brief.meta.author).trim()]
    .filter((part) => part !== '')
    .join('  ·  ')
  paragraphs.push(new Paragraph({ style: 'Byline', children: [new TextRun(byline)] }))
  return paragraphs
}

/** Left and right padding of a box's cell, in points. */
const BOX_PADDING = { left: 20, right: 14 }

/**
 * A part set as the PDF's boxes (the summary box, the estimative language box): a shaded cell with
 * an accent rule at its left, headed by the title in spaced capitals.
 */
function shadedBox(title: string, blocks: readonly DocxBlock[], style: TemplateStyle): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' }
  const elements: DocxElement[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 0 },
      children: [
        new TextRun({
          text: title,
          allCaps: true,
          characterSpacing: 7,
          size: Math.round(style.bodySize * 0.86 * 2),
        }),
      ],
    }),
    ...blocks.flatMap((block) => block.elements),
  ]
  // Word wants a cell to end with a paragraph.
  if (!(elements.at(-1) instanceof Paragraph)) elements.push(new Paragraph({}))
  const pad = twips(14)
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: none,
      bottom: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
      left: { style: BorderStyle.SINGLE, size: 24, color: wordColor(style.accentColor) },
    },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, fill: tint(style.accentColor, 0.06), color: 'auto' },
            margins: {
              top: pad,
              bottom: pad,
              left: twips(BOX_PADDING.left),
              right: twips(BOX_PADDING.right),
            },
            children: elements,
          }),
        ],
      }),
    ],
  })
}

function sectionElements(entry: PrintedSection<DocxBlock>): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(entry.title)] }),
    ...entry.blocks.flatMap((block) => block.elements),
  ]
}

/**
 * Renders a brief as a Word document (.docx bytes) in the template's style: the same sections in
 * the same order as the PDF, headings in Word's heading styles.
 */
export async function renderBriefDocx(brief: Brief, style: TemplateStyle): Promise<Uint8Array> {
  const page = PAGE_SIZES[style.pageSize]
  const margins = {
    top: Math.max(style.margins.top, MIN_VERTICAL_MARGIN),
    bottom: Math.max(style.margins.bottom, MIN_VERTICAL_MARGIN),
    left: Math.min(style.margins.left, page.width / 60),
    right: Math.min(style.margins.right, page.width / 60),
  }
  const width = page.width - twips(margins.left) - twips(margins.right)
  const colors: BodyColors = {
    accent: wordColor(style.accentColor),
    accentTint: tint(style.accentColor, 0.14),
    rule: RULE,
    codeBackground: CODE_BACKGROUND,
    width,
  }
  const numbering = new ListNumbering()
  const printed = printedSections(brief, style, (section) =>
    sectionContent(brief, section, colors, numbering),
  )
  const children: FileChild[] = [...masthead(brief, style)]
  const contentsAfter = printed[0]?.boxed ? 1 : 0
  const boxAt = estimativeBoxAt(printed, style)
  // The box's table sits inside the box's padded cell, so it is laid out to the cell's width.
  const boxColors = { ...colors, width: width - twips(BOX_PADDING.left + BOX_PADDING.right) }
  const estimativeBox = () => [
    shadedBox(ESTIMATIVE_BOX_TITLE, estimativeBoxBlocks(boxColors, numbering), style),
    new Paragraph({}),
  ]
  printed.forEach((entry, index) => {
    if (index === contentsAfter && style.tableOfContents)
      children.push(new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-1' }))
    if (index === boxAt) children.push(...estimativeBox())
    if (entry.boxed) children.push(shadedBox(entry.title, entry.blocks, style), new Paragraph({}))
    else children.push(...sectionElements(entry))
  })
  if (boxAt !== null && boxAt === printed.length) children.push(...estimativeBox())

  const title = cleanText(brief.meta.title).trim() || 'Untitled brief'
  const furniture = pageFurniture({
    marking: brief.meta.marking,
    header: style.runningHeader ? style.header : null,
    footer: style.footer,
    firstPage: style.firstPage,
    fields: {
      title,
      date: formatDate(brief.meta.date),
      marking: brief.meta.marking,
      organization: brief.meta.organization.trim(),
    },
    colors: { marking: wordColor(style.markingColor), accent: colors.accent, muted: MUTED },
    width,
  })
  const document = new Document({
    title,
    subject: cleanText(brief.meta.subtitle).trim() || undefined,
    creator: cleanText(brief.meta.author).trim() || 'Briefwright',
    styles: stylesFor(style),
    numbering: { config: numbering.config() },
    features: style.tableOfContents ? { updateFields: true } : undefined,
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: page,
            margin: {
              top: twips(margins.top),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              right: twips(margins.right),
              header: twips(margins.top * 0.3),
              footer: twips(margins.bottom * 0.3),
            },
          },
        },
        ...furniture,
        children,
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
