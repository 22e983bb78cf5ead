import type { Brief, Section } from '../brief/schema'
import type { TemplateStyle } from './schema'

/*
 * Which sections an export prints, and under which headings: one rule for the PDF and the Word
 * document, so the two never disagree about order, numbering or what is left out. Each export
 * brings its own reading of a section's body (`contentOf`); a section it finds nothing in is left
 * out rather than printed as a bare heading.
 */

/** A section as it is printed: its heading (numbered or not), its anchor, its content, and whether it is boxed. */
export type PrintedSection<Content> = {
  section: Section
  title: string
  anchor: string
  boxed: boolean
  blocks: Content[]
}

/**
 * The sections an export prints, in the brief's order: those with something to print (what
 * `contentOf` finds in them). With the style's summary box, summary sections are boxed where they
 * stand; the other sections are numbered "1. Background"… when the style asks for it.
 */
export function printedSections<Content>(
  brief: Brief,
  style: TemplateStyle,
  contentOf: (section: Section) => Content[],
): PrintedSection<Content>[] {
  const printed: PrintedSection<Content>[] = []
  let number = 0
  for (const section of brief.sections) {
    const blocks = contentOf(section)
    if (blocks.length === 0) continue
    const boxed = style.summaryBox && section.kind === 'summary'
    if (!boxed) number += 1
    printed.push({
      section,
      title: style.sectionNumbers && !boxed ? `${number}. ${section.heading}` : section.heading,
      anchor: `section-${printed.length + 1}`,
      boxed,
      blocks,
    })
  }
  return printed
}
