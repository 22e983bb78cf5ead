import { describe, expect, it } from 'vitest'
import { readArticle } from '../../../main/article/index'
import type { Article } from '../../../main/article/index'
import { buildDocx } from './seed-builders'

// The HTML → blocks walk shared by web pages and DOCX: which elements become which blocks, and
// which page furniture is left out.

const filler =
  'Filler sentence so that Readability sees enough text, with commas, clauses, and names, to treat this as the article body. '
const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Headline - Outlet</title>${head}</head><body><article><h1>Headline</h1><p>${filler.repeat(4)}</p>${body}</article></body></html>`
const blocks = (article: Article) =>
  article.blocks.slice(1).map(({ kind, text, level }) => (level ? { kind, text, level } : { kind, text }))
const readPage = (html: string) =>
  readArticle({ kind: 'bytes', name: 'page.html', bytes: new TextEncoder().encode(html) })

describe('HTML blocks', () => {
  it.each([
    {
      name: 'quotes, lists and headings',
      body: `<h2>Section</h2><p>Text.</p><blockquote><p>“First.”</p><p>“Second.”</p></blockquote>
        <ul><li>One</li><li>Two<ul><li>Two a</li></ul></li></ul><h3>Sub</h3><p>More <q>quoted</q> text.</p>`,
      expected: [
        { kind: 'heading', text: 'Section', level: 2 },
        { kind: 'paragraph', text: 'Text.' },
        { kind: 'quote', text: '“First.”' },
        { kind: 'quote', text: '“Second.”' },
        { kind: 'list', text: 'One\nTwo\nTwo a' },
        { kind: 'heading', text: 'Sub', level: 3 },
        { kind: 'paragraph', text: 'More “quoted” text.' },
      ],
    },
    {
      name: 'line breaks and bare text in divs',
      body: `<div>First line<br>same paragraph<br><br>New paragraph</div><div>Bare <b>div</b> text</div>`,
      expected: [
        { kind: 'paragraph', text: 'First line same paragraph' },
        { kind: 'paragraph', text: 'New paragraph' },
        { kind: 'paragraph', text: 'Bare div text' },
      ],
    },
    {
      name: 'captions, video blurbs, sign-ups, share bars and read-more links',
      body: `<p>Kept one.</p><figure><img src="a.jpg"><figcaption>A caption. Photo: AP</figcaption></figure>
        <p>Video: The summit in 90 seconds</p><p>Watch: live coverage</p><div class="share-bar"><p>Share on X</p></div>
        <p><a href="/x">Read more: older story</a></p><p>Sign up for alerts</p><p class="photo-credit">Credit: Reuters</p>
        <p>Kept two.</p><p>Video footage showed the convoy. Watch officials said more.</p>`,
      expected: [
        { kind: 'paragraph', text: 'Kept one.' },
        { kind: 'paragraph', text: 'Kept two.' },
        { kind: 'paragraph', text: 'Video footage showed the convoy. Watch officials said more.' },
      ],
    },
    {
      name: 'table rows',
      body: `<table><tr><th>Country</th><th>Aid</th></tr><tr><td>France</td><td>€2bn</td></tr></table>`,
      expected: [
        { kind: 'paragraph', text: 'Country Aid' },
        { kind: 'paragraph', text: 'France €2bn' },
      ],
    },
  ])('$name', async ({ body, expected }) => {
    const article = await readPage(page(body))
    expect(article.meta.title).toBe('Headline')
    expect(blocks(article)).toEqual(expected)
  })

  it('strips the outlet from <title> when nothing better names the headline', async () => {
    const article = await readPage(
      `<html><head><title>Talks Resume | The Outlet</title><meta property="og:site_name" content="The Outlet"></head><body><p>${filler.repeat(4)}</p></body></html>`,
    )
    expect(article.meta.title).toBe('Talks Resume')
    expect(article.meta.outlet).toBe('The Outlet')
  })

  it("prefers the article's h1 to a masthead h1 that comes first", async () => {
    const article = await readPage(
      `<html><body><div class="masthead"><h1>The Outlet</h1></div><article><h1>Real Headline</h1><p>${filler.repeat(4)}</p></article></body></html>`,
    )
    expect(article.meta.title).toBe('Real Headline')
  })

  it('keeps meta author, byline and canonical URL only when they are what they claim', async () => {
    const article = await readPage(
      page(
        '',
        '<meta property="article:author" content="https://x.example/staff/1"><link rel="canonical" href="javascript:alert(1)">',
      ),
    )
    expect(article.meta.byline).toBeNull()
    expect(article.meta.url).toBeNull()
  })
})

describe('DOCX styles', () => {
  it('maps Word styles: Title, Subtitle, headings, Quote; drops captions', async () => {
    const bytes = await buildDocx([
      { style: 'Title', text: 'Doc Headline' },
      { style: 'Subtitle', text: 'Doc dek' },
      { text: 'Opening paragraph.' },
      { style: 'Heading1', text: 'Part one' },
      { style: 'Quote', text: '“Quoted words.”' },
      { style: 'Heading2', text: 'Part one, detail' },
      { style: 'Caption', text: 'Figure 1: a chart' },
      { text: 'Closing paragraph.' },
    ])
    const article = await readArticle({ kind: 'bytes', name: 'doc.docx', bytes })
    expect(article.meta.title).toBe('Doc Headline')
    expect(article.meta.subtitle).toBe('Doc dek')
    expect(
      article.blocks.map(({ kind, text, level }) => (level ? { kind, text, level } : { kind, text })),
    ).toEqual([
      { kind: 'paragraph', text: 'Opening paragraph.' },
      { kind: 'heading', text: 'Part one', level: 2 },
      { kind: 'quote', text: '“Quoted words.”' },
      { kind: 'heading', text: 'Part one, detail', level: 3 },
      { kind: 'paragraph', text: 'Closing paragraph.' },
    ])
  })

  it('a document that starts with Heading 1 uses it as the headline; later ones are sections', async () => {
    const bytes = await buildDocx([
      { style: 'Heading1', text: 'First heading is the title' },
      { text: 'Body.' },
      { style: 'Heading1', text: 'A section' },
      { text: 'More body.' },
    ])
    const article = await readArticle({ kind: 'bytes', name: 'doc.docx', bytes })
    expect(article.meta.title).toBe('First heading is the title')
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['A section'])
  })
})
