/*
 * Estimative language of Intelligence Community Directive 203, "Analytic Standards" (Office of the
 * Director of National Intelligence, 2 January 2015), p. 3: the expressions of likelihood in two
 * parallel scales (an analysis uses one of them, not both), each row a band of probability, and the
 * three levels of confidence. The check's rules (main/check) and the editor's picker both read this
 * one list; it lives in common because the renderer loads it at run time. Pure: imports nothing.
 */

/** One band of probability, with its words in each of the two scales. */
export type LikelihoodBand = {
  /** The band's range, as the directive prints it. */
  percent: string
  likelihood: readonly string[]
  probability: readonly string[]
}

/** The seven bands, least likely first. */
export const LIKELIHOOD_BANDS: readonly LikelihoodBand[] = [
  { percent: '01–05%', likelihood: ['almost no chance'], probability: ['remote'] },
  { percent: '05–20%', likelihood: ['very unlikely'], probability: ['highly improbable'] },
  { percent: '20–45%', likelihood: ['unlikely'], probability: ['improbable', 'improbably'] },
  { percent: '45–55%', likelihood: ['roughly even chance'], probability: ['roughly even odds'] },
  { percent: '55–80%', likelihood: ['likely'], probability: ['probable', 'probably'] },
  { percent: '80–95%', likelihood: ['very likely'], probability: ['highly probable'] },
  { percent: '95–99%', likelihood: ['almost certain', 'almost certainly'], probability: ['nearly certain'] },
]

/** The directive's levels of confidence in a judgment (expressed apart from its likelihood). */
export const CONFIDENCE_LEVELS: readonly string[] = [
  'high confidence',
  'moderate confidence',
  'low confidence',
]

/** The two scales' names, as the check's messages give them. */
export const SCALE_NAMES = {
  likelihood: 'likely/unlikely',
  probability: 'probable/improbable',
} as const
export type Scale = keyof typeof SCALE_NAMES
