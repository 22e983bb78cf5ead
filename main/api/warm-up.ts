import { analyzeArticle } from '../analysis/index'
import { readArticle } from '../article/index'
import { BriefSchema } from '../brief/schema'
import { renderBriefPdf } from '../pdf/index'
import { TemplateStyleSchema } from '../templates/schema'

// A fresh worker pays once for what every article and every preview needs: compiling the shaper,
// parsing the default style's faces, and the first run of the reader, the analysis and Markdown's
// rules. Paid while the user picks an article, it is not paid on the way to the first page drawn.

/** The sample: an article with a dateline and a quotation, and a brief with lists, a table and a quote. */
export const WARM_UP_ARTICLE = `Talks resume in Geneva

GENEVA (AP) — Delegations met on Monday. "We are ready to talk," the minister, Anna Berg, said.

Officials said a second round was expected next week.
`

export const WARM_UP_BRIEF = BriefSchema.parse({
  schemaVersion: BriefSchema.shape.schemaVersion.value,
  meta: { title: 'Talks resume in Geneva', date: '2026-01-05', templateId: 'policy-brief' },
  sections: [
    {
      id: 'summary',
      kind: 'summary',
      heading: 'Summary',
      body: '**Talks resume.** Delegations met *on Monday*.\n\n- One point\n- Another point',
    },
    {
      id: 'positions',
      kind: 'positions',
      heading: 'Positions',
      body: '| Actor | Stance |\n| --- | --- |\n| Norway | supports |\n\n### Norway\n\n> “We are ready to talk”\n>\n> — Anna Berg',
    },
  ],
  sources: [],
})

/** Reads, analyzes and renders a small sample, for what the first real job would pay; never throws. */
export async function warmUp(): Promise<void> {
  try {
    analyzeArticle(await readArticle({ kind: 'text', text: WARM_UP_ARTICLE, name: 'warm-up.txt' }))
    await renderBriefPdf(WARM_UP_BRIEF, TemplateStyleSchema.parse({}))
  } catch {
    // Only a head start: the real job reports its own failure.
  }
}
