import type { Article } from '../article/types'
import type { Actor, Analysis, Person } from './types'
import type { ActorMention } from './actors'
import type { Doc } from './doc'
import type { GazetteerMatch } from './gazetteer'
import type { PersonMention } from './people'
import type { QuoteSegment } from './quote-marks'
import type { SpeakerContext } from './speakers'
import { peopleByRole } from './speakers'
import { actorMentions, collectActors, findGazetteerMatches, findOrganizations, mergeMatches } from './actors'
import { findAcronymNames, findSides } from './acronyms'
import { bylineSignatory } from './byline'
import { makeDoc } from './doc'
import { gazetteer } from './gazetteer'
import { keySentences } from './key-sentences'
import { asideStarts } from './transcript-talk'
import { findKindCued } from './kind-cues'
import { findPeople } from './people'
import { findQuoteSegments } from './quote-marks'
import { findQuotes } from './quotes'
import { splitSentences } from './sentences'
import { tokenIndexAtOrAfter } from './tokens'
import type { Label } from './transcript'
import { findStatements, transcriptLabels } from './transcript'

export { toAnalyzeJson } from './analyze-json'
export type { AnalyzeJson } from './analyze-json'

/**
 * Reads an Article for who is in it and who said what: sentences, actors (countries, organisations,
 * groups; aliases merged), people with role and actor, quotes with speaker, actor and offsets, and key
 * sentences for a summary. Pure and deterministic; every pass walks the tokens once (look-ups go through
 * indexes built in the same walk), so the cost grows linearly with the article.
 */
export function analyzeArticle(article: Article): Analysis {
  const doc = makeDoc(article)
  const sentences = splitSentences(article)
  const named = findGazetteerMatches(doc)
  const namedCoverage = coverage(doc, named)
  const defined = [
    findOrganizations(doc, namedCoverage),
    findAcronymNames(doc),
    findSides(doc),
    findKindCued(doc, namedCoverage),
  ]
  const matches = mergeMatches(named, firstComeRuns(defined))
  const covered = coverage(doc, matches)
  const labels = transcriptLabels(article)
  coverLabels(doc, labels, covered)
  const found = findPeople(doc, matches, covered)
  const { mentions: personMentions, inName } = found
  const transcript = findStatements(article, labels, found.people)
  const people = [...found.people, ...transcript.people]
  const signatory = bylineSignatory(article, people)
  if (signatory) people.push(signatory)
  const mentions = actorMentions(doc, matches, inName)
  const segments = findQuoteSegments(article)
  const ctx: SpeakerContext = {
    doc,
    people,
    personMentions,
    mentionAt: mentionIndex(doc, personMentions),
    actorAt: new Map(mentions.map((mention) => [mention.first, mention])),
    quoted: quotedTokens(doc, segments),
    administrations: administrations(doc, people, personMentions, mentions),
    sentences,
    peopleByRole: peopleByRole(people),
    speakersByHead: new Map(),
    lastSpeaker: null,
    labelled: transcript.spans,
  }
  const quotes = findQuotes(ctx, segments, sentences)
  const actors = withAffiliations(collectActors(mentions), people, quotes)
  return {
    sentences,
    actors,
    people,
    quotes,
    statements: transcript.statements,
    // Summary candidates are the news: a transcript's questions, hosts and small talk are not.
    keySentences: keySentences(
      sentences.filter((sentence) => !asideStarts(transcript.statements, sentences).has(sentence.start)),
      doc.tokens,
      quotes,
    ),
  }
}

/** The runs of several passes, in token order, without overlaps: an earlier pass wins a conflict. */
function firstComeRuns(lists: readonly (readonly GazetteerMatch[])[]): GazetteerMatch[] {
  const ranked = lists.flatMap((list, rank) => list.map((match) => ({ match, rank })))
  ranked.sort((a, b) => a.match.first - b.match.first || a.rank - b.rank)
  const kept: GazetteerMatch[] = []
  for (const { match } of ranked) {
    if ((kept.at(-1)?.last ?? -1) < match.first) kept.push(match)
  }
  return kept
}

/** 1 on tokens of a country's name, 2 on tokens of an organisation's or a non-actor phrase. */
function coverage(doc: Doc, matches: readonly GazetteerMatch[]): Uint8Array {
  const covered = new Uint8Array(doc.tokens.length)
  for (const match of matches) {
    for (let i = match.first; i <= match.last; i++) covered[i] = match.entry.kind === 'country' ? 1 : 2
  }
  return covered
}

/** Speaker labels name no one by themselves: the transcript pass reads them. */
function coverLabels(doc: Doc, labels: readonly Label[], covered: Uint8Array): void {
  for (const label of labels) {
    for (
      let i = tokenIndexAtOrAfter(doc.tokens, label.labelStart);
      (doc.tokens[i]?.start ?? Infinity) < label.speechStart;
      i++
    )
      covered[i] = 2
  }
}

function mentionIndex(doc: Doc, mentions: readonly PersonMention[]): Int32Array {
  const index = new Int32Array(doc.tokens.length).fill(-1)
  mentions.forEach((mention, position) => {
    for (let i = mention.first; i <= mention.last; i++) index[i] = position
  })
  return index
}

function quotedTokens(doc: Doc, segments: readonly QuoteSegment[]): Uint8Array {
  const quoted = new Uint8Array(doc.tokens.length)
  let t = 0
  for (const segment of segments) {
    while (t < doc.tokens.length && (doc.tokens[t]?.start ?? 0) < segment.open) t++
    for (let i = t; i < doc.tokens.length && (doc.tokens[i]?.start ?? 0) <= segment.close; i++) quoted[i] = 1
  }
  return quoted
}

/** "the Trump administration", "the U.S. administration": whose administration an unqualified one is. */
function administrations(
  doc: Doc,
  people: readonly Person[],
  personMentions: readonly PersonMention[],
  mentions: readonly ActorMention[],
): { at: number; actor: string }[] {
  const byLast = new Map(mentions.map((mention) => [mention.last, mention.actor]))
  const personByLast = new Map(
    personMentions.map((mention) => [mention.last, people[mention.person]?.actor ?? null]),
  )
  const found: { at: number; actor: string }[] = []
  doc.tokens.forEach((token, index) => {
    if (token.key !== 'administration' && token.key !== 'government') return
    const actor = personByLast.get(index - 1) ?? byLast.get(index - 1) ?? null
    if (actor) found.push({ at: index, actor })
  })
  return found
}

/** Actors that people or quotes stand for are listed even when the article never names them. */
function withAffiliations(actors: Actor[], people: readonly Person[], quotes: Analysis['quotes']): Actor[] {
  const names = new Set(actors.map((actor) => actor.name))
  const kinds = gazetteer().kinds
  for (const name of [...people.map((person) => person.actor), ...quotes.map((quote) => quote.actor)]) {
    if (name === null || names.has(name)) continue
    names.add(name)
    actors.push({ name, kind: kinds.get(name) ?? 'organization', mentions: 0, aliases: [] })
  }
  return actors
}
