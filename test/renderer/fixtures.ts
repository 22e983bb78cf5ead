import type { Analysis } from '../../main/analysis/types'
import type { Article, Block } from '../../main/article/types'
import type { Brief } from '../../main/brief/schema'
import type { OpenedArticle } from '../../renderer/state/app-state'

// A small article with real offsets, its analysis and a brief drafted from it, for component tests.

const paragraphs = [
  'Officials from Norland and Sudria met in Geneva on Monday to revive the stalled border talks.',
  '“We want a ceasefire before the winter,” said Anna Berg, the foreign minister of Norland.',
  'Sudria’s envoy, Omar Haddad, said “no agreement can ignore our security” as the talks ended.',
  'Analysts expect a second round of talks in March.',
]

function buildArticle(hostile = ''): Article {
  const headline = `Border talks resume in Geneva${hostile}`
  const texts = [...paragraphs, ...(hostile ? [hostile] : [])]
  const text = texts.join('\n\n')
  let at = 0
  const blocks: Block[] = texts.map((paragraph) => {
    const block: Block = { kind: 'paragraph', text: paragraph, start: at, end: at + paragraph.length }
    at += paragraph.length + 2
    return block
  })
  return {
    id: 'article-test1',
    meta: {
      title: headline,
      subtitle: null,
      byline: 'A. Reporter',
      outlet: 'The Test Times',
      published: '2025-03-01',
      url: null,
      retrievedAt: '2025-03-02T10:00:00.000Z',
      origin: 'pasted text',
    },
    text,
    blocks,
    warnings: [],
  }
}

function span(text: string, part: string) {
  const start = text.indexOf(part)
  if (start < 0) throw new Error(`"${part}" is not in the article`)
  return { start, end: start + part.length }
}

function buildAnalysis(article: Article): Analysis {
  const { text } = article
  const sentences = article.blocks.map((block, blockIndex) => ({
    ...span(text, block.text),
    text: block.text,
    blockIndex,
  }))
  return {
    sentences,
    actors: [
      { name: 'Norland', kind: 'country', mentions: 2, aliases: [] },
      { name: 'Sudria', kind: 'country', mentions: 2, aliases: ['Sudrian'] },
    ],
    people: [
      { name: 'Anna Berg', role: 'foreign minister', actor: 'Norland', mentions: 1, aliases: [] },
      { name: 'Omar Haddad', role: 'envoy', actor: 'Sudria', mentions: 1, aliases: [] },
    ],
    quotes: [
      {
        ...span(text, 'We want a ceasefire before the winter,'),
        text: 'We want a ceasefire before the winter,',
        speaker: 'Anna Berg',
        actor: 'Norland',
        attribution: null,
      },
      {
        ...span(text, 'no agreement can ignore our security'),
        text: 'no agreement can ignore our security',
        speaker: 'Omar Haddad',
        actor: 'Sudria',
        attribution: null,
      },
    ],
    statements: [],
    keySentences: [{ ...sentences[0], score: 1 }],
  }
}

/** The test article, opened (optionally with a hostile paragraph and headline suffix). */
export function openedArticle(hostile = ''): OpenedArticle {
  const article = buildArticle(hostile)
  return { articleId: 'a1', article, analysis: buildAnalysis(article) }
}

const article = buildArticle()

/** A brief as drafting makes it from the test article. */
export function testBrief(): Brief {
  const lead = span(article.text, paragraphs[0])
  const quote = span(article.text, 'We want a ceasefire before the winter,')
  return {
    schemaVersion: 2,
    meta: {
      title: 'Border talks resume',
      subtitle: '',
      author: '',
      organization: '',
      date: '2025-03-01',
      marking: '',
      templateId: 'policy-brief',
    },
    sections: [
      {
        id: 'key-takeaways',
        kind: 'summary',
        heading: 'Key takeaways',
        body: `- ${paragraphs[0]}`,
        provenance: [{ sourceId: article.id, ...lead }],
      },
      {
        id: 'background',
        kind: 'background',
        heading: 'Background',
        body: 'The talks stalled last year.',
        provenance: [],
      },
      {
        id: 'positions',
        kind: 'positions',
        heading: 'Positions',
        body: [
          '### Norland',
          '',
          '**Who speaks:** Anna Berg (foreign minister).',
          '',
          '**Stance:** Wants a ceasefire soon.',
          '',
          '> “We want a ceasefire before the winter,”',
          '>',
          '> — Anna Berg',
        ].join('\n'),
        provenance: [{ sourceId: article.id, ...quote }],
      },
      { id: 'sources', kind: 'sources', heading: 'Sources', body: '', provenance: [] },
    ],
    sources: [
      {
        id: article.id,
        title: article.meta.title,
        outlet: null,
        byline: null,
        date: null,
        url: null,
        retrievedAt: null,
        text: article.text,
        sha256: null,
      },
    ],
  }
}
