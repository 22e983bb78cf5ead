import type { Brief, Section } from '../brief/schema'
import type { TemplateStyle } from '../templates/schema'
import { textRun } from './blocks'
import type { Block } from './blocks'
import { flowBlocks } from './flow-blocks'
import { flowContents } from './flow-contents'
import { flowText, pushAll, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import { flowMasthead } from './flow-masthead'
import type { Decor, Frame } from './flow-types'
import { breakLines } from './line-break'
import { parseMarkdown } from './markdown'
import { sourceBlocks } from './sources'
import { lineItems } from './typography'

/*
 * The whole brief as a display list: the page-1 masthead (organization band with the logo, title,
 * subtitle, date and author), the "Key takeaways" box, the contents, then each section under its
 * heading.
 */

/** A section as it is printed in the body: its heading (numbered or not) and the anchor the contents link to. */
type BodySection = { section: Section; title: string; anchor: string }

function sectionBlocks(context: FlowContext, brief: Brief, section: Section): Block[] {
  const parsed = parseMarkdown(section.body)
  for (const note of parsed.notes) context.warn(`Section "${section.heading}": ${note}`)
  return section.kind === 'sources' ? [...parsed.blocks, ...sourceBlocks(brief.sources)] : parsed.blocks
}

function flowSummaryBox(context: FlowContext, brief: Brief, section: Section): void {
  const { theme, type } = context
  const decor: Decor[] = [
    { kind: 'fill', x: theme.contentLeft, width: theme.contentWidth, color: theme.accentWash },
    { kind: 'fill', x: theme.contentLeft, width: 3, color: theme.accent },
  ]
  const inner: Frame = { x: theme.contentLeft + 20, width: theme.contentWidth - 36, decor }
  space(context, theme.leading * 0.9, decor)
  tagged(context, 'Sect', () => {
    const headingLine = breakLines(
      [textRun(section.heading.toUpperCase())],
      type.boxHeading,
      inner.width,
      context.onMissing,
    )
    const items = lineItems(headingLine, type.boxHeading, inner, {
      keepAfter: 2,
      outline: { title: section.heading, level: 1 },
    })
    for (const item of items) {
      for (const fragment of item.fragments) {
        fragment.characterSpacing = 0.35
        fragment.width += 0.35 * Math.max(0, Array.from(fragment.text).length - 1)
      }
    }
    tagged(context, 'H2', () => pushAll(context.items, items))
    space(context, theme.leading * 0.35, decor)
    flowBlocks(context, sectionBlocks(context, brief, section), inner)
  })
  space(context, theme.leading * 0.9, decor)
}

function flowSection(context: FlowContext, brief: Brief, body: BodySection, first: boolean): void {
  const { theme, type } = context
  const frame: Frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [] }
  if (!first) space(context, theme.leading * 1.5, [])
  tagged(context, 'Sect', () => {
    flowText(context, [textRun(body.title)], type.sectionHeading, frame, 'H2', {
      keepAfter: 2,
      outline: { title: body.title, level: 1 },
      anchor: body.anchor,
    })
    space(context, theme.leading * 0.4, [])
    flowBlocks(context, sectionBlocks(context, brief, body.section), frame)
  })
}

/** The sections printed in the body, in order, numbered "1. Background"… when the style asks for it. */
export function bodySections(sections: readonly Section[], numbered: boolean): BodySection[] {
  return sections.map((section, index) => ({
    section,
    title: numbered ? `${index + 1}. ${section.heading}` : section.heading,
    anchor: `section-${index + 1}`,
  }))
}

/** Flows a brief into the context's display list. */
export function flowBrief(context: FlowContext, brief: Brief, style: TemplateStyle): void {
  tagged(context, 'Document', () => {
    flowMasthead(context, brief, style)
    const summary = style.summaryBox
      ? brief.sections.find((section) => section.kind === 'summary')
      : undefined
    if (summary) flowSummaryBox(context, brief, summary)
    const body = bodySections(
      brief.sections.filter((section) => section !== summary),
      style.sectionNumbers,
    )
    const contents = style.tableOfContents && body.length > 0
    if (contents) {
      if (summary) space(context, context.theme.leading * 1.2, [])
      flowContents(context, body)
    }
    body.forEach((entry, index) => flowSection(context, brief, entry, index === 0 && !summary && !contents))
  })
}
