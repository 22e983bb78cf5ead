import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll } from 'vitest'
import { migrateBrief } from '../../../main/brief/migrate'
import { BriefSchema } from '../../../main/brief/schema'
import type { Brief, BriefInput } from '../../../main/brief/schema'
import { TemplateStyleSchema } from '../../../main/templates/schema'
import type { TemplateStyle } from '../../../main/templates/schema'

/** Helpers that read rendered PDFs back with the real tools (poppler, qpdf, mutool, pdf.js). */

const fixtureDir = join(import.meta.dirname, '..', '..', 'fixtures')
const outputDir = mkdtempSync(join(tmpdir(), 'briefwright-pdf-test-'))
// Registered while the importing test file is collected, so each file removes its own PDFs.
afterAll(() => rmSync(outputDir, { recursive: true, force: true }))

/** The sample brief fixture (a format-1 file), validated and migrated. */
export function loadSample(): Brief {
  return migrateBrief(JSON.parse(readFileSync(join(fixtureDir, 'sample.brief'), 'utf8')))
}

/** A brief built from the sample's meta with the given sections and sources. */
export function makeBrief(
  overrides: Partial<Pick<BriefInput, 'sections' | 'sources'>> & { meta?: Partial<BriefInput['meta']> },
): Brief {
  const sample = loadSample()
  return BriefSchema.parse({
    schemaVersion: 2,
    meta: { ...sample.meta, ...overrides.meta },
    sections: overrides.sections ?? sample.sections,
    sources: overrides.sources ?? sample.sources,
  })
}

/** A template style with defaults filled in. */
export function makeStyle(input: Partial<TemplateStyle> = {}): TemplateStyle {
  return TemplateStyleSchema.parse(input)
}

let counter = 0

/** Writes PDF bytes to a temp file and returns its path. */
export function writePdf(bytes: Uint8Array, name = 'out'): string {
  counter++
  const path = join(outputDir, `${name}-${process.pid}-${counter}.pdf`)
  writeFileSync(path, bytes)
  return path
}

/** Runs a tool and returns its stdout; throws with stderr if it fails. */
export function run(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status !== 0)
    throw new Error(`${tool} ${args.join(' ')} exited ${result.status}: ${result.stderr}`)
  return result.stdout
}

/** Runs a tool and returns its exit status and output, failing or not. */
export function runStatus(tool: string, args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** pdftotext of the whole document or of one page (1-based). */
export function pdfText(path: string, page?: number, layout = false): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)]
  return run('pdftotext', [...range, ...(layout ? ['-layout'] : []), '-enc', 'UTF-8', path, '-'])
}

/** pdfinfo's fields as a map. */
export function pdfInfo(path: string): Map<string, string> {
  const fields = new Map<string, string>()
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line)
    if (match?.[1] && match[2] !== undefined) fields.set(match[1].trim(), match[2].trim())
  }
  return fields
}

export type FontRow = { name: string; type: string; embedded: boolean; subset: boolean; unicode: boolean }

/** pdffonts' table. */
export function pdfFonts(path: string): FontRow[] {
  const lines = run('pdffonts', [path]).split('\n').slice(2)
  return lines
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      // name type… encoding emb sub uni object-id gen: read the flags from the end.
      const flags = columns.slice(-5, -2)
      return {
        name: columns[0] ?? '',
        type: columns.slice(1, -6).join(' '),
        embedded: flags[0] === 'yes',
        subset: flags[1] === 'yes',
        unicode: flags[2] === 'yes',
      }
    })
}

/** Titles of the outline, in order, indented by two spaces per level (from `mutool show outline`). */
export function outlineTitles(path: string): string[] {
  return run('mutool', ['show', path, 'outline'])
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const match = /^([|+\-\s]*?)(\t+)"(.*)"\t/.exec(line)
      if (!match) return line
      const depth = (match[2] ?? '').length - 1
      return `${'  '.repeat(depth)}${match[3] ?? ''}`
    })
}

/** Opens a PDF with pdf.js. */
export async function openPdf(
  bytes: Uint8Array,
): Promise<Awaited<ReturnType<typeof getDocument>['promise']>> {
  return getDocument({ data: bytes.slice(), verbosity: 0, useSystemFonts: false }).promise
}

type StructNode = { role?: string; children?: unknown[] }

function isStructNode(value: unknown): value is StructNode {
  return typeof value === 'object' && value !== null && ('role' in value || 'children' in value)
}

/** How many structure elements of each role the document has (all pages' trees merged). */
export async function structRoles(bytes: Uint8Array): Promise<Map<string, number>> {
  const pdf = await openPdf(bytes)
  const counts = new Map<string, number>()
  const walk = (node: unknown): void => {
    if (!isStructNode(node)) return
    if (node.role) counts.set(node.role, (counts.get(node.role) ?? 0) + 1)
    for (const child of node.children ?? []) walk(child)
  }
  for (let page = 1; page <= pdf.numPages; page++) walk(await (await pdf.getPage(page)).getStructTree())
  await pdf.destroy()
  return counts
}

type TreeNode = { role?: string; type?: string; id?: string; children?: TreeNode[] }

/** Per page: the Link structure elements' children (marked content and annotation ids), and the page's link annotation ids. */
export async function linkStructure(
  bytes: Uint8Array,
): Promise<{ page: number; links: { content: number; objects: string[] }[]; annotations: string[] }[]> {
  const pdf = await openPdf(bytes)
  const pages = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const links: { content: number; objects: string[] }[] = []
    const walk = (node: TreeNode): void => {
      if (node.role === 'Link') {
        const children = node.children ?? []
        links.push({
          content: children.filter((child) => child.type === 'content').length,
          objects: children.flatMap((child) => (child.type === 'object' && child.id ? [child.id] : [])),
        })
      }
      for (const child of node.children ?? []) walk(child)
    }
    walk((await page.getStructTree()) as TreeNode)
    const annotations = (await page.getAnnotations()).flatMap(
      (annotation: { subtype?: string; id?: string }) =>
        annotation.subtype === 'Link' && annotation.id ? [annotation.id] : [],
    )
    pages.push({ page: number, links, annotations })
  }
  await pdf.destroy()
  return pages
}

/** Text lines of a page with their baseline y (from the top) and left x, via pdf.js. */
export async function pageLines(bytes: Uint8Array): Promise<{ text: string; x: number; top: number }[][]> {
  const pdf = await openPdf(bytes)
  const pages: { text: string; x: number; top: number }[][] = []
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number)
    const height = page.getViewport({ scale: 1 }).height
    const content = await page.getTextContent()
    const lines = new Map<number, { str: string; x: number }[]>()
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue
      const top = Math.round((height - (item.transform[5] ?? 0)) * 2) / 2
      const pieces = lines.get(top) ?? []
      pieces.push({ str: item.str, x: item.transform[4] ?? 0 })
      lines.set(top, pieces)
    }
    const merged = [...lines].map(([top, pieces]) => {
      pieces.sort((a, b) => a.x - b.x)
      return { text: pieces.map((piece) => piece.str).join(''), x: pieces[0]?.x ?? 0, top }
    })
    pages.push(merged.sort((a, b) => a.top - b.top))
  }
  await pdf.destroy()
  return pages
}
