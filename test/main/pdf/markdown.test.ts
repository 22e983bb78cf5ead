import { describe, expect, it } from 'vitest'
import type { Block, Run } from '../../../main/pdf/blocks'
import { plainText } from '../../../main/pdf/blocks'
import { decodeEntities, safeHref } from '../../../main/templates/inline-text'
import { MAX_LIST_DEPTH, parseMarkdown } from '../../../main/pdf/markdown'
import {
  capLineNesting,
  guardMarkdown,
  MAX_LINE_NESTING,
} from '../../../main/templates/section-markdown-guard'

function links(runs: readonly Run[]): (string | null)[] {
  return runs.flatMap((run) => (run.kind === 'text' ? [run.style.link] : []))
}

function listDepth(blocks: readonly Block[]): number {
  let deepest = 0
  for (const block of blocks) {
    if (block.type === 'list') deepest = Math.max(deepest, 1 + Math.max(0, ...block.items.map(listDepth)))
    if (block.type === 'quote') deepest = Math.max(deepest, listDepth(block.blocks))
  }
  return deepest
}

function quoteDepth(blocks: readonly Block[]): number {
  return Math.max(0, ...blocks.map((block) => (block.type === 'quote' ? 1 + quoteDepth(block.blocks) : 0)))
}

describe('safeHref', () => {
  it.each([
    { href: 'https://example.org/a?b=1&c=2', expected: 'https://example.org/a?b=1&c=2' },
    { href: 'http://example.org', expected: 'http://example.org/' },
    { href: 'mailto:desk@example.org', expected: 'mailto:desk@example.org' },
    { href: ' HTTPS://EXAMPLE.ORG/Path ', expected: 'https://example.org/Path' },
    { href: 'javascript:alert(1)', expected: null },
    { href: 'JaVaScRiPt:alert(1)', expected: null },
    { href: 'data:text/html,<b>x</b>', expected: null },
    { href: 'file:///etc/passwd', expected: null },
    { href: 'ftp://example.org/file', expected: null },
    { href: '/relative/path', expected: null },
    { href: 'not a url', expected: null },
  ])('$href → $expected', ({ href, expected }) => {
    expect(safeHref(href)).toBe(expected)
  })
})

describe('decodeEntities', () => {
  it.each([
    { input: 'R&amp;D', expected: 'R&D' },
    { input: 'a &mdash; b &ndash; c', expected: 'a — b – c' },
    { input: '&#x41;&#66;&#x1F600;', expected: 'AB😀' },
    { input: '&unknown; &#xD800; &#0;', expected: '&unknown; &#xD800; &#0;' },
    { input: 'no entities', expected: 'no entities' },
  ])('$input → $expected', ({ input, expected }) => {
    expect(decodeEntities(input)).toBe(expected)
  })
})

describe('parseMarkdown', () => {
  it.each([
    {
      name: 'em dash',
      source: '> Words worth quoting.\n> — A. Person',
      quote: 'Words worth quoting.',
      attribution: 'A. Person',
    },
    {
      name: 'double hyphen',
      source: '> Words.\n> -- A. Person, Title',
      quote: 'Words.',
      attribution: 'A. Person, Title',
    },
    { name: 'own paragraph', source: '> Words.\n>\n> ― Someone', quote: 'Words.', attribution: 'Someone' },
    {
      name: 'no attribution',
      source: '> Words.\n> More words.',
      quote: 'Words. More words.',
      attribution: null,
    },
    {
      name: 'dash inside a line',
      source: '> Words — not an attribution.',
      quote: 'Words — not an attribution.',
      attribution: null,
    },
  ])('finds a quote attribution ($name)', ({ source, quote, attribution }) => {
    const [block] = parseMarkdown(source).blocks
    expect(block?.type).toBe('quote')
    if (block?.type !== 'quote') return
    expect(plainText(block.blocks.flatMap((child) => (child.type === 'paragraph' ? child.runs : [])))).toBe(
      quote,
    )
    expect(block.attribution ? plainText(block.attribution) : null).toBe(attribution)
  })

  it.each([
    { source: '[site](https://example.org)', expected: ['https://example.org/'] },
    { source: '[bad](javascript:alert(1))', expected: [null] },
    { source: '<https://example.org/auto>', expected: ['https://example.org/auto'] },
    { source: '[mail](mailto:a@example.org)', expected: ['mailto:a@example.org'] },
    { source: '**[bold link](http://example.org/b)**', expected: ['http://example.org/b'] },
  ])('links only http, https and mailto: $source', ({ source, expected }) => {
    const [block] = parseMarkdown(source).blocks
    expect(block?.type === 'paragraph' ? links(block.runs) : []).toEqual(expected)
  })

  it.each([
    {
      source: '**b** *i* ***bi*** `code`',
      styles: ['bold', 'plain', 'italic', 'plain', 'bold italic', 'plain', 'code'],
    },
    { source: '~~struck~~ and ~~**bold struck**~~', styles: ['strike', 'plain', 'bold strike'] },
  ])('keeps inline styles: $source', ({ source, styles }) => {
    const [block] = parseMarkdown(source).blocks
    const runs = block?.type === 'paragraph' ? block.runs : []
    const names = runs.flatMap((run) => {
      if (run.kind !== 'text') return []
      const parts = [
        run.style.bold ? 'bold' : '',
        run.style.italic ? 'italic' : '',
        run.style.code ? 'code' : '',
        run.style.strike ? 'strike' : '',
      ].filter(Boolean)
      return [parts.join(' ') || 'plain']
    })
    expect(names).toEqual(styles)
  })

  it.each([
    { source: '# Top', type: 'heading', level: 3 },
    { source: '### Third', type: 'heading', level: 3 },
    { source: '#### Fourth', type: 'heading', level: 4 },
    { source: '---', type: 'rule', level: null },
    { source: '```\ncode\n```', type: 'code', level: null },
    { source: '| a | b |\n|:-|-:|\n| 1 | 2 |', type: 'table', level: null },
  ])('reads $source as $type', ({ source, type, level }) => {
    const [block] = parseMarkdown(source).blocks
    expect(block?.type).toBe(type)
    if (block?.type === 'heading') expect(block.level).toBe(level)
    if (block?.type === 'table') expect(block.align).toEqual(['left', 'right'])
  })

  it.each([
    { depth: 2, flattened: false },
    { depth: 3, flattened: false },
    { depth: 5, flattened: true },
    { depth: 9, flattened: true },
  ])('flattens lists deeper than the cap: depth $depth', ({ depth, flattened }) => {
    const source = Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join(
      '\n',
    )
    const parsed = parseMarkdown(source)
    expect(listDepth(parsed.blocks)).toBe(Math.min(depth, MAX_LIST_DEPTH))
    expect(parsed.notes.some((note) => note.includes('lists nested more than'))).toBe(flattened)
    // Nothing is lost by flattening.
    const text = JSON.stringify(parsed.blocks)
    for (let level = 0; level < depth; level++) expect(text).toContain(`level ${level}`)
  })

  it.each([
    { depth: 2, merged: false },
    { depth: 4, merged: true },
  ])('merges quotes deeper than two: depth $depth', ({ depth, merged }) => {
    const parsed = parseMarkdown(`${'> '.repeat(depth)}deep`)
    expect(quoteDepth(parsed.blocks)).toBe(Math.min(depth, 2))
    expect(parsed.notes.some((note) => note.includes('block quotes nested'))).toBe(merged)
  })

  it('turns a task list item into a box and its text', () => {
    const [block] = parseMarkdown('- [x] done\n- [ ] open').blocks
    expect(
      block?.type === 'list'
        ? block.items.map((item) => plainText(item[0]?.type === 'paragraph' ? item[0].runs : []))
        : [],
    ).toEqual(['[x] done', '[ ] open'])
  })

  it('prints images as their alt text and never fetches them', () => {
    const [block] = parseMarkdown('![Map of the region](https://example.org/map.png)').blocks
    expect(block?.type === 'paragraph' ? plainText(block.runs) : '').toBe('[Image: Map of the region]')
  })
})

describe('guardMarkdown', () => {
  it.each([
    { line: '- item' },
    { line: '    - nested item' },
    { line: '> > - quoted item' },
    { line: 'plain text with - dashes > and 1. numbers' },
  ])('leaves ordinary lines alone: $line', ({ line }) => {
    expect(capLineNesting(line)).toBeNull()
  })

  it.each([
    { line: `${'- '.repeat(50)}deep`, content: 'deep', marker: '- ' },
    { line: `${'1. '.repeat(5000)}numbered`, content: 'numbered', marker: '1. ' },
    { line: `${'>'.repeat(3000)} quoted`, content: 'quoted', marker: '> ' },
    { line: `${'> - '.repeat(3000)}mixed`, content: 'mixed', marker: '- ' },
    { line: `${' '.repeat(300)}- indented`, content: 'indented', marker: '- ' },
  ])('caps a line nested too deep and keeps its text as an item: $content', ({ line, content, marker }) => {
    const capped = capLineNesting(line)
    expect(capped).not.toBeNull()
    expect(capped?.endsWith(`${marker}${content}`)).toBe(true)
    expect(capped?.length).toBeLessThan(3 * MAX_LINE_NESTING + content.length + 4)
    expect(capLineNesting(capped ?? '')).toBeNull()
  })

  it('escapes emphasis marks in a paragraph with too many, and keeps list markers', () => {
    const source = `* item with *emphasis*\n\n${'*a '.repeat(300)}`
    const guarded = guardMarkdown(source)
    expect(guarded.text.startsWith('* item with *emphasis*\n\n\\*a \\*a')).toBe(true)
    expect(guarded.notes).toEqual([
      'a paragraph with more than 200 emphasis marks was printed without emphasis',
    ])
  })

  it('cuts a body over 1,000,000 characters at a line break and says how much', () => {
    const line = 'x'.repeat(99) + '\n'
    const guarded = guardMarkdown(line.repeat(10_500))
    expect(guarded.text.length).toBeLessThanOrEqual(1_000_000)
    expect(guarded.text.endsWith('x')).toBe(true)
    expect(guarded.notes[0]).toBe(
      'it is longer than 1,000,000 characters; the last 50,001 characters were left out',
    )
  })
})
