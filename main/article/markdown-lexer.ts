import { Lexer, Tokenizer } from 'marked'
import type { Links, Tokens } from 'marked'

/*
 * marked tries its block rules in turn at the start of every block. Five of them are large
 * patterns (each embeds the HTML block rule and its tag list), and V8 compiles a pattern on its
 * first use and again, to machine code, on its second: in a fresh process, reading a brief's
 * sections spends about 12 of its 30 ms compiling patterns that cannot match the text in front of
 * them. Each check below is a condition the rule's own pattern requires (marked 18, gfm), read off
 * that pattern; when it fails, the rule is skipped, and otherwise marked's own rule decides. The
 * tokens are the same as marked's own, which test/main/article/markdown-lexer.test.ts checks.
 */

/** A block quote starts with `>` after at most three spaces. */
const QUOTE_START = /^ {0,3}>/
/** Every HTML block form starts with `<` after at most three spaces. */
const HTML_START = /^ {0,3}</
/** A link definition starts with `[` after at most three spaces. */
const DEFINITION_START = /^ {0,3}\[/
/**
 * A table's second line is its delimiter row: after at most three spaces, only `|`, `:`, `-` and
 * spaces to the end of the line (a list item "- …" under a paragraph is not one).
 */
const TABLE_DELIMITER = /^[^\n]*\n {0,3}[|:-][ |:-]*(?:\n|$)/
/** A setext heading's underline: a line of `=` or of `-`. */
const UNDERLINE = /\n {0,3}(?:=+|-+)[ \t]*(?:\n|$)/
/** A setext heading's text cannot run past a blank line, so neither can the search for its underline. */
const BLANK_LINE = /\n\s*\n/

class CheckedTokenizer extends Tokenizer {
  override blockquote(src: string): Tokens.Blockquote | undefined {
    return QUOTE_START.test(src) ? super.blockquote(src) : undefined
  }

  override html(src: string): Tokens.HTML | undefined {
    return HTML_START.test(src) ? super.html(src) : undefined
  }

  override def(src: string): Tokens.Def | undefined {
    return DEFINITION_START.test(src) ? super.def(src) : undefined
  }

  override table(src: string): Tokens.Table | undefined {
    return TABLE_DELIMITER.test(src) ? super.table(src) : undefined
  }

  override lheading(src: string): Tokens.Heading | undefined {
    const blank = src.search(BLANK_LINE)
    return UNDERLINE.test(blank < 0 ? src : src.slice(0, blank + 1)) ? super.lheading(src) : undefined
  }

  /** Emphasis opens with `*` or `_`. */
  override emStrong(
    src: string,
    maskedSrc: string,
    prevChar?: string,
  ): Tokens.Em | Tokens.Strong | undefined {
    return src[0] === '*' || src[0] === '_' ? super.emStrong(src, maskedSrc, prevChar) : undefined
  }

  /** Links and images open with `[` or `!`. */
  override reflink(src: string, links: Links): Tokens.Link | Tokens.Image | Tokens.Text | undefined {
    return src[0] === '[' || src[0] === '!' ? super.reflink(src, links) : undefined
  }
}

/** A lexer for GitHub-flavoured Markdown, as `new Lexer({ gfm: true })` but quicker to start. */
export function markdownLexer(): Lexer {
  return new Lexer({ gfm: true, tokenizer: new CheckedTokenizer() })
}
