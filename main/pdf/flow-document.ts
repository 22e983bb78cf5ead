import type { Brief, Section } from '../brief/schema'
import type { TemplateStyle } from '../templates/schema'
import { estimativeBoxAt } from '../templates/estimative-box'
import { printedSections } from '../templates/printed-sections'
import type { PrintedSection as Printed } from '../templates/printed-sections'
import { textRun } from './blocks'
import type { Block } from './blocks'
import { flowBlocks } from './flow-blocks'
import { flowBox } from './flow-box'
import { flowContents } from './flow-contents'
import { flowText, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import { flowEstimativeBox } from './flow-estimative-box'
import { flowMasthead } from './flow-masthead'
import type { Frame } from './flow-types'
import { parseMarkdown } from './markdown'
import { sourceBlocks } from './sources'

/*
 * The whole brief as a display list: the page-1 masthead (organization band with the logo, title,
 * subtitle, date and author), then the brief's sections in the brief's own order, each under its
 * heading. The section list is the truth: a summary drawn as a box stays where it stands, and a
 * section with nothing to print is left out rather than printed as a bare heading. A style may add
 * the estimative language box, template furniture placed by templates/estimative-box.ts.
 */

type PrintedSection = Printed<Block>

function sectionBlocks(context: FlowContext, brief: Brief, section: Section): Block[] {
  const parsed = parseMarkdown(section.body)
  for (const note of parsed.notes) context.warn(`Section "${section.heading}": ${note}`)
  const blocks =
    section.kind === 'sources' ? [...parsed.blocks, ...sourceBlocks(brief.sources)] : parsed.blocks
  // A heading is never printed over nothing: one that ends its section (nothing written under it yet) waits.
  let end = blocks.length
  while (end > 0 && blocks[end - 1]?.type === 'heading') end -= 1
  if (end < blocks.length)
    context.warn(`Section "${section.heading}": a heading with nothing under it was left out of the PDF`)
  return blocks.slice(0, end)
}

function flowSummaryBox(context: FlowContext, entry: PrintedSection): void {
  flowBox(context, { title: entry.title, anchor: entry.anchor }, (inner) =>
    flowBlocks(context, entry.blocks, inner),
  )
}

function flowSection(context: FlowContext, entry: PrintedSection): void {
  const { theme, type } = context
  const frame: Frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [] }
  tagged(context, 'Sect', () => {
    flowText(context, [textRun(entry.title)], type.sectionHeading, frame, 'H2', {
      keepAfter: 2,
      outline: { title: entry.title, level: 1 },
      anchor: entry.anchor,
    })
    space(context, theme.leading * 0.4, [])
    flowBlocks(context, entry.blocks, frame)
  })
}

/** A printed section's id and the anchor of its heading line (the page it starts on is found by it). */
export type SectionAnchor = { id: string; anchor: string }

/**
 * Flows a brief into the context's display list. The contents, when the style has them, follow a
 * summary box that opens the brief (as a cover summary) or else the masthead, and list the sections
 * after them in the same order. Returns each printed section's id and the anchor of its heading.
 */
export function flowBrief(context: FlowContext, brief: Brief, style: TemplateStyle): SectionAnchor[] {
  let anchors: SectionAnchor[] = []
  tagged(context, 'Document', () => {
    flowMasthead(context, brief, style)
    const printed = printedSections(brief, style, (section) => sectionBlocks(context, brief, section))
    anchors = printed.map((entry) => ({ id: entry.section.id, anchor: entry.anchor }))
    const contentsAfter = printed[0]?.boxed ? 1 : 0
    const listed = printed.slice(contentsAfter)
    const gap = context.theme.leading * 1.5
    const boxAt = estimativeBoxAt(printed, style)
    printed.forEach((entry, index) => {
      if (index === contentsAfter && style.tableOfContents && listed.length > 0) {
        if (index > 0) space(context, context.theme.leading * 1.2, [])
        flowContents(context, listed)
        space(context, gap, [])
      } else if (index > 0) space(context, entry.boxed ? context.theme.leading * 1.2 : gap, [])
      if (index === boxAt) {
        flowEstimativeBox(context)
        space(context, gap, [])
      }
      if (entry.boxed) flowSummaryBox(context, entry)
      else flowSection(context, entry)
    })
    if (boxAt !== null && boxAt === printed.length) {
      space(context, printed.length > 0 ? context.theme.leading * 1.2 : 0, [])
      flowEstimativeBox(context)
    }
  })
  return anchors
}
