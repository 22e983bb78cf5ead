import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { confidenceMarkdown, estimativeBoxContent } from '../templates/estimative-box'
import { markdownBlocks } from './markdown'
import type { BodyColors, DocxBlock } from './markdown'
import type { ListNumbering } from './numbering'

/**
 * The body of the Word export's estimative language box: the bands as a two-row table, set like a
 * Markdown table but with seven equal columns (widths by text length squeeze "likely" until Word
 * breaks it inside the word), then the confidence levels as the PDF prints them.
 */
export function estimativeBoxBlocks(colors: BodyColors, numbering: ListNumbering): DocxBlock[] {
  const content = estimativeBoxContent()
  const border = { style: BorderStyle.SINGLE, size: 4, color: colors.rule }
  const width = Math.floor(colors.width / content.bands.length)
  const cell = (text: string, header: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      shading: header ? { type: ShadingType.CLEAR, fill: colors.accentTint, color: 'auto' } : undefined,
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO },
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    })
  const table = new Table({
    width: { size: width * content.bands.length, type: WidthType.DXA },
    columnWidths: content.bands.map(() => width),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({ tableHeader: true, children: content.bands.map((band) => cell(band.term, true)) }),
      new TableRow({ children: content.bands.map((band) => cell(band.range, false)) }),
    ],
  })
  return [
    { heading: false, elements: [table] },
    ...markdownBlocks(confidenceMarkdown(content), colors, numbering),
  ]
}
