import type { Brief, Section } from '../brief/schema'
import type { TemplateStyle } from '../templates/schema'
import { PLAIN, textRun } from './blocks'
import type { Block } from './blocks'
import { flowBlocks } from './flow-blocks'
import { flowText, pushAll, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import type { Decor, Frame } from './flow-types'
import { breakLines } from './line-break'
import { parseMarkdown } from './markdown'
import { formatDate, sourceBlocks } from './sources'
import { lineItems } from './typography'

/*
 * The whole brief as a display list: the page-1 masthead (organization band, title, subtitle,
 * date and author), the "Key takeaways" box, then each section under its heading.
 */

function sectionBlocks(context: FlowContext, brief: Brief, section: Section): Block[] {
  const parsed = parseMarkdown(section.body)
  for (const note of parsed.notes) context.warn(`Section "${section.heading}": ${note}`)
  return section.kind === 'sources' ? [...parsed.blocks, ...sourceBlocks(brief.sources)] : parsed.blocks
}

function flowMasthead(context: FlowContext, brief: Brief, style: TemplateStyle): void {
  const { theme, type } = context
  const frame: Frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [] }
  const band: Decor = { kind: 'fill', x: 0, width: theme.pageWidth, color: theme.accent }
  const bandHeight = Math.max(28, type.band.size * 3.2)
  const organization = (brief.meta.organization || style.organization).trim()
  if (organization) {
    const bandStyle = { ...type.band, leading: bandHeight }
    const laid = breakLines(
      [textRun(organization.toUpperCase())],
      bandStyle,
      frame.width,
      context.onMissing,
    ).slice(0, 1)
    const [line] = lineItems(laid, bandStyle, { ...frame, decor: [band] })
    if (line) {
      for (const fragment of line.fragments) {
        fragment.characterSpacing = 0.4
        fragment.width += 0.4 * Math.max(0, Array.from(fragment.text).length - 1)
      }
      tagged(context, 'P', () => context.items.push(line))
    }
  } else space(context, 10, [band])
  space(context, theme.leading * 2, [])
  flowText(context, [textRun(brief.meta.title.trim() || 'Untitled brief')], type.title, frame, 'H1')
  if (brief.meta.subtitle.trim()) {
    space(context, theme.leading * 0.7, [])
    flowText(context, [textRun(brief.meta.subtitle.trim())], type.subtitle, frame, 'P')
  }
  const byline = [formatDate(brief.meta.date), brief.meta.author.trim()]
    .filter((part) => part !== '')
    .join('  ·  ')
  space(context, theme.leading * 0.8, [])
  flowText(context, [textRun(byline, PLAIN)], type.byline, frame, 'P')
  const rule: Decor = {
    kind: 'hline',
    x: frame.x,
    width: frame.width,
    color: theme.accent,
    thickness: 1.25,
    dy: theme.leading * 0.7,
  }
  space(context, theme.leading * 1.4, [rule])
  space(context, theme.leading * 0.6, [])
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

function flowSection(context: FlowContext, brief: Brief, section: Section, first: boolean): void {
  const { theme, type } = context
  const frame: Frame = { x: theme.contentLeft, width: theme.contentWidth, decor: [] }
  if (!first) space(context, theme.leading * 1.5, [])
  tagged(context, 'Sect', () => {
    flowText(context, [textRun(section.heading)], type.sectionHeading, frame, 'H2', {
      keepAfter: 2,
      outline: { title: section.heading, level: 1 },
    })
    space(context, theme.leading * 0.4, [])
    flowBlocks(context, sectionBlocks(context, brief, section), frame)
  })
}

/** Flows a brief into the context's display list. */
export function flowBrief(context: FlowContext, brief: Brief, style: TemplateStyle): void {
  tagged(context, 'Document', () => {
    flowMasthead(context, brief, style)
    const summary = style.summaryBox
      ? brief.sections.find((section) => section.kind === 'summary')
      : undefined
    if (summary) flowSummaryBox(context, brief, summary)
    let first = summary === undefined
    for (const section of brief.sections) {
      if (section === summary) continue
      flowSection(context, brief, section, first)
      first = false
    }
  })
}
