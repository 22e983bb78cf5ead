import { describe, expect, it } from 'vitest'
import { ArticleError, readArticle } from '../../../main/article/index'
import type { Article } from '../../../main/article/index'
import { failure } from '../../helpers/failure'

// Markdown structure, and the inputs that make marked overflow its stack or take quadratic time.

const read = (markdown: string) =>
  readArticle({ kind: 'bytes', name: 'story.md', bytes: new TextEncoder().encode(markdown) })

const blocks = (article: Article) =>
  article.blocks.map(({ kind, text, level }) => (level ? { kind, text, level } : { kind, text }))

describe('Markdown structure', () => {
  it('maps headings, quotes, lists, code and tables to blocks', async () => {
    const article = await read(
      [
        '# Headline',
        '',
        '*The dek*',
        '',
        'Intro with **bold**, _em_, `code`, a [link](https://x.example) and ![a photo](p.png) &amp; more.',
        '',
        '### Section',
        '',
        '> “We will talk,” he said.',
        '>',
        '> Second quoted paragraph.',
        '',
        '- first',
        '- second',
        '  1. nested',
        '',
        '#### Sub-section',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '<div onclick="x()">raw html</div>',
        '',
        '    indented code',
      ].join('\n'),
    )
    expect(article.meta.title).toBe('Headline')
    expect(article.meta.subtitle).toBe('The dek')
    expect(blocks(article)).toEqual([
      { kind: 'paragraph', text: 'Intro with bold, em, code, a link and & more.' },
      { kind: 'heading', text: 'Section', level: 2 },
      { kind: 'quote', text: '“We will talk,” he said.' },
      { kind: 'quote', text: 'Second quoted paragraph.' },
      { kind: 'list', text: 'first\nsecond\nnested' },
      { kind: 'heading', text: 'Sub-section', level: 3 },
      { kind: 'paragraph', text: 'a | b' },
      { kind: 'paragraph', text: '1 | 2' },
      { kind: 'paragraph', text: 'indented code' },
    ])
  })

  it('reads YAML front matter into meta', async () => {
    const article = await read(
      [
        '---',
        'title: "Front Title"',
        'author: Jane Doe',
        'date: 2025-11-27',
        'tags: [a, b]',
        '---',
        '',
        'Body text here.',
      ].join('\n'),
    )
    expect(article.meta).toMatchObject({ title: 'Front Title', byline: 'Jane Doe', published: '2025-11-27' })
    expect(article.text).toBe('Body text here.')
  })

  it('reports no headline when there is no h1', async () => {
    const article = await read('## Only a section\n\nText.')
    expect(article.meta.title).toBeNull()
    expect(article.warnings).toContain('No headline found')
  })
})

describe('hostile Markdown', () => {
  const nestedList = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')
  const tooDeep = /story\.md nests quotes or lists more than 64 levels deep \(line \d+\)/
  it.each([
    // 5,000 levels of two-space indentation is 25 MB: over the size cap before nesting matters.
    {
      name: 'a list nested 5,000 deep',
      markdown: nestedList(5000),
      code: 'too-large',
      message: /story\.md is 23\.9 MB, over the 10 MB limit/,
    },
    { name: 'a list nested 1,000 deep', markdown: nestedList(1000), code: 'too-deep', message: tooDeep },
    {
      name: '5,000 bullets on one line',
      markdown: `${'- '.repeat(5000)}x`,
      code: 'too-deep',
      message: tooDeep,
    },
    { name: '2,000 quote markers', markdown: `${'>'.repeat(2000)} deep`, code: 'too-deep', message: tooDeep },
    {
      name: '2,000 spaced quote markers',
      markdown: `${'> '.repeat(2000)}deep`,
      code: 'too-deep',
      message: tooDeep,
    },
    {
      name: '5,000 numbered markers',
      markdown: `${'1. '.repeat(5000)}x`,
      code: 'too-deep',
      message: tooDeep,
    },
  ])('$name: a clear error, quickly', async ({ markdown, code, message }) => {
    const started = performance.now()
    const error = await failure(read(markdown), ArticleError)
    expect(error.code).toBe(code)
    expect(error.message).toMatch(message)
    expect(performance.now() - started).toBeLessThan(30_000)
  })

  it('keeps a huge emphasis-laden paragraph as raw text instead of parsing it for seconds', async () => {
    const started = performance.now()
    const article = await read(`# Title\n\n${'*a'.repeat(60_000)}`)
    expect(article.text).toHaveLength(120_000)
    expect(article.warnings).toContain('1 very long paragraph was kept as raw Markdown.')
    expect(performance.now() - started).toBeLessThan(30_000)
  })

  it('refuses more than 2 MB of Markdown', async () => {
    const error = await failure(read('word '.repeat(450_000)), ArticleError)
    expect(error.code).toBe('too-large')
  })

  it('reads moderate nesting', async () => {
    const article = await read(`# T\n\n${'> '.repeat(20)}deep quote`)
    expect(blocks(article)).toEqual([{ kind: 'quote', text: 'deep quote' }])
  })
})
