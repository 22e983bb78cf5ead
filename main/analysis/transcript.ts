import type { Article } from '../article/types'
import type { Person, Statement } from './types'
import type { LabelledSpan } from './speakers'
import { HONORIFICS, ROLE_HEADS, ROLE_MODIFIERS, SOURCE_HEADS } from './lexicon'
import { fold } from './tokens'

// Transcripts label their speech ("MR. KIRBY:", "SENIOR ADMINISTRATION OFFICIAL:", "Q"): that speech is
// a statement by the labelled speaker, not a quotation, and a named label speaker is a person.

/** A speaker label at a paragraph's start: upper-case words and a colon, or a lone "Q" before spaces. */
const LABEL =
  /^[ \t]*((?:\p{Lu}[\p{Lu}\p{M}.'’-]*)(?:[ \t]+\p{Lu}[\p{Lu}\p{M}.'’-]*){0,5})[ \t]*:[ \t\u00a0]+(?=\S)/u
const QUESTION = /^[ \t]*(Q)(?:[ \t]*:|[ \t\u00a0]+(?=\p{Lu}))[ \t\u00a0]*(?=\S)/u
/** Labels of whoever asks or runs the call: they speak, but for no one in the story. */
const CALL_ROLES = new Set([
  'q',
  'question',
  'questioner',
  'moderator',
  'operator',
  'participant',
  'audience',
])

export type Label = { block: number; label: string; labelStart: number; speechStart: number }

export type TranscriptResult = {
  statements: Statement[]
  /** People named only by a label ("FOREIGN MINISTER ÇAVUŞOĞLU"), to add to the article's people. */
  people: Person[]
  /** Each statement's span and speaker, and whether the speaker is only asking (a reporter, a moderator). */
  spans: LabelledSpan[]
}

/**
 * The labelled speech of a transcript: from each label to the next one, so paragraphs without a label
 * go on with the last speaker. Named labels resolve to the article's people by surname, or become people.
 */
export function findStatements(
  article: Article,
  labels: readonly Label[],
  people: readonly Person[],
): TranscriptResult {
  if (labels.length === 0) return { statements: [], people: [], spans: [] }
  const added: Person[] = []
  const statements: Statement[] = []
  labels.forEach((current, k) => {
    const nextBlock = labels[k + 1]?.block ?? article.blocks.length
    const lastBlock = article.blocks[nextBlock - 1]
    if (!lastBlock) return
    const who = labelSpeaker(current.label, people, added, article.meta.title ?? '')
    const end = lastBlock.end
    statements.push({
      speaker: who.speaker,
      actor: who.actor,
      label: { start: current.labelStart, end: current.speechStart },
      start: current.speechStart,
      end,
      text: article.text.slice(current.speechStart, end),
    })
  })
  const spans = statements.map((statement) => ({
    start: statement.start,
    end: statement.end,
    speaker: statement.speaker,
    actor: statement.actor,
    asking: CALL_ROLES.has(fold(statement.speaker)),
  }))
  return { statements, people: added, spans }
}

/**
 * The speaker labels of a transcript, in order; none unless one label comes back at least once, so a
 * few run-in headings ("BACKGROUND: …") are not taken for speakers.
 */
export function transcriptLabels(article: Article): Label[] {
  const labels = article.blocks.flatMap((block, index): Label[] => {
    // A label ends in a colon, a question starts with Q: cheap tests spare most paragraphs the patterns.
    if (!block.text.includes(':') && !block.text.trimStart().startsWith('Q')) return []
    const match = QUESTION.exec(block.text) ?? LABEL.exec(block.text)
    const label = match?.[1]
    if (!match || !label || /\p{Ll}/u.test(label) || /^\d/u.test(label)) return []
    return [
      {
        block: index,
        label: label.replace(/[.\s]+$/u, ''),
        labelStart: block.start + Math.max(0, block.text.search(/\S/u)),
        speechStart: block.start + match[0].length,
      },
    ]
  })
  const counts = new Map<string, number>()
  for (const { label } of labels) counts.set(label, (counts.get(label) ?? 0) + 1)
  return [...counts.values()].some((count) => count >= 2) ? labels : []
}

/**
 * "MR. KIRBY" → the article's John Kirby, or the title's ("Press Gaggle by … Andrew Bates" → Andrew
 * Bates); "SENIOR ADMINISTRATION OFFICIAL" → that phrase, in lower case.
 */
function labelSpeaker(
  label: string,
  people: readonly Person[],
  added: Person[],
  title: string,
): { speaker: string; actor: string | null } {
  const words = label.split(/\s+/u).map((word) => word.replace(/\.$/u, ''))
  let first = 0
  while (first < words.length && isTitleWord(words[first] ?? '')) first++
  const nameWords = words.slice(first)
  const anonymous = { speaker: label.toLowerCase(), actor: null }
  // "SENIOR ADMINISTRATION OFFICIAL", "MODERATOR": a role, not a name.
  if (nameWords.length === 0 || CALL_ROLES.has(fold(label)) || SOURCE_HEADS.has(fold(words.at(-1) ?? '')))
    return anonymous
  const surname = fold(nameWords.at(-1) ?? '')
  const known = [...people, ...added].find((person) => fold(person.name.split(' ').at(-1) ?? '') === surname)
  if (known) {
    known.mentions++
    // "Kirby" in the text, "John Kirby" in the title: the title's fuller name is the person's.
    const fuller = known.name.includes(' ') ? null : fullNameIn(title, known.name)
    if (fuller) {
      known.aliases = [...new Set([...known.aliases, known.name])].sort()
      known.name = fuller
    }
    return { speaker: known.name, actor: known.actor }
  }
  // A lone word with no title that names no one in the text is a role, perhaps misspelt ("MODEARTOR").
  if (first === 0 && nameWords.length === 1) return anonymous
  const roleWords = words.slice(0, first).filter((word) => !HONORIFICS.has(fold(word)))
  const labelled = nameWords.map(titleCase).join(' ')
  const person: Person = {
    name: nameWords.length === 1 ? (fullNameIn(title, labelled) ?? labelled) : labelled,
    role: roleWords.length ? roleWords.map(titleCase).join(' ') : null,
    actor: null,
    mentions: 1,
    aliases: [],
  }
  added.push(person)
  return { speaker: person.name, actor: null }
}

/**
 * The full name a title gives a surname: the word before it, with a middle initial ("Andrew Bates",
 * "Antony J. Blinken"), unless that word is a title ("Secretary Blinken"). Null when the title does
 * not name it so.
 */
function fullNameIn(title: string, surname: string): string | null {
  const words = title.split(/\s+/u)
  const at = words.findIndex((word) => fold(word.replace(/(?:['’]s|[,.:;])+$/u, '')) === fold(surname))
  if (at < 1) return null
  let first = at - 1
  if (/^\p{Lu}\.$/u.test(words[first] ?? '') && first > 0) first--
  const given = words[first] ?? ''
  if (!/^\p{Lu}\p{Ll}/u.test(given) || isTitleWord(given)) return null
  return [...words.slice(first, at), surname].join(' ')
}

function isTitleWord(word: string): boolean {
  const key = fold(word)
  return HONORIFICS.has(key) || ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key)
}

/** "ÇAVUŞOĞLU" → "Çavuşoğlu", "AL-ANSARI" → "Al-Ansari". */
function titleCase(word: string): string {
  // "İ" lowers to "i" with a combining dot: the dot belongs to the capital, not to the letter.
  return word
    .toLowerCase()
    .replace(/i\u0307/gu, 'i')
    .replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())
}
