// For the benchmark only: a brief as a Typst document, so that a Typst binary can typeset the same
// text in the same faces beside `briefwright export`. Covers the Markdown the drafting rules write
// (headings, paragraphs, lists, quotes, tables, bold and italic); anything else goes in as plain text.
import { Lexer } from 'marked'
import type { Token, Tokens } from 'marked'
import type { Brief } from '../main/brief/schema'

/** The faces the PDF renderer uses, by file; Typst is pointed at a folder holding these. */
export const TYPST_FONT_FILES = [
  'source-serif/TTF/SourceSerif4-Regular.ttf',
  'source-serif/TTF/SourceSerif4-It.ttf',
  'source-serif/TTF/SourceSerif4-Bold.ttf',
  'source-serif/TTF/SourceSerif4-BoldIt.ttf',
  '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf',
]

/** Escapes the characters that start markup in Typst's text mode. */
function text(value: string): string {
  return value.replace(/[\\#*_`$<>@=\-+/[\]~"]/g, (char) => `\\${char}`)
}

function inline(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      if (token.type === 'strong') return `#strong[${inline((token as Tokens.Strong).tokens)}]`
      if (token.type === 'em') return `#emph[${inline((token as Tokens.Em).tokens)}]`
      if ('tokens' in token && token.tokens) return inline(token.tokens)
      return text('text' in token ? String(token.text) : token.raw)
    })
    .join('')
}

function block(token: Token): string {
  switch (token.type) {
    case 'heading':
      return `${'='.repeat((token as Tokens.Heading).depth)} ${inline((token as Tokens.Heading).tokens)}`
    case 'paragraph':
      return inline((token as Tokens.Paragraph).tokens)
    case 'list':
      return (token as Tokens.List).items
        .map((item) => `${(token as Tokens.List).ordered ? '+' : '-'} ${item.tokens.map(block).join(' ')}`)
        .join('\n')
    case 'blockquote':
      return `#quote(block: true)[${(token as Tokens.Blockquote).tokens.map(block).join('\n\n')}]`
    case 'table': {
      const table = token as Tokens.Table
      const cells = [table.header, ...table.rows].flat().map((cell) => `[${inline(cell.tokens)}]`)
      return `#table(columns: ${table.header.length}, ${cells.join(', ')})`
    }
    case 'space':
      return ''
    default:
      return 'tokens' in token && token.tokens ? inline(token.tokens) : text(token.raw)
  }
}

/** The brief as Typst markup: its title, its sections in order, in the renderer's faces. */
export function briefToTypst(brief: Brief): string {
  const body = brief.sections.map(
    (section) =>
      `== ${text(section.heading)}\n\n${new Lexer().lex(section.body).map(block).filter(Boolean).join('\n\n')}`,
  )
  return [
    '#set page(paper: "a4", margin: 2.5cm, numbering: "1")',
    '#set text(font: "Source Serif 4", size: 10.5pt, lang: "en")',
    '#show heading: set text(font: "Inter")',
    `#align(center, text(size: 20pt, font: "Inter", weight: "bold")[${text(brief.meta.title)}])`,
    `#align(center)[${text(brief.meta.subtitle)}]`,
    ...body,
  ].join('\n\n')
}
