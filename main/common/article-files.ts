/*
 * The article files Briefwright reads, by extension: the readers (main/article) choose a format by
 * them, and the app's file pickers and its check of a dropped or picked file take the same list.
 */

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf'

/** Each extension the readers take (lower case, without the dot) and the format it names. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

/** The format an extension names (lower case, without the dot), or null when the readers take none. */
export function articleFormatOf(extension: string): ArticleFormat | null {
  return Object.hasOwn(ARTICLE_EXTENSIONS, extension) ? (ARTICLE_EXTENSIONS[extension] ?? null) : null
}

/** A file picker's `accept` for articles: the extensions, and the types browsers give such files. */
export const ARTICLE_ACCEPT = [
  ...Object.keys(ARTICLE_EXTENSIONS).map((extension) => `.${extension}`),
  'text/plain',
  'text/html',
  'application/pdf',
].join(',')

/** The extension of a file name, lower case and without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}
