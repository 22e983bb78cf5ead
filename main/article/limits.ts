/**
 * Size and shape limits for untrusted sources. Articles are small (tens of KB); these leave
 * generous room for real pages while keeping hostile inputs from exhausting memory or time.
 */
export const limits = {
  /** Any file read from disk (PDF and DOCX can be large because of images). */
  fileBytes: 50 * 1024 * 1024,
  /** HTML, plain text and stdin after reading. */
  textBytes: 10 * 1024 * 1024,
  /** Markdown: marked's block lexer overflows the stack on single paragraphs of a few MB. */
  markdownChars: 2 * 1024 * 1024,
  /** Container markers (`>`, list bullets) plus indentation levels on one Markdown line. */
  markdownDepth: 64,
  /** Inline Markdown is lexed per block; emphasis parsing is quadratic in the block length. */
  markdownInlineChars: 20_000,
  /** Wall-clock budget for inline Markdown lexing of a whole document. */
  markdownInlineMs: 3_000,
  /** Beyond this the HTML is refused before jsdom sees it (jsdom and Readability recurse). */
  htmlDepth: 1_000,
  /** Beyond this depth Readability gets slow (super-linear); the plain DOM walk is used instead. */
  readabilityDepth: 128,
  /** DOCX (zip) entry count and declared/actual uncompressed total. */
  zipEntries: 5_000,
  zipUncompressedBytes: 50 * 1024 * 1024,
  /** PDF pages whose text is read; the rest is reported as a warning. */
  pdfPages: 300,
} as const

export type FetchLimits = {
  /** Whole request, redirects and body included. */
  timeoutMs: number
  maxBytes: number
  maxRedirects: number
}

export const defaultFetchLimits: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
}
