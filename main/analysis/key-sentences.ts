import type { KeySentence, Quote, Sentence } from './types'
import type { Token } from './tokens'

const STOPWORDS = new Set(
  (
    'the a an and or but if of to in on at by for from with as is are was were be been being has have had do does ' +
    'did will would could should may might must can shall this that these those it its he she they them his her ' +
    'their we our you your i me my not no nor so than then there here what which who whom whose when where why ' +
    'how all any both each few more most other some such only own same too very just also into over after before ' +
    'about against between through during under again further once while said says say according one two'
  ).split(' '),
)

/** How many summary candidates to return. */
const KEEP = 12
/** Weight of centrality against position; news puts the point first, so position counts for much. */
const CENTRALITY_WEIGHT = 0.6
const MIN_WORDS = 6

/**
 * Summary candidates by lead position plus centrality. Each sentence becomes a TF-IDF vector over its
 * content words (lower-cased, stop words dropped, a plural "s" stripped), with IDF computed over the
 * article's own sentences. Centrality is the cosine between a sentence and the centroid of all sentence
 * vectors, scaled so the most central sentence scores 1. The position prior is 1/sqrt(1 + index), which
 * favours the lead the way news is written. Score = 0.6·centrality + 0.4·prior; sentences under six words
 * are skipped and sentences that are mostly quotation are damped (a summary reports, it does not quote).
 * Linear in the text: one walk over tokens, one over sentences.
 */
export function keySentences(
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  quotes: readonly Quote[],
): KeySentence[] {
  const vectors: Map<string, number>[] = []
  const documentFrequency = new Map<string, number>()
  let t = 0
  for (const sentence of sentences) {
    const counts = new Map<string, number>()
    while (t < tokens.length && (tokens[t]?.start ?? 0) < sentence.start) t++
    for (; t < tokens.length && (tokens[t]?.end ?? 0) <= sentence.end; t++) {
      const term = termOf(tokens[t])
      if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1)
    }
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1)
    vectors.push(counts)
  }
  const total = sentences.length
  const centroid = new Map<string, number>()
  const weighted = vectors.map((counts) => {
    const vector = new Map<string, number>()
    let norm = 0
    for (const [term, count] of counts) {
      const weight = count * Math.log(1 + total / (documentFrequency.get(term) ?? 1))
      vector.set(term, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (const [term, weight] of vector) {
      vector.set(term, weight / norm)
      centroid.set(term, (centroid.get(term) ?? 0) + weight / norm)
    }
    return vector
  })
  let centroidNorm = 0
  for (const weight of centroid.values()) centroidNorm += weight * weight
  centroidNorm = Math.sqrt(centroidNorm) || 1

  const quoted = quotedLengths(sentences, quotes)
  const centrality = weighted.map((vector) => {
    let dot = 0
    for (const [term, weight] of vector) dot += weight * (centroid.get(term) ?? 0)
    return dot / centroidNorm
  })
  const maxCentrality = centrality.reduce((max, value) => Math.max(max, value), 1e-9)
  const scored: KeySentence[] = []
  sentences.forEach((sentence, index) => {
    if (sentence.text.split(/\s+/u).length < MIN_WORDS) return
    const prior = 1 / Math.sqrt(1 + index)
    let score =
      CENTRALITY_WEIGHT * ((centrality[index] ?? 0) / maxCentrality) + (1 - CENTRALITY_WEIGHT) * prior
    if ((quoted[index] ?? 0) > 0.6 * (sentence.end - sentence.start)) score *= 0.7
    scored.push({
      text: sentence.text,
      start: sentence.start,
      end: sentence.end,
      score: Math.round(score * 1e4) / 1e4,
    })
  })
  return scored.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, KEEP)
}

function termOf(token: Token | undefined): string | null {
  if (!token || token.kind !== 'word' || STOPWORDS.has(token.key)) return null
  if (token.key.length < 3 && !token.upper) return null
  if (/^\p{N}+$/u.test(token.key)) return null
  return token.key.length > 4 && token.key.endsWith('s') && !token.key.endsWith('ss')
    ? token.key.slice(0, -1)
    : token.key
}

/** Characters of each sentence inside quotation, by a merge walk over both sorted lists. */
function quotedLengths(sentences: readonly Sentence[], quotes: readonly Quote[]): number[] {
  const lengths = new Array<number>(sentences.length).fill(0)
  let q = 0
  sentences.forEach((sentence, index) => {
    while (q < quotes.length && (quotes[q]?.end ?? 0) <= sentence.start) q++
    for (let k = q; k < quotes.length && (quotes[k]?.start ?? Infinity) < sentence.end; k++) {
      const quote = quotes[k]
      if (!quote) continue
      lengths[index] =
        (lengths[index] ?? 0) +
        Math.max(0, Math.min(quote.end, sentence.end) - Math.max(quote.start, sentence.start))
    }
  })
  return lengths
}
