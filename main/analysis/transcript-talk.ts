import type { Sentence, Statement } from './types'

/**
 * What a transcript says that is not the news, and who says what is. Briefings, gaggles and calls
 * are full of questions, greetings, audio checks and the floor handed on. Neither the summary
 * candidates (key-sentences.ts) nor any drafting rule (brief/draft-context.ts) takes them, and a
 * drafted line names the speaker whose words it is (`speakerName`).
 */

/**
 * Talk that carries no news: a question, thanks, a greeting, the floor handed on ("Thank you, and
 * that line is open.", "Our next question will go to …"), a check of the line ("Can you hear me?"),
 * the ground rules of a call ("This call is on background").
 */
const SMALL_TALK = new RegExp(
  [
    // How a turn opens when it says nothing yet ("And good afternoon, everyone.").
    String.raw`^(?:(?:and|so|but|okay|ok|well),?\s+)?(?:thank you|thanks(?! to\b)|hello|hi|hey|good (?:morning|afternoon|evening|day)|welcome (?:to|back|everyone|everybody|all)|go ahead|next question|let['’]?s (?:go|turn) to|let me (?:start|begin) (?:with|by)|let me (?:get|turn|go) to the\b|i(?:['’]ll| will) (?:just )?(?:start|begin) (?:with|by)|(?:today )?we(?: are|['’]re) joined|i would like to (?:welcome|thank|begin|start)|i have nothing)\b`,
    // A turn announced, not given ("I'll just say a couple of things.").
    String.raw`^(?:and |so )?i(?:['’]ll| will|['’]d| would) (?:just )?(?:say|add|note) (?:a (?:couple|few) (?:of )?things|one thing|this|that)\W*$`,
    // A word of assent and little else ("Yes, thank you.", "Okay, great.").
    String.raw`^(?:yes|no|yeah|yep|oh|well|okay|ok|sure|great|all right|right)\b[^.!?]{0,30}[.!?]?$`,
    // Nothing to give, or the briefing itself: what it will cover, and when the questions come.
    String.raw`\b(?:i|we) (?:don['’]t|do not) have (?:anything|any (?:announcements?|updates?|comment)|an (?:announcement|update)|a readout)\b|\bnothing (?:major |more |new |further )?to (?:read out|share|add|announce)\b|\bappreciate (?:this|the) opportunity to (?:update|speak|brief|talk)\b|\bwill give you (?:a |an )?(?:brief |quick |short )?(?:update|overview|readout|rundown)\b|\btak(?:e|ing) (?:your |a few |some )?questions\b|^(?:i have|i['’]ve got) (?:one|two|three|a couple of|a few|an?|several) (?:announcements?|things?|items?)(?: (?:at the top|to (?:start|begin) with))?\W*$|\bget into hypotheticals\b`,
    // The floor handed on, the queue, the line.
    String.raw`back to you\W*$|\bline is open\b|\bturn it over to\b|excuse me|\b(?:our|the) next question (?:will go|goes|is from|comes from)\b|\bquestion queue\b|\bcontinue on to\b|\bgo to the line of\b|^(?:mr\.?|ms\.?|madam) operator\b|\b(?:very |so |really )?(?:good|great|nice|pleased|glad|happy|wonderful) to (?:be here|see you|have you here|welcome you)\b|\bopen (?:it|the floor|the line) (?:up )?(?:to|for) questions\b|\b(?:can|could) (?:you |everyone |everybody |we )?hear (?:me|you|us|him|her)\b|\b(?:did not|didn['’]t|could not|couldn['’]t|cannot|can['’]t) (?:quite )?hear\b|\bi can hear you\b`,
    // The ground rules of a call.
    String.raw`\b(?:this|the) call is (?:on background|on the record|off the record|embargoed)\b|\bembargoed until\b|\bground rules\b`,
    // A question.
    String.raw`\?["”’]?$`,
  ].join('|'),
  'i',
)

/** A transcript's questioners and hosts, by the label the analysis gives their turns: not the news. */
const NOT_THE_NEWS = /^(?:q|question|questioner|reporter|operator|moderator)$/i

/** A transcript's speaker label at the start of a sentence: "SECRETARY BLINKEN: ", "MR. KIRBY: ". */
export const SPEAKER_LABEL = /^(?:[\p{Lu}][\p{Lu}.'’-]*\s+){0,4}[\p{Lu}][\p{Lu}.'’-]+:\s+/u

/** True for a sentence that carries no news (SMALL_TALK), its speaker label aside. */
export function isSmallTalk(text: string): boolean {
  return SMALL_TALK.test(text.trim().replace(SPEAKER_LABEL, ''))
}

/** True for a turn by a questioner or a host. */
export function isAside(statement: Statement): boolean {
  return NOT_THE_NEWS.test(statement.speaker)
}

/**
 * The labelled turn an offset of the article falls in, label included; undefined outside labelled
 * speech. `statements` are in text order.
 */
export function statementAt(statements: readonly Statement[], offset: number): Statement | undefined {
  let low = 0
  let high = statements.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const statement = statements[middle]
    if (offset < statement.label.start) high = middle - 1
    else if (offset >= statement.end) low = middle + 1
    else return statement
  }
  return undefined
}

/**
 * The speaker as a drafted line names them: the person's name as the analysis resolved it ("John
 * Kirby"), or the role label with a capital ("Senior administration official").
 */
export function speakerName(statement: Statement): string {
  return statement.speaker.charAt(0).toUpperCase() + statement.speaker.slice(1)
}

const QUESTION = /\?["”’]?$/

/**
 * True for a sentence that is not the news: a question; in a transcript, also a questioner's or
 * host's turn, and small talk. Outside a transcript only the question is looked for: the rest is
 * how transcripts talk, and its patterns cost a fresh process several milliseconds to compile.
 */
function isAsideSentence(statements: readonly Statement[], sentence: Sentence): boolean {
  if (statements.length === 0) return QUESTION.test(sentence.text.trim())
  const turn = statementAt(statements, sentence.start)
  return (turn !== undefined && isAside(turn)) || isSmallTalk(sentence.text)
}

/** Each sentence list's asides, worked out once: by the analysis and by every drafting attempt. */
const ASIDES = new WeakMap<readonly Sentence[], ReadonlySet<number>>()

/** The start offsets of the sentences that are not the news (`isAsideSentence`). */
export function asideStarts(
  statements: readonly Statement[],
  sentences: readonly Sentence[],
): ReadonlySet<number> {
  const known = ASIDES.get(sentences)
  if (known) return known
  const starts = new Set(
    sentences.filter((sentence) => isAsideSentence(statements, sentence)).map((sentence) => sentence.start),
  )
  ASIDES.set(sentences, starts)
  return starts
}
