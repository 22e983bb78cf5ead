import type { Article } from '../article/types'
import type { ActorKind, Analysis } from './types'

/** The output of `briefwright analyze --json`: a stable, flat view for scripts. */
export type AnalyzeJson = {
  title: string | null
  subtitle: string | null
  headings: string[]
  actors: { name: string; kind: ActorKind; mentions: number; aliases: string[] }[]
  people: { name: string; role: string | null; actor: string | null; mentions: number }[]
  quotes: { text: string; speaker: string; actor: string | null; start: number; end: number }[]
  keySentences: string[]
  /** Labelled speech of a transcript: said by the labelled speaker, not quoted. */
  statements: { text: string; speaker: string; actor: string | null; start: number; end: number }[]
}

/** Projects an article and its analysis onto exactly the fields of `AnalyzeJson`, nothing more. */
export function toAnalyzeJson(article: Article, analysis: Analysis): AnalyzeJson {
  return {
    title: article.meta.title,
    subtitle: article.meta.subtitle,
    headings: article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text),
    actors: analysis.actors.map(({ name, kind, mentions, aliases }) => ({
      name,
      kind,
      mentions,
      aliases: [...aliases],
    })),
    people: analysis.people.map(({ name, role, actor, mentions }) => ({ name, role, actor, mentions })),
    quotes: analysis.quotes.map(({ text, speaker, actor, start, end }) => ({
      text,
      speaker,
      actor,
      start,
      end,
    })),
    keySentences: analysis.keySentences.map((sentence) => sentence.text),
    statements: analysis.statements.map(({ text, speaker, actor, start, end }) => ({
      text,
      speaker,
      actor,
      start,
      end,
    })),
  }
}
