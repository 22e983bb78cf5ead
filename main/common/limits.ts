/*
 * Limits both sides enforce: the host's schemas refuse what is over them, and the renderer's fields
 * stop the user before that. Written once here; a test holds the schemas of main/brief and
 * main/templates to them. Pure: imports nothing, so the renderer may load it at run time.
 */

const MB = 1024 * 1024

/** What the api accepts and returns; they bound memory per call, not what a brief may say. */
export const API_LIMITS = {
  /** An article file (PDF, DOCX, HTML…). */
  articleBytes: 25 * MB,
  /** Pasted article text, in characters. */
  articleText: 5_000_000,
  url: 4000,
  fileName: 255,
  /** A .brief document's text, in characters. */
  briefText: 50 * MB,
  /** PDF bytes coming back from the renderer. */
  pdfBytes: 200 * MB,
  /** Articles kept open at once on the host side. */
  openArticles: 12,
} as const

/** The longest text of each field of a brief, in characters. */
export const BRIEF_LIMITS = {
  title: 300,
  subtitle: 500,
  author: 500,
  organization: 500,
  /** yyyy-mm-dd. */
  date: 10,
  marking: 120,
  sectionHeading: 200,
  /** A source's title, as its article gave it. */
  sourceTitle: 1000,
  /** A source's web address. */
  sourceUrl: 4000,
  /** The snapshot of a source's text the brief keeps: as long as an article the api accepts. */
  sourceText: 5_000_000,
} as const

/** The longest text of each field of a template, in characters, and the largest files it takes. */
export const TEMPLATE_LIMITS = {
  name: 120,
  organization: 200,
  marking: 120,
  watermark: 40,
  /** One header or footer slot (left, centre or right). */
  slot: 200,
  /** A .brieftemplate file's text. */
  fileText: 8 * MB,
  /** A logo image, in bytes. */
  logoBytes: MB,
} as const

/** The longest text of each of the user's Settings fields that a brief does not bound already. */
export const SETTINGS_LIMITS = {
  author: 200,
} as const
