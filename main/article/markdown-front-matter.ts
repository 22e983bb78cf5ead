import type { ArticleMeta } from './types'

type FrontMatterMeta = Partial<
  Pick<ArticleMeta, 'title' | 'subtitle' | 'byline' | 'outlet' | 'published' | 'url'>
>

// Keys used by static site generators and note apps for the same fields.
const keys: Record<string, keyof FrontMatterMeta> = {
  title: 'title',
  headline: 'title',
  subtitle: 'subtitle',
  description: 'subtitle',
  dek: 'subtitle',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  publisher: 'outlet',
  outlet: 'outlet',
  source: 'outlet',
  site: 'outlet',
  date: 'published',
  published: 'published',
  url: 'url',
  canonical: 'url',
  canonical_url: 'url',
}

/**
 * Splits `---` YAML front matter from a Markdown body. Only flat `key: value` lines are read
 * (enough for article metadata, no YAML library needed); without this, marked would read the
 * block as a rule and a setext heading.
 */
export function splitFrontMatter(markdown: string): { meta: FrontMatterMeta; body: string } {
  const match = /^(?:\ufeff)?---[ \t]*\n([\s\S]{0,20000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(markdown)
  if (!match) return { meta: {}, body: markdown }
  const meta: FrontMatterMeta = {}
  for (const line of match[1].split('\n')) {
    const pair = /^([A-Za-z_][\w-]*)\s*:\s*(.+)$/.exec(line)
    const key = pair ? keys[pair[1].toLowerCase()] : undefined
    if (!pair || !key || meta[key] !== undefined) continue
    const value = pair[2].trim().replace(/^(["'])(.*)\1$/, '$2')
    if (value.length > 0 && !/^[[{|>]/.test(value)) meta[key] = value
  }
  // Keep the line count so that messages about line numbers stay right.
  return { meta, body: '\n'.repeat(match[0].split('\n').length - 1) + markdown.slice(match[0].length) }
}
