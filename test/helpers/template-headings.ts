/**
 * The headings each built-in template drafts, in order, written out as the expectation (not read
 * from templates/, so a change to a built-in shows up as a failing test).
 */
export const BUILT_IN_HEADINGS = {
  'policy-brief': ['Key takeaways', 'Background', 'Positions', 'Implications', 'Outlook', 'Sources'],
  'intelligence-assessment': [
    'Bottom line up front',
    'Key judgments',
    'Background',
    'Positions',
    'Implications',
    'Indicators to watch',
    'Sources',
  ],
  'decision-memo': ['Purpose', 'Background', 'Options', 'Recommendation'],
} as const
