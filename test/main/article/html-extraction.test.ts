import { describe, expect, it } from 'vitest'
import { readArticle } from '../../../main/article/index'

// Body extraction rules on short pages written for these tests: each case is one rule, with the
// text that must stay in the article and the text that must not.

const sentence = (n: number) =>
  `Paragraph ${n} of the story says what the minister announced, with names, places, and a date. `
const story = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => `<p>${sentence(from + i).repeat(2)}</p>`).join('')
const page = (body: string) =>
  `<!doctype html><html><head><title>Headline - Outlet</title></head><body><article><h1>Headline</h1>${body}</article></body></html>`
const read = async (html: string) => {
  const article = await readArticle({
    kind: 'bytes',
    name: 'page.html',
    bytes: new TextEncoder().encode(html),
  })
  return article.blocks.map((block) => block.text).join('\n')
}

describe('HTML body extraction', () => {
  it.each([
    {
      name: 'a story folded into a box named "read more" is kept; the small box beside it is not',
      body: `${story(1, 2)}<div id="read-more"><div class="read-more-link"><a href="#">Read more</a></div>
        <div class="read-more-content">${story(3, 4)}</div></div><div class="related"><p>Other story teaser.</p></div>`,
      kept: ['Paragraph 1 of', 'Paragraph 3 of', 'Paragraph 6 of'],
      dropped: ['Read more', 'Other story teaser'],
    },
    {
      name: 'a box named like furniture that holds little of the text is left out',
      body: `${story(1, 4)}<div class="newsletter-signup"><p>${sentence(9)}</p><p>Sign-up box, second line.</p></div>`,
      kept: ['Paragraph 1 of', 'Paragraph 4 of'],
      dropped: ['Paragraph 9 of', 'second line'],
    },
    {
      name: 'a slideshow is left out even when its slides outweigh a short story',
      body: `${story(1, 3)}<div class="gallery"><ul class="slides">${[7, 8, 9, 10]
        .map((n) => `<li><h4>Gallery title</h4><p>${sentence(n).repeat(3)}</p></li>`)
        .join('')}</ul></div>${story(4, 1)}`,
      kept: ['Paragraph 1 of', 'Paragraph 4 of'],
      dropped: ['Paragraph 7 of', 'Paragraph 10 of'],
    },
    {
      name: 'a picture box with one short line is a caption; an image inside a paragraph is not',
      body: `${story(1, 2)}<div class="pic"><p><a href="#"><img src="a.jpg"></a></p><p>The minister at the summit</p></div>
        <p>An icon <img src="i.png"> inside a sentence of the story stays.</p>${story(3, 2)}`,
      kept: ['An icon inside a sentence', 'Paragraph 4 of'],
      dropped: ['The minister at the summit'],
    },
    {
      name: 'a paragraph that is one link and nothing else is left out; a link within text is not',
      body: `${story(1, 2)}<p><a href="/n">Every day our editors pick the news. Sign up for the newsletter here.</a></p>
        <p>The ministry <a href="/r">published the report</a> on Monday.</p>${story(3, 2)}`,
      kept: ['The ministry published the report on Monday.'],
      dropped: ['Every day our editors'],
    },
    {
      name: 'a closing bio set in bold or italics is left out, in any language',
      body: `${story(1, 4)}<p><b><i>Ana Pérez es politóloga en la Universidad de Lisboa.</i></b></p>`,
      kept: ['Paragraph 4 of'],
      dropped: ['Ana Pérez'],
    },
    {
      name: 'an emphatic closing sentence of the story is kept',
      body: `${story(1, 4)}<p><strong>So is it useful? Definitely. Happy testing!</strong></p>`,
      kept: ['So is it useful?'],
      dropped: [],
    },
    {
      name: 'a bold line with a name that does not close the story is kept',
      body: `${story(1, 2)}<p><b>Ana Pérez said the vote was final.</b></p>${story(3, 2)}`,
      kept: ['Ana Pérez said', 'Paragraph 4 of'],
      dropped: [],
    },
  ])('$name', async ({ body, kept, dropped }) => {
    const text = await read(page(body))
    for (const part of kept) expect(text).toContain(part)
    for (const part of dropped) expect(text).not.toContain(part)
  })
})

describe('HTML metadata from the page markup (one walk, document order)', () => {
  const body = `<p>${sentence(1).repeat(6)}</p>`
  it.each([
    {
      name: 'the article h1 before a masthead h1, the first dek-class element as subtitle',
      html: `<header><h1>Outlet</h1></header><main><article><h1>Real headline</h1><p class="x standfirst">The dek.</p>${body}</article></main>`,
      expected: { title: 'Real headline', subtitle: 'The dek.' },
    },
    {
      name: 'the main h1 when no article holds one',
      html: `<div class="masthead"><h1>Outlet</h1></div><main><h1>Main headline</h1>${body}</main>`,
      expected: { title: 'Main headline' },
    },
    {
      name: 'byline from the first author-marked element, canonical link whatever its case',
      html: `<head><title>T</title><link rel="Canonical alternate" href="https://example.com/a"></head><body><article><h1>T</h1><p class="Author">Not a class match</p><span itemprop="author">Ana Pérez</span><p class="byline">By Someone Else</p>${body}</article></body>`,
      expected: { byline: 'Ana Pérez', url: 'https://example.com/a' },
    },
  ])('$name', async ({ html, expected }) => {
    const article = await readArticle({
      kind: 'bytes',
      name: 'page.html',
      bytes: new TextEncoder().encode(html),
    })
    expect(article.meta).toMatchObject(expected)
  })
})
