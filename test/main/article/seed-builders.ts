import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import PDFDocument from 'pdfkit'

// Builds the seed article in every input format, in memory, so the format tests need no binary
// fixtures and each format is derived from the same words.

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const fixtures = path.resolve(projectRoot, 'test', 'fixtures')

export type Seed = {
  title: string
  subtitle: string
  /** Body in order: section headings and paragraphs. */
  body: Array<{ heading: boolean; text: string }>
  headings: string[]
  quoteStarts: string[]
}

export function loadSeed(): Seed {
  const lines = readFileSync(path.join(fixtures, 'seed-article.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const expected = JSON.parse(readFileSync(path.join(fixtures, 'seed-article.expect.json'), 'utf8')) as {
    title: string
    subtitle: string
    headings: string[]
    quotes: Array<{ text_starts: string }>
  }
  const [title, subtitle, ...rest] = lines
  return {
    title,
    subtitle,
    body: rest.map((text) => ({ heading: expected.headings.includes(text), text })),
    headings: expected.headings,
    quoteStarts: expected.quotes.map((quote) => quote.text_starts),
  }
}

export function seedMarkdown(seed: Seed): string {
  const body = seed.body.map((part) => (part.heading ? `## ${part.text}` : part.text))
  return [`# ${seed.title}`, `*${seed.subtitle}*`, 'By Jane Doe', ...body].join('\n\n') + '\n'
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** The seed as a news page: navigation, a script, a captioned photo, a video blurb, a sign-up box and an author bio around it. */
export function seedHtml(seed: Seed): string {
  const parts = seed.body.map((part, i) => {
    const block = part.heading ? `<h2>${escapeHtml(part.text)}</h2>` : `<p>${escapeHtml(part.text)}</p>`
    if (i === 1) {
      return `${block}
      <figure><img src="witkoff.jpg" alt=""><figcaption>Steve Witkoff arrives at Vnukovo airport. Photo: Pool via Reuters</figcaption></figure>
      <p><a href="/video/1">Watch: Witkoff lands in Moscow for talks (2:14)</a></p>`
    }
    if (i === 5)
      return `${block}\n<div class="newsletter-signup"><p>Sign up for the Daily Brief newsletter</p></div>`
    return block
  })
  return `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>${escapeHtml(seed.title)} | The Daily Brief</title>
<meta property="og:title" content="${escapeHtml(seed.title)}">
<meta property="og:site_name" content="The Daily Brief">
<meta property="og:description" content="${escapeHtml(seed.subtitle)}">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2025-11-27T09:30:00+01:00">
<link rel="canonical" href="https://daily-brief.example/world/envoy-putin">
<script>globalThis.__briefwrightScriptRan = 'head script'</script>
</head>
<body onload="globalThis.__briefwrightScriptRan = 'onload'">
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<main>
<article>
<header><h1>${escapeHtml(seed.title)}</h1><p class="dek">${escapeHtml(seed.subtitle)}</p>
<p class="byline">By <a rel="author" href="/staff/jane-doe">Jane Doe</a></p>
<time datetime="2025-11-27T09:30:00+01:00">27 November 2025</time></header>
<div class="article-body">
${parts.join('\n')}
<p>Jane Doe is the Daily Brief's diplomatic correspondent, covering Russia and Eastern Europe.</p>
</div>
</article>
</main>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Read more: Zelensky in Berlin</a></li></ul></aside>
<footer><p>© 2025 The Daily Brief. All rights reserved.</p></footer>
<script>document.body.insertAdjacentHTML('beforeend', '<p>Injected by script</p>')</script>
</body></html>`
}

const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** A minimal .docx: paragraphs with Word's built-in style ids (and a styles part naming them). */
export async function buildDocx(
  paragraphs: Array<{ style?: string; text: string }>,
  configure?: (zip: JSZip) => void,
): Promise<Uint8Array> {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const body = paragraphs
    .map(
      (p) =>
        `<w:p>${p.style ? `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${xml(p.text)}</w:t></w:r></w:p>`,
    )
    .join('')
  // Word's own names for its built-in styles.
  const styles = ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Quote', 'Caption']
    .map((id) => {
      const name = id === 'Caption' ? 'caption' : id.replace(/^Heading(\d)$/, 'heading $1')
      return `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`
    })
    .join('')
  const zip = new JSZip()
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  )
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  )
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${wordNamespace}">${styles}</w:styles>`,
  )
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${wordNamespace}"><w:body>${body}</w:body></w:document>`,
  )
  configure?.(zip)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

export function seedDocx(seed: Seed): Promise<Uint8Array> {
  return buildDocx([
    { style: 'Title', text: seed.title },
    { style: 'Subtitle', text: seed.subtitle },
    ...seed.body.map((part) => (part.heading ? { style: 'Heading1', text: part.text } : { text: part.text })),
  ])
}

/** The seed typeset by pdfkit: title 24 pt, dek 15 pt, headings 14 pt, body 11 pt; deterministic. */
export function seedPdf(seed: Seed): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: { Title: seed.title, CreationDate: new Date(Date.UTC(2025, 10, 27)) },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  )
  doc.font('Helvetica-Bold').fontSize(24).text(seed.title)
  doc.moveDown(0.3)
  doc.font('Helvetica-Oblique').fontSize(15).text(seed.subtitle)
  doc.moveDown(1)
  for (const part of seed.body) {
    if (part.heading) {
      doc.moveDown(0.5)
      doc.font('Helvetica-Bold').fontSize(14).text(part.text)
      doc.moveDown(0.3)
    } else {
      doc.font('Helvetica').fontSize(11).text(part.text, { lineGap: 2 })
      doc.moveDown(0.8)
    }
  }
  doc.end()
  return done
}
