import { readArticleFromPath } from '../article/index'
import type { Article } from '../article/types'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { warn } from './shared'
import { stdout } from './output'

/**
 * `briefwright read <source> [--json | --text]`: what was read from a source, before any analysis,
 * so a user can see why a brief came out as it did. `--text` (the default) lists the metadata and
 * every block with its kind; `--json` prints the whole Article (meta, body text, blocks with offsets).
 */
export async function runRead(args: string[], values: CliValues): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('read takes one source (briefwright read <source> [--json | --text])')
  if (values.json && values.text) throw new UsageError('use --json or --text, not both')
  const article = await readArticleFromPath(args[0])
  warn(article.warnings)
  stdout().write(values.json ? `${JSON.stringify(article, null, 2)}\n` : describeArticle(article))
  return 0
}

/** The Article as labelled lines: metadata first, then one entry per block. */
function describeArticle(article: Article): string {
  const { meta } = article
  const dateline = meta.dateline
    ? `${meta.dateline.text} (${[
        `place ${meta.dateline.place}`,
        meta.dateline.region && `region ${meta.dateline.region}`,
        meta.dateline.agency && `agency ${meta.dateline.agency}`,
        meta.dateline.date && `date ${meta.dateline.date}`,
      ]
        .filter(Boolean)
        .join(', ')})`
    : null
  const fields: [string, string | null][] = [
    ['Title', meta.title ?? '(no headline found)'],
    ['Subtitle', meta.subtitle],
    ['Byline', meta.byline],
    ['Outlet', meta.outlet],
    ['Date', meta.published],
    ['URL', meta.url],
    ['Dateline', dateline],
  ]
  const lines = fields.map(([label, value]) => `${`${label}:`.padEnd(10)}${value ?? '-'}`)
  lines.push(`${'Blocks:'.padEnd(10)}${article.blocks.length}`, '')
  for (const block of article.blocks) {
    const kind = block.kind === 'heading' ? `heading ${block.level ?? 2}` : block.kind
    const [first = '', ...rest] = block.text.split('\n')
    lines.push(`[${kind}] ${first}`, ...rest.map((line) => `  ${line}`))
  }
  return `${lines.join('\n')}\n`
}
