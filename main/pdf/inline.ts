import type { Token } from 'marked'
import { inlineSegments } from '../templates/inline-segments'
import { cleanText } from '../templates/inline-text'
import type { InlineStyle, Run } from './blocks'

/** marked's inline tokens as runs: the segments every export sets (templates/inline-segments.ts), cleaned. */
export function inlineRuns(tokens: readonly Token[], style: InlineStyle): Run[] {
  return inlineSegments(tokens, style).flatMap((segment): Run[] => {
    if (segment.kind === 'break') return [{ kind: 'break' }]
    const text = cleanText(segment.text)
    return text === '' ? [] : [{ kind: 'text', text, style: segment.marks }]
  })
}
