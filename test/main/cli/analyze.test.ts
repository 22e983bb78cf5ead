import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AnalyzeJson } from '../../../main/analysis/analyze-json'
import { runCli, seedArticle, fixtures } from '../../helpers/cli'
import { tempDirSync } from '../../helpers/temp'

const expected = JSON.parse(readFileSync(path.join(fixtures, 'seed-article.expect.json'), 'utf8')) as {
  title: string
  headings: string[]
  quotes: { text_starts: string; speaker: string; actor: string }[]
  actors: string[]
}

describe('briefwright analyze --json on the seed article', () => {
  const result = runCli(['analyze', seedArticle, '--json'])
  const json = JSON.parse(result.stdout) as AnalyzeJson

  it('prints the documented shape', () => {
    expect(result.code).toBe(0)
    expect(Object.keys(json).slice(0, 7)).toEqual([
      'title',
      'subtitle',
      'headings',
      'actors',
      'people',
      'quotes',
      'keySentences',
    ])
    for (const actor of json.actors) {
      expect(['country', 'organization', 'person', 'group']).toContain(actor.kind)
      expect(actor.mentions).toBeGreaterThan(0)
    }
    for (const quote of json.quotes) expect(quote.end).toBeGreaterThan(quote.start)
  })

  it('finds the title, the headings, the quotes and the actors', () => {
    expect(json.title).toBe(expected.title)
    expect(json.headings).toEqual(expected.headings)
    const right = expected.quotes.filter((want) =>
      json.quotes.some(
        (quote) =>
          quote.text.startsWith(want.text_starts) &&
          quote.speaker === want.speaker &&
          quote.actor === want.actor,
      ),
    )
    expect(right.length).toBeGreaterThanOrEqual(11)
    expect(json.quotes.length - right.length).toBeLessThanOrEqual(1)
    const names = new Set(json.actors.map((actor) => actor.name))
    expect(expected.actors.filter((actor) => names.has(actor)).length).toBeGreaterThanOrEqual(10)
  })

  it('reads the same article from standard input', () => {
    const piped = runCli(['analyze', '-', '--json'], { input: readFileSync(seedArticle) })
    expect(piped.code).toBe(0)
    expect(JSON.parse(piped.stdout)).toEqual(json)
  })

  it('reads the brief it drafts back from the PDF (pdf.js, an ES module, loaded by the built command line)', () => {
    const dir = tempDirSync('analyze-pdf')
    try {
      const pdf = path.join(dir, 'seed.pdf')
      expect(runCli(['draft', seedArticle, '--out', pdf]).code).toBe(0)
      const fromPdf = runCli(['analyze', pdf, '--json'])
      expect(fromPdf.stderr).toBe('')
      expect((JSON.parse(fromPdf.stdout) as AnalyzeJson).title).toBe(expected.title)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
