import fc from 'fast-check'
import { Lexer, Tokenizer } from 'marked'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { markdownLexer } from '../../../main/article/markdown-lexer'

const plain = (text: string) => new Lexer({ gfm: true }).lex(text)
const checked = (text: string) => markdownLexer().lex(text)

/** Lines of every construct whose rule the lexer checks before running, and near misses. */
const PIECES = [
  'A plain paragraph of text.',
  'A second line of the paragraph',
  'Setext heading',
  '===',
  '---',
  '  ---  ',
  '   ===',
  '    ===',
  '-',
  '=',
  '> A quote',
  '   > an indented quote',
  '    > four spaces is code',
  '>',
  '> > nested',
  'lazy continuation of a quote',
  '- an item',
  '* an item',
  '1. an item',
  '2) an item',
  '  - nested item',
  '| Actor | Stance |',
  '| --- | :---: |',
  '|---|---|',
  'a | b',
  '--|--',
  ':-- | --:',
  '| 1 | 2 |',
  '- | -',
  '|-- x',
  '<div>',
  '</div>',
  '  <!-- a comment -->',
  '<span>inline html</span> then text',
  '<?xml?>',
  '<![CDATA[x]]>',
  '   <p>',
  '<',
  '[ref]: https://example.org "Title"',
  '   [other]: <https://example.org/a b>',
  '[not a definition] of anything',
  '[',
  'Text with *em*, __strong__, ***both*** and _under_.',
  'A [link](https://example.org) and [ref][ref] and [other] and ![image](x.png).',
  '~~struck~~ and ~one~',
  'snake_case_word and 2*3*4',
  '`code` and ``more `code` ``',
  '<https://example.org> and www.example.org',
  '    indented code',
  '```',
  '~~~',
  '# Heading',
  '###### Small heading',
  '***',
  '___',
  'A hard break\\',
  'Two spaces  ',
  'Café “quoted” — dash, ¶ 4',
  '\t> tabbed quote',
  '\t- tabbed item',
  ' ',
  '',
  'x\r',
  'x\u2028y',
]

/** Documents of whole lines from PIECES, and of the characters that start marked's rules. */
const lineDocument = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom('\n', '\n', '\n\n', '\r\n')), { maxLength: 14 })
  .map((lines) => lines.map(([line, end]) => line + end).join(''))
const characterDocument = fc
  .array(
    fc.constantFrom(
      '>',
      '<',
      '[',
      ']',
      ':',
      '|',
      '-',
      '=',
      '*',
      '_',
      '!',
      ' ',
      '   ',
      '\t',
      '\n',
      '\n\n',
      'word',
    ),
    {
      maxLength: 40,
    },
  )
  .map((parts) => parts.join(''))

describe('markdownLexer', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('reads every construct as marked does', () => {
    const samples = [
      'Title\n===\n\nText',
      'Title\nsecond line\n---\n',
      'Para\n\nNot a heading\n\n===',
      'Para\n  \nText\n---',
      '> quote\nlazy\n\n> again',
      '| a | b |\n| - | - |\n| 1 | 2 |\n\nafter',
      'a | b\n--|--\nc | d',
      '<div>\nblock\n</div>\n\ntext',
      'text\n<div>\nafter a paragraph\n</div>',
      '[ref]: https://example.org "T"\n\n[ref] and [ref][] and ![ref]',
      '- a\n- b\n\n1. c\n2. d',
      '**bold** _em_ ~~del~~ `code` <b>x</b> <https://x.org>',
      'Heading with trailing\n===   \nand a list\n- x',
      'Text\n- item\n\nText\n--- | ---\n\nText\n:-:\nText\n|-|\nx',
    ]
    for (const sample of samples) expect(checked(sample), sample).toEqual(plain(sample))
  })

  it('reads generated documents as marked does', () => {
    const property = fc.property(fc.oneof(lineDocument, characterDocument), (doc) => {
      expect(checked(doc)).toEqual(plain(doc))
    })
    fc.assert(property, { seed: 20261206, numRuns: 2000 })
  })

  it('skips the large block rules where their patterns cannot match', () => {
    const rules = ['blockquote', 'html', 'def', 'table', 'lheading'] as const
    const spies = rules.map((rule) => vi.spyOn(Tokenizer.prototype, rule))
    // A list right under a paragraph line: its "- " is no table's delimiter row.
    const text =
      'A paragraph.\n\n- an item\n- another\n\nA last paragraph with a [link](x).\n\nA line\n- an item'
    expect(checked(text)).toEqual(plain(text))
    spies.forEach((spy) => spy.mockClear())
    checked(text)
    for (const [index, rule] of rules.entries()) expect(spies[index], rule).not.toHaveBeenCalled()
  })

  it('still runs each rule where its pattern may match', () => {
    const spy = vi.spyOn(Tokenizer.prototype, 'lheading')
    const tokens = checked('Title\n===')
    expect(spy).toHaveBeenCalled()
    expect(tokens[0]).toMatchObject({ type: 'heading', depth: 1, text: 'Title' })
  })
})
