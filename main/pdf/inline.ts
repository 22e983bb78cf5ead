import type { MarkedToken, Token } from 'marked'
import { MAX_INLINE_DEPTH, cleanText, decodeEntities, safeHref } from '../templates/inline-text'
import type { InlineStyle, Run } from './blocks'

function pushText(out: Run[], text: string, style: InlineStyle): void {
  const clean = cleanText(text)
  if (clean !== '') out.push({ kind: 'text', text: clean, style })
}

function children(token: Token): Token[] {
  return 'tokens' in token && Array.isArray(token.tokens) ? token.tokens : []
}

/** Turns marked's inline tokens into runs; links with other schemes keep their text and lose the link. */
export function inlineRuns(tokens: readonly Token[], style: InlineStyle, out: Run[] = [], depth = 0): Run[] {
  for (const raw of tokens) {
    const token = raw as MarkedToken
    if (depth >= MAX_INLINE_DEPTH) {
      pushText(out, 'text' in token ? token.text : token.raw, style)
      continue
    }
    switch (token.type) {
      case 'text':
        if (token.tokens && token.tokens.length > 0) inlineRuns(token.tokens, style, out, depth + 1)
        else pushText(out, token.escaped ? token.text : decodeEntities(token.text), style)
        break
      case 'escape':
        pushText(out, token.text, style)
        break
      case 'strong':
        inlineRuns(token.tokens, { ...style, bold: true }, out, depth + 1)
        break
      case 'em':
        inlineRuns(token.tokens, { ...style, italic: true }, out, depth + 1)
        break
      case 'del':
        inlineRuns(token.tokens, { ...style, strike: true }, out, depth + 1)
        break
      case 'codespan':
        pushText(out, token.text.replace(/\n/g, ' '), { ...style, code: true })
        break
      case 'br':
        out.push({ kind: 'break' })
        break
      case 'link': {
        const href = safeHref(token.href)
        inlineRuns(token.tokens, href === null ? style : { ...style, link: href }, out, depth + 1)
        break
      }
      case 'image':
        // Remote images are never fetched: the alt text stands in.
        pushText(out, `[Image: ${decodeEntities(token.text) || 'untitled'}]`, { ...style, italic: true })
        break
      case 'checkbox':
        pushText(out, token.checked ? '[x] ' : '[ ] ', style)
        break
      case 'html':
        pushText(out, token.text, style)
        break
      default:
        if (children(token).length > 0) inlineRuns(children(token), style, out, depth + 1)
        else pushText(out, decodeEntities(token.raw), style)
    }
  }
  return out
}
