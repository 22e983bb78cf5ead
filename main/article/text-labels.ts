// Lines that open with a label in capitals and a colon. In a transcript the label names who speaks
// ("MS PORTER: Oh, …", "MODERATOR: …", "Q …"); in a fact sheet it is a run-in heading
// ("ADDRESSING HUMAN RIGHTS VIOLATIONS IN SOUTH AFRICA: On Friday, …").

const LABEL = /^(\p{Lu}[\p{Lu}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{Lu}\p{M}.'’-]*|&)){0,9})\s*:\s+(?=\S)/u
const QUESTION_MARK_LABEL = /^Q[.:]?\s+\S/u

/** Words that make a label a speaker: titles, roles and the parts of a press event. */
const SPEAKER_WORD = new Set(
  (
    'MR MR. MRS MRS. MS MS. DR DR. SECRETARY MINISTER PRESIDENT VICE PRIME AMBASSADOR SPOKESPERSON SPOKESMAN ' +
    'SPOKESWOMAN MODERATOR OPERATOR OFFICIAL OFFICIALS QUESTION ANSWER GENERAL ADMIRAL SENATOR SEN. REP. ' +
    'REPRESENTATIVE CHAIRMAN CHAIR CHAIRWOMAN GOVERNOR DIRECTOR ADVISOR ADVISER COMMISSIONER MAYOR KING QUEEN ' +
    'PRINCE SPEAKER PARTICIPANT AUDIENCE INTERPRETER REPORTER HOST ANCHOR COLONEL CAPTAIN MAJOR LIEUTENANT ' +
    'COMMANDER DEPUTY ASSISTANT UNDER CHIEF SPECIAL ENVOY STAFF PRESS'
  ).split(' '),
)

/** The capitals-and-colon label opening a line ("MS PORTER"), "Q" for a question, or null. */
export function labelOf(line: string): string | null {
  const match = LABEL.exec(line)
  if (match?.[1]) return match[1]
  return QUESTION_MARK_LABEL.test(line) ? 'Q' : null
}

/**
 * The labels in a text that are run-in headings rather than speakers: long labels (four words or
 * more) that no speaker's title opens or fills and that occur only once. A speaker speaks more than
 * once, or is named by a title; a heading opens its section once.
 */
export function runInHeadings(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const label = labelOf(line)
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  const headings = new Set<string>()
  for (const [label, count] of counts) {
    const words = label.split(/\s+/u)
    if (count === 1 && words.length >= 4 && !words.some((word) => SPEAKER_WORD.has(word))) headings.add(label)
  }
  return headings
}

/** Splits "LABEL: text" into the label and the text after it. */
export function splitLabel(line: string, label: string): { label: string; rest: string } {
  return { label, rest: line.slice(line.indexOf(':', label.length) + 1).trim() }
}
