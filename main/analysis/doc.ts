import type { Article } from '../article/types'
import type { Token } from './tokens'
import { tokenize } from './tokens'

/** A run of tokens, by inclusive indexes. */
export type TokenSpan = { first: number; last: number }

/** The article with its tokens, and which block each token is in: the shared input of every pass. */
export type Doc = {
  article: Article
  text: string
  tokens: Token[]
  /** Block index of each token. */
  blockOf: Int32Array
  /** Whether each token lies in a heading block (headings name topics, not speakers). */
  inHeading: Uint8Array
}

export function makeDoc(article: Article): Doc {
  const tokens = tokenize(article.text)
  const blockOf = new Int32Array(tokens.length).fill(-1)
  const inHeading = new Uint8Array(tokens.length)
  let block = 0
  tokens.forEach((token, index) => {
    while (block < article.blocks.length && (article.blocks[block]?.end ?? 0) <= token.start) block++
    const current = article.blocks[block]
    if (current && current.start <= token.start) {
      blockOf[index] = block
      inHeading[index] = current.kind === 'heading' ? 1 : 0
    }
  })
  return { article, text: article.text, tokens, blockOf, inHeading }
}

/** Whether tokens `a` and `b` (a < b) are in the same block, with only spaces or hyphens between them. */
export function adjacent(doc: Doc, a: number, b: number): boolean {
  const left = doc.tokens[a]
  const right = doc.tokens[b]
  if (!left || !right || doc.blockOf[a] !== doc.blockOf[b]) return false
  return /^[ \t\u00a0]*$/u.test(doc.text.slice(left.end, right.start))
}
