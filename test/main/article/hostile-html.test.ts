import { afterEach, describe, expect, it } from 'vitest'
import { ArticleError, readArticle } from '../../../main/article/index'
import { estimateHtmlDepth } from '../../../main/article/html-guard'
import { failure } from '../../helpers/failure'

// Hostile HTML: nesting that overflows jsdom's and Readability's recursion, and scripts that must
// never run or leak their text into the article.

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story, long enough to count as body text for Readability, with commas, clauses, and detail.</p>`
const story = Array.from({ length: 6 }, (_, i) => paragraph(i + 1)).join('')
const read = (html: string) =>
  readArticle({ kind: 'bytes', name: 'page.html', bytes: new TextEncoder().encode(html) })

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__briefwrightScriptRan
})

describe('deeply nested HTML', () => {
  it.each([
    {
      name: '100,000 nested divs',
      html: `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`,
    },
    { name: '100,000 unclosed spans', html: `<html><body>${'<span>'.repeat(100_000)}x</body></html>` },
    { name: '30,000 nested tables', html: `<table><tr><td>`.repeat(30_000) },
  ])('$name: a clear error, quickly', async ({ html }) => {
    const started = performance.now()
    const error = await failure(read(html), ArticleError)
    expect(error.code).toBe('too-deep')
    expect(error.message).toMatch(/page\.html is nested more than 1000 elements deep/)
    expect(performance.now() - started).toBeLessThan(30_000)
  })

  it('400 levels: read without Readability, quickly, with a warning', async () => {
    const started = performance.now()
    const article = await read(
      `<html><head><title>Deep</title></head><body>${'<div>'.repeat(400)}${story}${'</div>'.repeat(400)}</body></html>`,
    )
    expect(article.blocks).toHaveLength(6)
    expect(article.warnings.join(' ')).toMatch(/nested 4\d\d elements deep/)
    expect(performance.now() - started).toBeLessThan(30_000)
  })

  it.each([
    { html: '<ul><li>a<li>b<li>c</ul>', depth: 2 },
    { html: '<p>one<p>two<div>three</div>', depth: 1 },
    { html: '<div><br><img src=x><span>a</span></div>', depth: 2 },
    { html: '<script>"<div><div><div>"</script><div></div>', depth: 1 },
    { html: '<!-- <div><div> --><b>x</b>', depth: 1 },
    { html: 'a < b and <div><svg><path/></svg></div>', depth: 2 },
  ])('estimates depth $depth for $html', ({ html, depth }) => {
    expect(estimateHtmlDepth(html)).toBe(depth)
  })
})

const hostile = `<!doctype html><html><head><title>Quiet Talks in Geneva</title>
<script>globalThis.__briefwrightScriptRan = true; document.title = 'SCRIPT RAN'</script>
<style>p::before { content: 'STYLE TEXT' }</style></head>
<body onload="document.body.insertAdjacentHTML('beforeend', '<p>ONLOAD RAN</p>')">
<article><h1>Quiet Talks in Geneva</h1>
${story}
<p>Officials met <script>document.write('INLINE SCRIPT TEXT')</script>for three hours.</p>
<img src="missing.png" onerror="document.body.insertAdjacentHTML('beforeend', '<p>ONERROR RAN</p>')">
<svg onload="globalThis.__briefwrightScriptRan = true"><text>SVG TEXT</text></svg>
<iframe srcdoc="<script>parent.__briefwrightScriptRan = true</script>IFRAME TEXT"></iframe>
<noscript>NOSCRIPT TEXT</noscript><template><p>TEMPLATE TEXT</p></template>
<p style="display:none">HIDDEN TEXT</p>
<p><a href="javascript:globalThis.__briefwrightScriptRan = true">A link</a> in the last paragraph.</p>
</article>
<script>document.querySelector('article').insertAdjacentHTML('beforeend', '<p>BODY SCRIPT RAN</p>')</script>
</body></html>`

describe('scripts in HTML', () => {
  it('never run, and no script, style or hidden text reaches the article', async () => {
    const article = await read(hostile)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect((globalThis as Record<string, unknown>).__briefwrightScriptRan).toBeUndefined()
    expect(article.meta.title).toBe('Quiet Talks in Geneva')
    for (const marker of [
      'RAN',
      'SCRIPT',
      'STYLE',
      'SVG',
      'IFRAME',
      'NOSCRIPT',
      'TEMPLATE',
      'HIDDEN',
      'globalThis',
    ]) {
      expect(article.text).not.toContain(marker)
    }
    expect(article.text).toContain('Officials met for three hours.')
    expect(article.text).toContain('A link in the last paragraph.')
  })
})
