import { articleFormatOf, extensionOf } from '../../main/common/article-files'

// What a user gives as an article, checked before anything is sent, so that a mistake gets a
// one-line answer saying what to do instead of a failure from deep in the pipeline.

/** Why a file cannot be opened, or null when its name says it is one the readers take (or a .brief). */
export function unsupportedFileMessage(name: string): string | null {
  const extension = extensionOf(name)
  if (extension === 'brief' || articleFormatOf(extension) !== null) return null
  return `“${name}” is not a file Briefwright reads: choose a text, Markdown, HTML, Word (.docx) or PDF article, or a saved .brief.`
}

/**
 * A typed web address as the address to fetch: a bare "example.com/page" gets https://. Returns
 * the message to show instead when it cannot be fetched.
 */
export function parseArticleAddress(typed: string): { url: string } | { error: string } {
  const trimmed = typed.trim()
  if (trimmed === '') return { error: 'Type or paste the article’s web address first.' }
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return { error: `“${trimmed}” is not a web address: it should look like https://example.com/article.` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: `Only http and https addresses can be fetched, not “${url.protocol}” ones.` }
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !/^[\d.]+$/.test(url.hostname))
    return { error: `“${trimmed}” is not a web address: it should look like https://example.com/article.` }
  return { url: url.href }
}
