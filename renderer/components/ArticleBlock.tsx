import { memo } from 'react'
import type { Block } from '../../main/article/types'
import type { Segment } from '../state/article-segments'

// A plain function, not a component: runs are many and cheap.
function renderRun(segment: Segment, flashNonce: number) {
  const classes = [
    segment.speaker !== null ? 'quote-run' : '',
    segment.actor !== null ? 'actor-run' : '',
    segment.flash ? 'flash' : '',
  ]
    .filter(Boolean)
    .join(' ')
  const title = [
    segment.speaker !== null ? `Quote — ${segment.speaker}` : '',
    segment.actor !== null ? `Actor: ${segment.actor}` : '',
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <span
      // A new key restarts the flash animation when the same span is shown again.
      key={`${segment.start}-${segment.flash ? flashNonce : 0}`}
      className={classes || undefined}
      data-at={segment.start}
      data-speaker={segment.quoteEnd && segment.speaker ? segment.speaker : undefined}
      title={title || undefined}
    >
      {segment.text}
    </span>
  )
}

/** One block of the article as plain text runs (never HTML), with quote, actor and flash marks. */
export const ArticleBlock = memo(function ArticleBlock({
  block,
  segments,
  flashNonce,
}: {
  block: Block
  segments: Segment[]
  flashNonce: number
}) {
  const runs = segments.map((segment) => renderRun(segment, flashNonce))
  switch (block.kind) {
    case 'heading':
      return <h4 className="article-heading">{runs}</h4>
    case 'quote':
      return <blockquote className="article-quote">{runs}</blockquote>
    case 'list':
      return <p className="article-list">{runs}</p>
    case 'caption':
      return <p className="article-caption">{runs}</p>
    default:
      return <p>{runs}</p>
  }
})
