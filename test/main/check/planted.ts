import type { Brief } from '../../../main/brief/schema'
import { sha256Of } from '../../../main/brief/source-snapshot'
import type { Template } from '../../../main/templates/schema'
import { SOURCE_TEXT, briefOf, templateOf } from './check-helpers'

/*
 * A brief with one planted instance of each rule of the check, and the template it is checked
 * against (summary first, every section required, a one-page budget).
 */

const DRAFTED = 'Officials expect a second round next month.'
const LONG = Array.from({ length: 40 }, (_, index) => `point${index}`).join(' ')

export function plantedTemplate(): Template {
  return templateOf(
    [
      { id: 'summary', kind: 'summary' },
      { id: 'background', kind: 'background' },
      { id: 'analysis', kind: 'custom' },
      { id: 'outlook', kind: 'outlook' },
    ],
    { summaryFirst: true, pageBudget: 1 },
  )
}

export function plantedBrief(): Brief {
  const start = SOURCE_TEXT.indexOf(DRAFTED)
  const brief = briefOf([
    // source-changed: drafted from a sentence the snapshot no longer holds.
    {
      id: 'background',
      kind: 'background',
      heading: 'Background',
      body: `Talks resumed in Riyadh. ${DRAFTED}`,
      provenance: [{ sourceId: 'source-1', start, end: start + DRAFTED.length }],
    },
    // summary-not-first: the summary comes second.
    { id: 'summary', kind: 'summary', heading: 'Summary', body: 'Talks go on, slowly.' },
    {
      id: 'analysis',
      kind: 'custom',
      heading: 'Analysis',
      body: [
        // unattributed-quote (in the source), then quote-not-in-source (attributed).
        '“We want a ceasefire before the winter,” and the talks went on.',
        'The foreign minister said that “we will never sign this agreement at all” on Monday.',
        // likelihood-with-confidence, and its "likely" outnumbers "probably": estimative-mixed.
        'We assess with high confidence that a deal is likely.',
        'Moscow will probably refuse.',
        // long-sentence.
        `${LONG}.`,
        // over-page-budget: enough short paragraphs for a second page.
        ...Array.from({ length: 60 }, (_, day) => `Delegates met on day ${day + 1} and reviewed the text.`),
      ].join('\n\n'),
    },
    // empty-section: the template requires it.
    { id: 'outlook', kind: 'outlook', heading: 'Outlook', body: '' },
  ])
  const source = brief.sources[0]
  if (!source) throw new Error('the planted brief has a source')
  // The snapshot changed after drafting: its hash is still the original text's.
  const changed = SOURCE_TEXT.replace('second round', 'second phase')
  return { ...brief, sources: [{ ...source, text: changed, sha256: sha256Of(SOURCE_TEXT) }] }
}
