/**
 * The stance labels of the positions matrix, in the order a reader scans them. Drafting picks one
 * from the attribution verb (main/brief/stance-verbs.ts); the Positions view offers the same list.
 */
export const STANCE_LABELS = [
  'supports',
  'opposes',
  'conditions',
  'welcomes',
  'warns',
  'rejects',
  'neutral/unclear',
] as const
export type StanceLabel = (typeof STANCE_LABELS)[number]

/** The header row of the positions matrix; the Positions view reads the same columns back. */
export const MATRIX_COLUMNS = ['Actor', 'Stance', 'Key words', 'Where'] as const
/** The column a brief of several sources adds: the sources (by their number) that printed the key words. */
export const SOURCE_COLUMN = 'Source'
