import { ArticleError } from './errors'

const voidTags = new Set(
  'area base br col embed hr img input link meta param source track wbr keygen basefont bgsound frame image'.split(
    ' ',
  ),
)
// Their content is text up to the matching end tag, so tags inside do not nest.
const rawTextTags = new Set(
  'script style textarea title xmp iframe noembed noframes noscript plaintext'.split(' '),
)
// Elements whose end tag is optional: a new sibling closes the open one, as the parser does.
const siblingCloses: Record<string, string[]> = {
  li: ['li'],
  dt: ['dt', 'dd'],
  dd: ['dt', 'dd'],
  tr: ['tr', 'td', 'th'],
  td: ['td', 'th'],
  th: ['td', 'th'],
  option: ['option'],
  optgroup: ['optgroup', 'option'],
}
const closesParagraph = new Set(
  'address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr main menu nav ol p pre section table ul'.split(
    ' ',
  ),
)

/**
 * Estimates the element nesting depth of raw HTML without building a DOM, in linear time. jsdom's
 * parser and Readability recurse over the tree: 100,000 nested elements overflow the stack after
 * 20 seconds of work, so hostile nesting must be refused before they run. The estimate follows the
 * parser's common implied end tags; unclosed inline tags can only make it larger, never smaller.
 */
export function estimateHtmlDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  const stack: string[] = []
  let deepest = 0
  let at = html.indexOf('<')
  while (at !== -1 && at < html.length - 1) {
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4)
      at = end === -1 ? -1 : html.indexOf('<', end + 3)
      continue
    }
    const closing = html[at + 1] === '/'
    const name = /^[a-zA-Z][^\s/>]*/.exec(html.slice(at + (closing ? 2 : 1), at + 80))?.[0].toLowerCase()
    const tagEnd = html.indexOf('>', at)
    if (tagEnd === -1) break
    if (name === undefined) {
      // "a < b", "<!doctype>" or "<?xml?>": nothing opens.
      at = html.indexOf('<', html[at + 1] === '!' || html[at + 1] === '?' ? tagEnd : at + 1)
      continue
    }
    if (closing) {
      const open = stack.lastIndexOf(name)
      if (open !== -1) stack.length = open
    } else if (!voidTags.has(name) && html[tagEnd - 1] !== '/') {
      const top = stack[stack.length - 1]
      if (top !== undefined && siblingCloses[name]?.includes(top)) stack.pop()
      else if (top === 'p' && closesParagraph.has(name)) stack.pop()
      stack.push(name)
      deepest = Math.max(deepest, stack.length)
      if (deepest > stopAt) return deepest
      if (rawTextTags.has(name)) {
        const endTag = new RegExp(`</${name}`, 'gi')
        endTag.lastIndex = tagEnd
        const end = endTag.exec(html)?.index
        if (end === undefined) break
        stack.pop()
        at = html.indexOf('<', end + 2)
        continue
      }
    }
    at = html.indexOf('<', tagEnd + 1)
  }
  return deepest
}

/** Refuses HTML nested deeper than `maxDepth` with a message the user can act on. */
export function assertHtmlDepth(html: string, maxDepth: number, origin: string): void {
  if (estimateHtmlDepth(html, maxDepth) > maxDepth) {
    throw new ArticleError(
      'too-deep',
      `${origin} is nested more than ${maxDepth} elements deep, which no article needs. Save the article as PDF or text and open that.`,
    )
  }
}
