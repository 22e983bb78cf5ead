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

/** A level of confidence and what it says about the judgment's basis, in one line. */
export type ConfidenceLevel = { level: string; meaning: string }

/*
 * ICD 203 names the levels and asks that confidence rest on the quality and quantity of the sources
 * and the reasoning, but does not define each level: the meanings paraphrase the explanation the
 * ODNI's published assessments print beside their judgments ("Estimative Language", e.g. ICA
 * 2017-01D, 6 January 2017, annex B), cut to one line each for the PDF's explainer box.
 */
/** The directive's levels of confidence in a judgment (expressed apart from its likelihood), highest first. */
export const CONFIDENCE_EXPLAINED: readonly ConfidenceLevel[] = [
  {
    level: 'high confidence',
    meaning: 'good, consistent information from several sources',
  },
  {
    level: 'moderate confidence',
    meaning: 'credible, plausible information, but not corroborated enough',
  },
  {
    level: 'low confidence',
    meaning: 'scant, fragmentary or doubtful information',
  },
]

/** The levels' names alone (what the check's rules and the editor's picker look for). */
export const CONFIDENCE_LEVELS: readonly string[] = CONFIDENCE_EXPLAINED.map((entry) => entry.level)

/** The two scales' names, as the check's messages give them. */
export const SCALE_NAMES = {
  likelihood: 'likely/unlikely',
  probability: 'probable/improbable',
} as const
export type Scale = keyof typeof SCALE_NAMES
