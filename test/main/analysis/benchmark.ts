// Timing script, not a test: `npx tsx test/main/analysis/benchmark.ts`.
// Prints the seed article's analysis time (cold, then warm median over many runs) and the time for a
// ~100,000-word article built from the seed and the analysis fixtures, plus 200,000 words to show the
// growth is linear.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

const root = path.resolve(import.meta.dirname, '..', '..', '..')
const seed = readFileSync(path.resolve(root, 'test', 'fixtures', 'seed-article.txt'), 'utf8')
const fixtures = ['analysis-kyiv-ap.txt', 'analysis-beijing-serbia.txt', 'analysis-scare-quotes.txt'].map(
  (name) => readFileSync(path.resolve(root, 'test', 'fixtures', name), 'utf8'),
)

function median(runs: number, work: () => void): number {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    work()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? 0
}

function words(text: string): number {
  return text.split(/\s+/u).filter((word) => word !== '').length
}

function articleOfWords(target: number) {
  const unit = [seed.trim(), ...fixtures].join('\n\n')
  const copies = Math.ceil(target / words(unit))
  // Each copy's lines differ ("… (part 3)"): lines repeated word for word are dropped as boilerplate.
  const copy = (k: number): string => unit.replace(/\S[^\n]*/gu, (line) => `${line} (part ${k})`)
  const text = Array.from({ length: copies }, (_, k) => copy(k + 1)).join('\n\n')
  return { text, article: articleFromText(text, 'benchmark', { retrievedAt: '2025-01-01T00:00:00.000Z' }) }
}

const cold = performance.now()
const seedArticle = articleFromText(seed, 'seed', { retrievedAt: '2025-01-01T00:00:00.000Z' })
analyzeArticle(seedArticle)
console.log(`seed cold (gazetteer built on first use): ${(performance.now() - cold).toFixed(1)} ms`)
for (let i = 0; i < 50; i++) analyzeArticle(seedArticle)
console.log(`seed warm median of 300: ${median(300, () => analyzeArticle(seedArticle)).toFixed(2)} ms`)

for (const target of [100_000, 200_000]) {
  const { text, article } = articleOfWords(target)
  const read = median(3, () => articleFromText(text, 'benchmark', { retrievedAt: 'x' }))
  const analysis = median(3, () => analyzeArticle(article))
  console.log(
    `${words(text)} words: articleFromText ${read.toFixed(0)} ms, analyzeArticle ${analysis.toFixed(0)} ms`,
  )
}
