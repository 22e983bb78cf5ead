import JSZip from 'jszip'
import mammoth from 'mammoth'
import { BRIEF_SCHEMA_VERSION, BriefSchema } from '../../../main/brief/schema'
import type { Brief, BriefInput } from '../../../main/brief/schema'
import { renderBriefDocx } from '../../../main/docx/index'
import { TemplateStyleSchema } from '../../../main/templates/schema'
import type { TemplateStyle } from '../../../main/templates/schema'

/** A brief with the given sections (and meta); no sources unless given. */
export function makeBrief(
  sections: BriefInput['sections'],
  meta: Partial<BriefInput['meta']> = {},
  sources: BriefInput['sources'] = [],
): Brief {
  return BriefSchema.parse({
    schemaVersion: BRIEF_SCHEMA_VERSION,
    meta: { title: 'A test brief', date: '2026-03-04', templateId: 'policy-brief', ...meta },
    sections,
    sources,
  })
}

export function makeStyle(input: Partial<TemplateStyle> = {}): TemplateStyle {
  return TemplateStyleSchema.parse(input)
}

/** A rendered .docx read back: its parts as XML text, and mammoth's HTML of its body. */
export type ReadDocx = { parts: Map<string, string>; document: string; html: string; bytes: Uint8Array }

export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = new Map<string, string>()
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name)
    if (file && name.endsWith('.xml')) parts.set(name, await file.async('string'))
  }
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
  return { parts, document: parts.get('word/document.xml') ?? '', html, bytes }
}

export async function render(brief: Brief, style: TemplateStyle = makeStyle()): Promise<ReadDocx> {
  return readDocx(await renderBriefDocx(brief, style))
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}

/** The text of each `<w:p>` of an XML part, with its paragraph style id (or null). */
export function paragraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? null,
    text: decodeXml(
      [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    ),
  }))
}

/** The texts of the paragraphs in one style, in document order. */
export function styled(xml: string, style: string): string[] {
  return paragraphs(xml)
    .filter((paragraph) => paragraph.style === style)
    .map((paragraph) => paragraph.text)
}

/** The XML parts whose name starts with `prefix` (word/header, word/footer). */
export function partsNamed(parts: Map<string, string>, prefix: string): string[] {
  return [...parts.entries()].filter(([name]) => name.startsWith(prefix)).map(([, xml]) => xml)
}
