import type { Person, Sentence } from '../analysis/types'
import { BACKGROUND_PART, cite, isFresh, LEANS_BACK, speakerAt, withoutDateline } from './draft-context'
import type { Cited, DraftSource } from './draft-context'
import { wordsOf } from './repeats'
import { keptStart, shortenForTakeaway, TAKEAWAY_MAX_WORDS } from './shorten'

/**
 * Two takeaways whose content words overlap this much (token-set Jaccard) make the same point; the
 * later one is dropped.
 */
export const SAME_POINT_JACCARD = 0.5
/** Below this many words an article gives two or three takeaways, not three to five. */
export const SHORT_ARTICLE_WORDS = 400
const MEDIUM_ARTICLE_WORDS = 800
/** At most this many takeaways come from one part (heading) of the article, so they cover it. */
const PER_PART = 2
/** A part that tells the background gives one: takeaways are the news. */
const PER_BACKGROUND_PART = 1

const STOPWORDS = new Set(
  (
    'the a an and or but if of to in on at by for from with as is are was were be been being has have had ' +
    'do does did will would could should may might must can this that these those it its he she they them ' +
    'his her their we our you your not no so than then there what which who when where while also into over ' +
    'after before about between through during under said says'
  ).split(' '),
)

/** How many takeaways an article of this length gets. */
export function takeawayTarget(articleWords: number): number {
  if (articleWords < SHORT_ARTICLE_WORDS) return 3
  return articleWords < MEDIUM_ARTICLE_WORDS ? 4 : 5
}

function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => !STOPWORDS.has(word)))
}

/** Token-set Jaccard of two texts' content words. */
export function overlap(a: string, b: string): number {
  const left = contentWords(a)
  const right = contentWords(b)
  let shared = 0
  for (const word of left) if (right.has(word)) shared += 1
  const union = left.size + right.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * The runs of three content words in a row in `text`, in lower case, that are mostly not a name:
 * at least two of the three are written in lower case ("across European capitals", not "United
 * Nations Security").
 */
function phrases(text: string): Set<string> {
  const words = (text.replace(/\\(.)/g, '$1').match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []).filter(
    (word) => !STOPWORDS.has(word.toLowerCase()),
  )
  const found = new Set<string>()
  for (let index = 0; index + 3 <= words.length; index += 1) {
    const run = words.slice(index, index + 3)
    if (run.filter((word) => /^\p{Ll}/u.test(word)).length >= 2)
      found.add(run.map((word) => word.toLowerCase()).join(' '))
  }
  return found
}

/**
 * Whether two takeaways make the same point: their content words overlap by SAME_POINT_JACCARD, or
 * they say the same thing of the same person in the same words: one of `people` named in both, and
 * a run of three content words in common besides the name ("… Zelensky … his own diplomatic tour
 * across European capitals" and "… President Zelensky has been conducting an intensive diplomatic
 * campaign across European capitals").
 */
export function samePoint(a: string, b: string, people: readonly Person[] = []): boolean {
  if (overlap(a, b) >= SAME_POINT_JACCARD) return true
  const named = people.flatMap((person) =>
    [person.name, ...person.aliases].filter((name) => mentions(a, name) && mentions(b, name)),
  )
  if (named.length === 0) return false
  const nameWords = new Set(named.flatMap((name) => name.toLowerCase().split(/\s+/)))
  const said = phrases(b)
  return [...phrases(a)].some(
    (phrase) => said.has(phrase) && !phrase.split(' ').some((word) => nameWords.has(word)),
  )
}

/** Whether `text` names `name` as a whole word (or words). */
function mentions(text: string, name: string): boolean {
  if (name.trim() === '') return false
  const isWordChar = (char: string) => /[\p{L}\p{N}]/u.test(char)
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!isWordChar(text.charAt(at - 1)) && !isWordChar(text.charAt(at + name.length))) return true
  }
  return false
}

type Taken = Cited & { start: number }

/**
 * Takeaways from the sources: the key sentences, best first, shortened by rule (shorten.ts), skipping
 * quotations, sentences drafted elsewhere and sentences making a point already made. The first bullet
 * is the best one (the bottom line); the rest follow in the order the article tells them.
 */
export function draftTakeaways(sources: DraftSource[]): Cited[] {
  const taken: Taken[] = []
  // Several sources share one list: its length is the whole text's, split between them (the first,
  // usually the main report, takes what does not divide).
  const allWords = sources.reduce((sum, source) => sum + source.article.text.split(/\s+/).length, 0)
  const total = takeawayTarget(allWords)
  const share = Math.max(1, Math.floor(total / sources.length))
  sources.forEach((source, index) => {
    const target = index === 0 ? Math.max(share, total - share * (sources.length - 1)) : share
    const fromThis: Taken[] = []
    const perPart = new Map<string, number>()
    // Spread over the article's parts (its headings); an article without any is spread over its
    // paragraphs instead, or its lead alone would give every bullet.
    const headed = source.partOf.some((part) => part !== '')
    const partByStart = new Map(
      source.analysis.sentences.map((sentence, index) => [
        sentence.start,
        headed ? source.partOf[index] : `paragraph ${sentence.blockIndex}`,
      ]),
    )
    const consider = (
      sentence: Sentence | { start: number; end: number; text: string },
      leaning: boolean,
    ) => {
      if (fromThis.length >= target) return
      if (!isFresh(source, sentence)) return
      if (!leaning && LEANS_BACK.test(sentence.text.trim())) return
      const part = partByStart.get(sentence.start) ?? ''
      const most = headed && BACKGROUND_PART.test(part) ? PER_BACKGROUND_PART : PER_PART
      if ((perPart.get(part) ?? 0) >= most) return
      // A transcript speaker's name goes before the bullet (cite): it counts against the limit.
      const named = speakerAt(source, sentence.start)?.split(/\s+/).length ?? 0
      // Shortened without the dateline: its dash would read as an aside running to the end.
      const text = shortenForTakeaway(withoutDateline(source, sentence), TAKEAWAY_MAX_WORDS - named)
      if (text === null) return
      if ([...taken, ...fromThis].some((other) => samePoint(other.text, text, source.analysis.people))) return
      perPart.set(part, (perPart.get(part) ?? 0) + 1)
      source.used.add(sentence.start)
      const cited = cite(source, { start: keptStart(sentence, text), end: sentence.end, text })
      fromThis.push({ ...cited, start: sentence.start })
    }
    // The key sentences first; then, for an article whose best sentences repeat one another or run
    // long, the rest of its sentences in order; sentences that lean on the one before come last.
    for (const leaning of [false, true]) {
      for (const sentence of source.analysis.keySentences) consider(sentence, leaning)
      for (const sentence of source.analysis.sentences) consider(sentence, leaning)
    }
    const [first, ...rest] = fromThis
    if (first) taken.push(first, ...rest.sort((a, b) => a.start - b.start))
  })
  return taken.map(({ start: _start, ...cited }) => cited)
}
