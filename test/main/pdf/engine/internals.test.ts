import { readFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { createRequire } from 'node:module'
import { create as createFont } from 'fontkit'
import type { Font } from 'fontkit'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import type { ParsedFont } from '../../../../main/pdf/engine/faces'
import { FACE_FILES } from '../../../../main/pdf/engine/fonts'
import { unusedNamedFont } from '../../../../main/pdf/engine/pdfkit-font'

/*
 * Canaries: one test per private member or undocumented behaviour of a pinned package that
 * main/pdf/engine relies on (README.md there lists them). Each probes the package itself, so an
 * upgrade that renames, moves or changes the member fails here, by name, before any PDF is wrong.
 */

/** A pdfkit document as these probes see it: the raw object, reached only through `member`. */
type RawDoc = PDFKit.PDFDocument

/** Reads a chain of members, or undefined where one is missing. */
function member(value: unknown, path: readonly string[]): unknown {
  let node = value
  for (const key of path)
    node = typeof node === 'object' && node !== null ? Reflect.get(node, key) : undefined
  return node
}

/** Calls a method the community types do not declare. */
function call(target: object, name: string, ...args: unknown[]): unknown {
  const method: unknown = Reflect.get(target, name)
  if (typeof method !== 'function') throw new Error(`pdfkit has no ${name}()`)
  return Reflect.apply(method, target, args) as unknown
}

function newDoc(options: Record<string, unknown> = {}): RawDoc {
  return new PDFDocument({ compress: false, pdfVersion: '1.7', ...options } as PDFKit.PDFDocumentOptions)
}

/** Ends a document and returns its bytes as Latin-1 text. */
function finish(doc: RawDoc): Promise<string> {
  const chunks: Uint8Array[] = []
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk))
  const ended = new Promise<string>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks).toString('latin1'))),
  )
  doc.end()
  return ended
}

/** A fresh fontkit parse of the serif face, so that probes never touch the renderer's shared fonts. */
function freshSerif(): Font {
  const font = createFont(readFileSync(createRequire(import.meta.url).resolve(FACE_FILES.serif)))
  if (!('layout' in font)) throw new Error('the serif face parsed as a collection')
  return font
}

describe('pdfkit 0.20 internals the engine relies on', () => {
  it('pdfkit: the destination name tree sorts its keys with its own _compareKeys', () => {
    const tree = member(newDoc(), ['_root', 'data', 'Names', 'data', 'Dests'])
    if (typeof tree !== 'object' || tree === null) throw new Error('no _root.data.Names.data.Dests')
    expect(typeof Reflect.get(tree, '_compareKeys')).toBe('function')
    for (const key of ['b', 'B', 'a']) call(tree, 'add', key, [0])
    const keys = (): string[] =>
      [...String(call(tree, 'toString')).matchAll(/\((\w+)\) \[0\]/g)].map((m) => m[1] ?? '')
    // pdfkit's own order is the locale's (ICU loads on first use); an instance's method replaces it.
    expect(keys()).toEqual(['a', 'b', 'B'])
    Reflect.set(tree, '_compareKeys', (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0))
    expect(keys()).toEqual(['B', 'a', 'b'])
  })

  it('pdfkit: text() takes textWidth and wordCount from its options', () => {
    const doc = newDoc()
    const linkWidths: unknown[] = []
    const link = doc.link.bind(doc)
    doc.link = (x, y, width, height, url, options) => {
      linkWidths.push(width)
      return link(x, y, width, height, url, options)
    }
    const options = { lineBreak: false, link: 'https://example.org', wordSpacing: 10 }
    doc.text('one two three', 10, 10, options)
    doc.text('one two three', 10, 10, {
      ...options,
      textWidth: 123,
      wordCount: 3,
    } as PDFKit.Mixins.TextOptions)
    // The link spans the text's width plus word spacing between words: the given figures win.
    expect(linkWidths[1]).toBe(123 + 10 * (3 - 1))
    expect(linkWidths[0]).not.toBe(linkWidths[1])
  })

  it("pdfkit: end() calls the document's endMetadata(), which writes doc.info into the XMP packet", async () => {
    const doc = newDoc({ info: { Title: 'Original' } })
    let calls = 0
    const endMetadata: unknown = Reflect.get(doc, 'endMetadata')
    if (typeof endMetadata !== 'function') throw new Error('pdfkit has no endMetadata()')
    const info = doc.info
    Reflect.set(doc, 'endMetadata', () => {
      calls += 1
      doc.info = { ...info, Title: 'Swapped' }
      Reflect.apply(endMetadata, doc, [])
      doc.info = info
    })
    const text = await finish(doc)
    expect(calls).toBe(1)
    expect(text).toContain('<rdf:li xml:lang="x-default">Swapped</rdf:li>')
    // The info dictionary was written before: it keeps the document's own title.
    expect(text).toContain('(Original)')
    expect(text).not.toContain('(Swapped)')
  })

  it('pdfkit: an embedded font is read through layout, post, italicAngle and postscriptName, and its runs are scaled in place', async () => {
    const font = freshSerif()
    const reads = new Set<string | symbol>()
    const layouts: { text: string; features: unknown; run: { positions: { xAdvance: number }[] } }[] = []
    const recorded = new Proxy(font, {
      get: (target, property) => {
        reads.add(property)
        if (property !== 'layout') return Reflect.get(target, property, target)
        return (text: string, features?: unknown) => {
          const run = target.layout(text, features as string[] | undefined)
          layouts.push({ text, features, run })
          return run
        }
      },
    })
    const doc = newDoc()
    call(doc, 'font', recorded, 'probe')
    doc.text('AV fine', 10, 10, { lineBreak: false })
    await finish(doc)
    for (const name of ['layout', 'post', 'italicAngle', 'postscriptName']) expect(reads).toContain(name)
    // One call per space-ended chunk, without features unless the caller passes some.
    expect(layouts.map(({ text, features }) => [text, features])).toEqual([
      ['AV ', undefined],
      ['fine', undefined],
    ])
    const first = layouts[0]?.run.positions[0]?.xAdvance
    const unscaled = font.layout('AV ').positions[0]?.xAdvance ?? Number.NaN
    expect(first).toBeCloseTo((unscaled * 1000) / font.unitsPerEm, 6)
  })

  it('pdfkit: an embedded font takes one subset from createSubset(), numbers glyphs with includeGlyph, reads cff, and embeds encode() as it is', async () => {
    const font = freshSerif()
    const used: string[] = []
    let encoded: Uint8Array | null = null
    const recorded = new Proxy(font, {
      get: (target, property) => {
        if (property !== 'createSubset') return Reflect.get(target, property, target)
        return () => {
          used.push('createSubset')
          const subset = target.createSubset()
          return new Proxy(subset, {
            get: (inner, name) => {
              used.push(String(name))
              const value: unknown = Reflect.get(inner, name, inner)
              if (typeof value !== 'function') return value
              // Called on the subset itself, so that only pdfkit's reads are recorded.
              if (name !== 'encode')
                return (...args: unknown[]) => Reflect.apply(value, inner, args) as unknown
              return () => (encoded = Reflect.apply(value, inner, []) as Uint8Array)
            },
          })
        }
      },
    })
    const doc = newDoc()
    call(doc, 'font', recorded, 'probe')
    doc.text('Abc', 10, 10, { lineBreak: false })
    const text = await finish(doc)
    expect(new Set(used)).toEqual(new Set(['createSubset', 'includeGlyph', 'cff', 'encode']))
    expect(used.filter((name) => name === 'createSubset')).toHaveLength(1)
    // Uncompressed, the font file is written byte for byte as encode() returned it.
    expect(encoded).not.toBeNull()
    expect(text).toContain(Buffer.from(encoded ?? new Uint8Array()).toString('latin1'))
  })

  it('pdfkit: a reference ends by write() then finalize(); write() keeps byte chunks in buffer and sets Length and Filter; finalize() deflates the joined buffer only while compress is on', async () => {
    const payload = Buffer.from('font file bytes '.repeat(64))
    const doc = newDoc({ compress: true })
    const order: string[] = []
    const probe = call(doc, 'ref') as object
    for (const name of ['write', 'finalize']) {
      const original = Reflect.get(probe, name) as (...args: unknown[]) => unknown
      Reflect.set(probe, name, (...args: unknown[]) => {
        order.push(name)
        return Reflect.apply(original, probe, args)
      })
    }
    call(probe, 'end', payload)
    expect(order).toEqual(['write', 'finalize'])
    // The renderer's way: write, swap the buffer for its deflated join, turn compress off, finalize.
    const given = call(doc, 'ref') as object
    call(given, 'write', payload.subarray(0, 100))
    call(given, 'write', payload.subarray(100))
    const chunks = Reflect.get(given, 'buffer') as unknown[]
    expect(chunks.every((chunk) => chunk instanceof Uint8Array)).toBe(true)
    expect(Reflect.get(given, 'data')).toMatchObject({ Filter: 'FlateDecode' })
    expect(Reflect.get(given, 'compress')).toBe(true)
    Reflect.set(given, 'buffer', [deflateSync(Buffer.concat(chunks as Uint8Array[]))])
    Reflect.set(given, 'compress', false)
    call(given, 'finalize')
    const text = await finish(doc)
    const streams = [...text.matchAll(/<<\n\/Length (\d+)\n\/Filter \/FlateDecode\n>>\nstream\n/g)]
    const deflated = deflateSync(payload)
    // pdfkit's own deflating and the renderer's: the same dictionary and stream, twice.
    expect(streams.filter((match) => Number(match[1]) === deflated.length)).toHaveLength(2)
    expect(text.split(deflated.toString('latin1')).length - 1).toBe(2)
  })

  it('pdfkit: text() with features lays the whole run out in one layout call, handing the features over as they are', async () => {
    const font = freshSerif()
    const layouts: [string, unknown][] = []
    const recorded = new Proxy(font, {
      get: (target, property) =>
        property === 'layout'
          ? (text: string, features?: unknown) => {
              layouts.push([text, features])
              return target.layout(text)
            }
          : Reflect.get(target, property, target),
    })
    const marker: string[] = []
    const doc = newDoc()
    call(doc, 'font', recorded, 'probe')
    call(doc, 'text', 'AV fine', 10, 10, { lineBreak: false, features: marker })
    await finish(doc)
    // The very array passed: the engine's font knows its direction markers by identity.
    expect(layouts.length).toBeGreaterThan(0)
    for (const [text, features] of layouts) {
      expect(text).toBe('AV fine')
      expect(features).toBe(marker)
    }
  })

  it('pdfkit: doc.font() does not cache a face under its name when the default font has the same PostScript name', () => {
    const font = freshSerif()
    const cachedUnderName = (defaultFont: unknown): boolean => {
      const doc = newDoc({ font: defaultFont })
      call(doc, 'font', font, 'serif')
      return member(doc, ['_fontFamilies', 'serif']) !== undefined
    }
    // Same name: pdfkit compares the two fonts' name tables and hands back the default, uncached.
    expect(cachedUnderName(font)).toBe(false)
    // @types/fontkit says includeGlyph returns a boolean; fontkit returns the glyph's number.
    expect(cachedUnderName(unusedNamedFont(font as unknown as ParsedFont))).toBe(true)
  })

  it("pdfkit: the ToUnicode map copies each drawn glyph's codePoints", async () => {
    const font = freshSerif()
    font.glyphForCodePoint(0x41).codePoints = [0x5a]
    const doc = newDoc()
    call(doc, 'font', font, 'probe')
    doc.text('A', 10, 10, { lineBreak: false })
    const text = await finish(doc)
    // Subset glyph 0 is .notdef; the A drawn as glyph 1 extracts as Z.
    expect(text).toMatch(/beginbfrange\s*<0000> <0001> \[<0000> <005a>\]\s*endbfrange/)
  })
})

describe('fontkit 2.0 internals the engine relies on', () => {
  it('fontkit: getGlyph keeps one glyph per id, with the characters it was first asked for, and codePoints can be set', () => {
    // Looked up in another parse: glyphForCodePoint itself asks for the glyph with its character.
    const id = freshSerif().glyphForCodePoint(0x41).id
    const font = freshSerif()
    const glyph = font.getGlyph(id, [])
    expect(font.getGlyph(id, [0x41])).toBe(glyph)
    expect(glyph.codePoints).toEqual([])
    expect(font.layout('A').glyphs[0]).toBe(glyph)
    glyph.codePoints = [0x5a]
    expect(font.getGlyph(id).codePoints).toEqual([0x5a])
  })

  it('fontkit: a subset numbers glyphs in the order they are included, and its font file depends on that order alone', () => {
    const font = freshSerif()
    const ids = [...'Abc'].map((char) => font.glyphForCodePoint(char.codePointAt(0) ?? 0).id)
    const encodeWith = (order: number[]) => {
      const subset = font.createSubset()
      expect(order.map((id) => subset.includeGlyph(font.getGlyph(id)) as unknown)).toEqual(
        order.map((_, index) => index + 1),
      )
      return Buffer.from(subset.encode())
    }
    const first = encodeWith(ids)
    expect(encodeWith(ids).equals(first)).toBe(true)
    expect(encodeWith([...ids].reverse()).equals(first)).toBe(false)
    // A subset of another parse of the same file: the same bytes.
    const other = freshSerif().createSubset()
    for (const id of ids) other.includeGlyph(font.getGlyph(id))
    expect(Buffer.from(other.encode()).equals(first)).toBe(true)
  })
})
