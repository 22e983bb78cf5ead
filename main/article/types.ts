/** One structural block of an article. `start`/`end` are offsets into `Article.text`; `text` equals that slice. */
export type Block = {
  kind: 'heading' | 'paragraph' | 'quote' | 'list' | 'caption'
  text: string
  start: number
  end: number
  /** Heading level (1 = article title level is never a block; section headings are 2). */
  level?: number
}

export type ArticleMeta = {
  /** The headline; null when the source has none (never invented). */
  title: string | null
  /** The dek / standfirst. */
  subtitle: string | null
  byline: string | null
  outlet: string | null
  /** Publication date as found (ISO yyyy-mm-dd when it can be parsed). */
  published: string | null
  url: string | null
  /** ISO timestamp of when the source was read. */
  retrievedAt: string
  /** File name or URL the article came from, for messages. */
  origin: string
  /** The dateline opening the story ("KYIV, Ukraine (AP) —"); absent when the story has none. */
  dateline?: Dateline
}

/**
 * A dateline as printed, and its parts. `region` is what follows the place ("Ukraine", "Ill.", "D.C."):
 * often the country, which the analysis resolves with its own country data, as it resolves a capital
 * place ("WASHINGTON") to its country. `start`/`end` are offsets into `Article.text`.
 */
export type Dateline = {
  text: string
  place: string
  region: string | null
  agency: string | null
  /** The date printed in the dateline (yyyy-mm-dd when it parses). */
  date: string | null
  start: number
  end: number
}

/** A source document read into structure. Plain data. */
export type Article = {
  /** Stable id for provenance (lower-case letters, digits, dashes; at most 64). */
  id: string
  meta: ArticleMeta
  /** The body text the blocks and all offsets refer to. */
  text: string
  blocks: Block[]
  /** Things the reader should know (no headline found, boilerplate removed, text cut…). */
  warnings: string[]
}
