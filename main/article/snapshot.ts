import { articleFromText, buildArticle } from './text'
import type { BlockInput } from './text'
import { looksLikeHeading } from './text-lines'
import type { KeptCopy } from '../common/kept-copy'
import type { Article } from './types'

/** What a brief keeps of an article it was drafted from: the text as read, and its details. */
export type ArticleSnapshot = KeptCopy

/**
 * An article made again from the text a brief keeps of it, for when the file or page it was read
 * from is not open (a brief reopened from disk). The plain-text reader reads it as a body, with no
 * header to find, so headings, lists and captions come back as that reader saw them; when it would
 * drop or join a line, every reader's blank line between blocks splits the text back into them (a
 * block of several lines is a list, a line shaped like a heading is one). The details are the
 * brief's. Null unless the blocks join to exactly the kept text, so that every offset the brief
 * cites still points where it did.
 */
export function articleFromSnapshot(snapshot: ArticleSnapshot): Article | null {
  const meta = {
    title: snapshot.title,
    byline: snapshot.byline,
    outlet: snapshot.outlet,
    published: snapshot.date,
    url: snapshot.url,
    origin: snapshot.url ?? snapshot.title ?? snapshot.id,
    ...(snapshot.retrievedAt === null ? {} : { retrievedAt: snapshot.retrievedAt }),
  }
  const read = articleFromText(snapshot.text, meta.origin, { id: snapshot.id, bodyOnly: true })
  const article =
    read.text === snapshot.text
      ? buildArticle({ id: snapshot.id, meta, blocks: read.blocks })
      : buildArticle({ id: snapshot.id, meta, blocks: splitBlocks(snapshot.text) })
  return article.text === snapshot.text ? article : null
}

function splitBlocks(text: string): BlockInput[] {
  return text.split('\n\n').map((block) => ({
    kind: block.includes('\n') ? 'list' : looksLikeHeading(block) ? 'heading' : 'paragraph',
    text: block,
  }))
}
