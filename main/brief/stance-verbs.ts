import type { StanceLabel } from '../common/stance-labels'

/*
 * The attribution verbs (stems) and quotation cues that give each stance label of the positions
 * matrix (main/common/stance-labels.ts lists them). One table, read in order: the first label whose
 * verb appears in the attribution frame wins; a frame with only a neutral verb ("said") is read from
 * the quotation's own cue words.
 */
type StanceEntry = { label: StanceLabel; verbs: string[]; cues: string[]; phrase: string }

const TABLE: StanceEntry[] = [
  {
    label: 'rejects',
    verbs: ['reject', 'dismiss', 'deni', 'deny', 'refus', 'rebuff', 'ruled out', 'rules out'],
    cues: ['reject', 'will never', 'not accept', 'refuse', 'out of the question'],
    phrase: 'Rejects',
  },
  {
    label: 'opposes',
    verbs: [
      'oppos',
      'condemn',
      'criticiz',
      'criticis',
      'denounc',
      'objected',
      'objects',
      'protest',
      'decried',
      'decries',
      'slam',
    ],
    cues: ['oppose', 'condemn', 'unacceptable', 'wrong', 'violation'],
    phrase: 'Opposes',
  },
  {
    label: 'warns',
    verbs: ['warn', 'caution', 'fear', 'express concern', 'expressed concern', 'worri', 'alarm'],
    cues: ['warn', 'danger', 'risk', 'threat', 'at the expense'],
    phrase: 'Warns',
  },
  {
    label: 'conditions',
    verbs: [
      'insist',
      'demand',
      'emphasiz',
      'emphasis',
      'stress',
      'condition',
      'urged',
      'urges',
      'urging',
      'call on',
      'called on',
    ],
    cues: ['must', 'only if', 'without', 'unless', 'on condition', 'has to', 'needs to', 'should'],
    phrase: 'Sets conditions',
  },
  {
    label: 'welcomes',
    verbs: ['welcom', 'prais', 'hail', 'applaud', 'celebrat', 'greet'],
    cues: ['welcome', 'positive', 'encouraging', 'good news'],
    phrase: 'Welcomes',
  },
  {
    label: 'supports',
    verbs: [
      'support',
      'backed',
      'backs',
      'backing',
      'endors',
      'favor',
      'favour',
      'agreed',
      'agrees',
      'pledg',
    ],
    cues: ['support', 'stand with', 'committed', 'open to', 'we back'],
    phrase: 'Supports',
  },
]

const NEUTRAL_PHRASE = 'States a position'

/** Per list of stems, one pattern for a word that starts with any of them, made on first use. */
const STEM_PATTERNS = new Map<string[], RegExp>()

function containsStem(text: string, stems: string[]): boolean {
  let pattern = STEM_PATTERNS.get(stems)
  if (!pattern) {
    // A stem may go on ("condemn" in "condemned"); a phrase ends where its last word does ("has to",
    // not "has told").
    const alternatives = stems.map((stem) => (stem.includes(' ') ? `${stem.replace(/ /g, '\\s+')}\\b` : stem))
    pattern = new RegExp(`\\b(?:${alternatives.join('|')})`, 'i')
    STEM_PATTERNS.set(stems, pattern)
  }
  return pattern.test(text)
}

/** The stance label for an attribution frame ("insisted that") and the quotation it introduces. */
export function stanceOf(frame: string, quotation: string): StanceLabel {
  for (const entry of TABLE) if (containsStem(frame, entry.verbs)) return entry.label
  for (const entry of TABLE) if (containsStem(quotation, entry.cues)) return entry.label
  return 'neutral/unclear'
}

/** The label as the opening words of a stance line, in the drafter's words ("Sets conditions"). */
export function stancePhrase(label: StanceLabel): string {
  return TABLE.find((entry) => entry.label === label)?.phrase ?? NEUTRAL_PHRASE
}
