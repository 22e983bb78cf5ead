import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { ArticleError, readArticle } from '../../../main/article/index'
import { linesToDraft, runsToLines } from '../../../main/article/pdf-layout'
import type { Line, TextRun } from '../../../main/article/pdf-layout'
import { failure } from '../../helpers/failure'

// PDF structure comes from positions and font sizes only; these cases pin the layout rules.

function pdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ info: { CreationDate: new Date(Date.UTC(2025, 0, 1)) }, ...options })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  )
  draw(doc)
  doc.end()
  return done
}

const readPdf = (bytes: Uint8Array) => readArticle({ kind: 'bytes', name: 'doc.pdf', bytes })

describe('PDF files', () => {
  it('refuses a PDF without a text layer', async () => {
    const bytes = await pdf((doc) => doc.rect(100, 100, 200, 200).fill('#888'))
    const error = await failure(readPdf(bytes), ArticleError)
    expect(error.code).toBe('empty')
    expect(error.message).toMatch(/doc\.pdf has no text layer \(it may be a scan\)/)
  })

  it('refuses a password-protected PDF', async () => {
    const bytes = await pdf((doc) => doc.text('Secret'), { userPassword: 'open sesame' })
    const error = await failure(readPdf(bytes), ArticleError)
    expect(error.code).toBe('unreadable')
    expect(error.message).toMatch(/password-protected/)
  })

  it('takes the headline from the document info when no line stands out', async () => {
    const bytes = await pdf((doc) => doc.fontSize(11).text('Only body text, all of one size.'), {
      info: { Title: 'Info Title' },
    })
    const article = await readPdf(bytes)
    expect(article.meta.title).toBe('Info Title')
    expect(article.text).toBe('Only body text, all of one size.')
  })
})

const run = (text: string, y: number, options: Partial<TextRun> = {}): TextRun => ({
  text,
  x: 72,
  y,
  width: text.length * 5,
  size: 11,
  page: 1,
  ...options,
})
const line = (text: string, y: number, options: Partial<Line> = {}): Line => ({
  text,
  x: 72,
  y,
  size: 11,
  page: 1,
  ...options,
})

describe('PDF layout', () => {
  it('joins runs on one baseline and puts a space where there is a gap', () => {
    const lines = runsToLines([
      run('Hello', 700),
      run('world', 700, { x: 72 + 25 + 3 }),
      run('again', 700, { x: 72 + 25 + 3 + 25 }),
      run('Next', 686),
    ])
    expect(lines.map((l) => l.text)).toEqual(['Hello worldagain', 'Next'])
  })

  it.each([
    {
      name: 'a two-line headline, a dek, and paragraphs split by a wider gap',
      lines: [
        line('A Long Headline That', 760, { size: 24 }),
        line('Wraps Onto Two Lines', 732, { size: 24 }),
        line('The dek under it', 700, { size: 15 }),
        line('First paragraph line one', 660),
        line('and its second line.', 646),
        line('Second paragraph.', 620),
      ],
      expected: {
        meta: { title: 'A Long Headline That Wraps Onto Two Lines', subtitle: 'The dek under it' },
        blocks: [
          { kind: 'paragraph', text: 'First paragraph line one and its second line.' },
          { kind: 'paragraph', text: 'Second paragraph.' },
        ],
      },
    },
    {
      name: 'indented first lines start paragraphs without extra space; hyphenated breaks join',
      lines: [
        line('Heading', 760, { size: 16 }),
        line('One para starts here, US-', 740, { x: 90 }),
        line('Russia talks continue.', 726),
        line('Another para.', 712, { x: 90 }),
      ],
      expected: {
        meta: { title: 'Heading' },
        blocks: [
          { kind: 'paragraph', text: 'One para starts here, US-Russia talks continue.' },
          { kind: 'paragraph', text: 'Another para.' },
        ],
      },
    },
    {
      name: 'page numbers and running headers go; a sentence over a page break stays whole',
      lines: [1, 2, 3].flatMap((page) => [
        line('The Daily Brief', 800, { page, size: 9 }),
        line(page === 2 ? 'and goes on over' : page === 1 ? 'A sentence starts' : 'the page break.', 700, {
          page,
        }),
        line(String(page), 40, { page, size: 9 }),
      ]),
      expected: {
        meta: {},
        blocks: [{ kind: 'paragraph', text: 'A sentence starts and goes on over the page break.' }],
      },
    },
    {
      name: 'two heading sizes become levels 2 and 3',
      lines: [
        line('Title', 780, { size: 24 }),
        line('Body.', 750),
        line('Section', 720, { size: 16 }),
        line('Body.', 700),
        line('Subsection', 680, { size: 13 }),
        line('Body.', 660),
      ],
      expected: {
        meta: { title: 'Title' },
        blocks: [
          { kind: 'paragraph', text: 'Body.' },
          { kind: 'heading', text: 'Section', level: 2 },
          { kind: 'paragraph', text: 'Body.' },
          { kind: 'heading', text: 'Subsection', level: 3 },
          { kind: 'paragraph', text: 'Body.' },
        ],
      },
    },
  ])('$name', ({ lines, expected }) => {
    const draft = linesToDraft(lines)
    expect(draft.meta).toEqual(expected.meta)
    expect(draft.blocks).toEqual(expected.blocks)
  })
})
