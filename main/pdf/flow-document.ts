import { LRUCache } from 'lru-cache'
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
import { flowText, pushAll, space, tagged } from './flow-context'
import type { FlowContext } from './flow-context'
import { flowEstimativeBox } from './flow-estimative-box'
import { flowMasthead } from './flow-masthead'
import type { FlowItem, Frame } from './flow-types'
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

/*
 * Layouts after an edit (a preview, a check) meet mostly the sections they met before. Each
 * section's blocks are kept by its text, and what flowing them pushed by those blocks and the
 * style, so only the edited section is read and broken into lines again. Flowed items are never
 * changed after flowing (pagination and drawing copy what they alter), so they are shared.
 */

/** Sections kept read: the sections of a few briefs. */
const SECTIONS_KEPT = 64
/** Flowings kept for one section's blocks: one per style it was last laid out in. */
const STYLES_KEPT = 4

type SectionRead = { blocks: Block[]; warnings: string[] }
type SectionFlowed = { items: FlowItem[]; missing: Set<string>; warnings: string[] }

const readSections = new LRUCache<string, SectionRead>({ max: SECTIONS_KEPT })
const flowedSections = new WeakMap<readonly Block[], LRUCache<string, SectionFlowed>>()

function readSection(brief: Brief, section: Section): SectionRead {
  const warnings: string[] = []
  const parsed = parseMarkdown(section.body)
  for (const note of parsed.notes) warnings.push(`Section "${section.heading}": ${note}`)
  const blocks =
    section.kind === 'sources' ? [...parsed.blocks, ...sourceBlocks(brief.sources)] : parsed.blocks
  // A heading is never printed over nothing: one that ends its section (nothing written under it yet) waits.
  let end = blocks.length
  while (end > 0 && blocks[end - 1]?.type === 'heading') end -= 1
  if (end < blocks.length)
    warnings.push(`Section "${section.heading}": a heading with nothing under it was left out of the PDF`)
  return { blocks: blocks.slice(0, end), warnings }
}

function sectionBlocks(context: FlowContext, brief: Brief, section: Section): Block[] {
  const key = JSON.stringify([
    section.kind,
    section.heading,
    section.body,
    section.kind === 'sources' ? brief.sources : null,
  ])
  let read = readSections.get(key)
  if (read === undefined) {
    read = readSection(brief, section)
    readSections.set(key, read)
  }
  for (const warning of read.warnings) context.warn(warning)
  return read.blocks
}

/** Flows a printed section, or pushes what flowing it in this style pushed before. */
function flowKept(
  context: FlowContext,
  entry: PrintedSection,
  styleKey: string,
  flow: (context: FlowContext, entry: PrintedSection) => void,
): void {
  let kept = flowedSections.get(entry.blocks)
  if (kept === undefined) {
    kept = new LRUCache({ max: STYLES_KEPT })
    flowedSections.set(entry.blocks, kept)
  }
  const key = JSON.stringify([styleKey, entry.title, entry.anchor, entry.boxed])
  let flowed = kept.get(key)
  if (flowed === undefined) {
    const fresh: SectionFlowed = { items: [], missing: new Set(), warnings: [] }
    flow(
      {
        ...context,
        items: fresh.items,
        onMissing: (char) => fresh.missing.add(char),
        warn: (message) => fresh.warnings.push(message),
      },
      entry,
    )
    kept.set(key, fresh)
    flowed = fresh
  }
  pushAll(context.items, flowed.items)
  for (const char of flowed.missing) context.onMissing(char)
  for (const message of flowed.warnings) context.warn(message)
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
export function flowBrief(
  context: FlowContext,
  brief: Brief,
  style: TemplateStyle,
  /** The style as JSON: what a section's kept flowing was made in. */
  styleKey: string,
): SectionAnchor[] {
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
      flowKept(context, entry, styleKey, entry.boxed ? flowSummaryBox : flowSection)
    })
    if (boxAt !== null && boxAt === printed.length) {
      space(context, printed.length > 0 ? context.theme.leading * 1.2 : 0, [])
      flowEstimativeBox(context)
    }
  })
  return anchors
}
