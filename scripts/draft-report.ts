/**
 * Drafts each article with a template and prints what a reader of the brief would notice first:
 * how many takeaways and how long, passages said twice, pages against the template's budget, and
 * whether Positions opens with a matrix when anyone is quoted. One line per article and a total.
 *
 *   npm run draft-report -- [--template ID] [file or folder…]
 *
 * Without files: the fixtures in test/fixtures/ and the seed repeated ten times. A folder gives
 * every .txt, .md and .html article in it; a development-corpus file's header (its lines up to the
 * first blank one, starting "Source:") is left out as the corpus scorer leaves it out.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { articleFromText } from '../main/article/text'
import { readArticleFromPath } from '../main/article/index'
import type { Article } from '../main/article/types'
import { analyzeArticle } from '../main/analysis/index'
import { draftBrief } from '../main/brief/draft'
import { repeatedPassages } from '../main/brief/repeats'
import { TAKEAWAY_MAX_WORDS } from '../main/brief/shorten'
import { SHORT_ARTICLE_WORDS } from '../main/brief/takeaways'
import { createTemplateStore } from '../main/files/template-store'
import { renderBriefPdf } from '../main/pdf/index'
import { repeatedArticle } from './repeated-article'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = path.join(root, 'test', 'fixtures')
const ARTICLE_FILE = /\.(txt|md|markdown|html?)$/i

type Input = { name: string; read: () => Promise<Article> }

function fromText(name: string, text: string): Input {
  return { name, read: async () => articleFromText(text, name) }
}

function fromFile(file: string): Input {
  const name = path.basename(file)
  const text = readFileSync(file, 'utf8')
  if (/^Source: /.test(text)) return fromText(name, text.slice(text.indexOf('\n\n') + 2))
  return { name, read: () => readArticleFromPath(file) }
}

function inputsFor(args: string[]): Input[] {
  if (args.length === 0) {
    const seed = readFileSync(path.join(fixtures, 'seed-article.txt'), 'utf8')
    return [
      ...readdirSync(fixtures)
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => fromFile(path.join(fixtures, file))),
      fromText('seed-article-x10.txt', repeatedArticle(seed, 10)),
    ]
  }
  return args.flatMap((arg) =>
    statSync(arg).isDirectory()
      ? readdirSync(arg)
          .filter((file) => ARTICLE_FILE.test(file) && !/^readme\./i.test(file))
          .sort()
          .map((file) => fromFile(path.join(arg, file)))
      : [fromFile(arg)],
  )
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { template: { type: 'string', default: 'policy-brief' } },
})
const template = await createTemplateStore({}).get(values.template)
const budget = template.pageBudget ?? null
// The section drafted as takeaways (a bottom-line paragraph is not a list and is not counted).
const takeawaysId = template.sections.find((section) => section.rule === 'takeaways')?.id ?? null

const words = (text: string) => text.split(/\s+/).filter(Boolean).length
const rows: string[][] = []
const totals = { articles: 0, takeawaysOk: 0, repeatFree: 0, withinBudget: 0, matrixOk: 0, pages: 0 }

for (const input of inputsFor(positionals)) {
  const article = await input.read()
  const analysis = analyzeArticle(article)
  const brief = draftBrief({ articles: [article], analyses: [analysis], template, date: '2026-12-01' })
  const pdf = await renderBriefPdf(brief, template.style)
  const summary = brief.sections.find((section) => section.id === takeawaysId)
  const bullets = (summary?.body ?? '').split('\n').filter((line) => /^(-|\d+\.) /.test(line))
  const longest = Math.max(0, ...bullets.map((line) => words(line.replace(/^(-|\d+\.) /, ''))))
  const repeats = repeatedPassages(brief.sections.map((section) => section.body))
  const positions = brief.sections.find((section) => section.kind === 'positions')
  const quoted = analysis.quotes.length > 0
  const matrix = /^\|.*\|\s*\n\|\s*:?-/.test(positions?.body.trimStart() ?? '')
  const articleWords = words(article.text)
  const [low, high] = articleWords < SHORT_ARTICLE_WORDS ? [2, 5] : [3, 5]
  const takeawaysOk =
    !summary || (bullets.length >= low && bullets.length <= high && longest <= TAKEAWAY_MAX_WORDS)
  totals.articles += 1
  totals.takeawaysOk += takeawaysOk ? 1 : 0
  totals.repeatFree += repeats.length === 0 ? 1 : 0
  totals.withinBudget += budget === null || pdf.pages <= budget ? 1 : 0
  totals.matrixOk += !quoted || !positions || matrix ? 1 : 0
  totals.pages += pdf.pages
  rows.push([
    input.name.slice(0, 44),
    String(articleWords),
    String(analysis.quotes.length),
    summary ? String(bullets.length) : '-',
    summary ? String(longest) : '-',
    String(repeats.length),
    `${pdf.pages}/${budget ?? '-'}`,
    quoted && positions ? (matrix ? 'yes' : 'NO') : '-',
  ])
}

const header = ['article', 'words', 'quotes', 'takeaways', 'max words', 'repeats 8+', 'pages', 'matrix']
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
const line = (cells: string[]) =>
  cells
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ')
console.log(`Template: ${template.name}${budget === null ? '' : ` (budget ${budget} pages)`}`)
console.log(line(header))
for (const row of rows) console.log(line(row))
const n = totals.articles
console.log(
  `TOTAL ${n} articles: takeaways within rules ${totals.takeawaysOk}/${n}, free of repeats ${totals.repeatFree}/${n}, ` +
    `within budget ${totals.withinBudget}/${n}, matrix where quoted ${totals.matrixOk}/${n}, pages ${totals.pages}`,
)
