import { estimativeBoxContent, estimativeBoxMarkdown } from '../templates/estimative-box'
import { flowBlocks } from './flow-blocks'
import { flowBox } from './flow-box'
import type { FlowContext } from './flow-context'
import { parseMarkdown } from './markdown'

/** The named destination of the box's heading: no section's anchor ("section-N") can take it. */
export const ESTIMATIVE_BOX_ANCHOR = 'estimative-language'

/**
 * The "Estimative language" explainer box, drawn like the summary box and tagged the same way (a
 * Sect holding an H2, a Table and a list); its heading is bookmarked but it is no section of the
 * brief, so it has no number and the contents do not list it.
 */
export function flowEstimativeBox(context: FlowContext): void {
  const content = estimativeBoxContent()
  const { blocks } = parseMarkdown(estimativeBoxMarkdown(content))
  flowBox(context, { title: content.title, anchor: ESTIMATIVE_BOX_ANCHOR }, (inner) =>
    flowBlocks(context, blocks, inner),
  )
}
