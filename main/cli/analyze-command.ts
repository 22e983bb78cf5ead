import { readArticleFromPath } from '../article/index'
import { analyzeArticle } from '../analysis/index'
import { toAnalyzeJson } from '../analysis/analyze-json'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { warn } from './shared'
import { stdout } from './output'

/** `briefwright analyze <source> --json` */
export async function runAnalyze(args: string[], values: CliValues): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('analyze takes one source (briefwright analyze <source> --json)')
  const article = await readArticleFromPath(args[0])
  warn(article.warnings)
  const result = toAnalyzeJson(article, analyzeArticle(article))
  if (values.json) {
    stdout().write(`${JSON.stringify(result, null, 2)}\n`)
    return 0
  }
  const lines = [
    `Title:    ${result.title ?? '(no headline found)'}`,
    `Subtitle: ${result.subtitle ?? '-'}`,
    `Headings: ${result.headings.length ? result.headings.join(' | ') : '-'}`,
    `Actors:   ${result.actors.map((actor) => `${actor.name} (${actor.mentions})`).join(', ') || '-'}`,
    `Quotes:   ${result.quotes.length}`,
    ...result.quotes.map(
      (quote) => `  ${quote.speaker}${quote.actor ? ` [${quote.actor}]` : ''}: “${quote.text}”`,
    ),
  ]
  stdout().write(`${lines.join('\n')}\n`)
  return 0
}
