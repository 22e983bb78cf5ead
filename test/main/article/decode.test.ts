import { describe, expect, it } from 'vitest'
import { readArticle } from '../../../main/article/index'
import { decodeBytes } from '../../../main/article/decode'

// Text files arrive in whatever encoding the editor used: BOMs decide, then a declared charset,
// then strict UTF-8, then Windows-1252.

const headline = 'Café Talks: “Progress” — Officials’ Hopes Rise'
const body = 'The ministers met in the café for two hours and agreed to meet again next week in Geneva.'
const text = `${headline}\n\n${body}\n`

function utf16(value: string, bigEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + value.length * 2)
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe])
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i)
    bytes[2 + i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff
    bytes[2 + i * 2 + (bigEndian ? 0 : 1)] = unit >> 8
  }
  return bytes
}

const windows1252: Record<string, number> = { é: 0xe9, '“': 0x93, '”': 0x94, '—': 0x97, '’': 0x92 }
function cp1252(value: string): Uint8Array {
  return Uint8Array.from([...value].map((char) => windows1252[char] ?? char.charCodeAt(0)))
}

const cases = [
  { name: 'UTF-8', bytes: new TextEncoder().encode(text), encoding: 'utf-8' },
  {
    name: 'UTF-8 with BOM',
    bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
    encoding: 'utf-8',
  },
  { name: 'UTF-16 LE with BOM', bytes: utf16(text, false), encoding: 'utf-16le' },
  { name: 'UTF-16 BE with BOM', bytes: utf16(text, true), encoding: 'utf-16be' },
  { name: 'Windows-1252', bytes: cp1252(text), encoding: 'windows-1252' },
]

describe('decoding text files', () => {
  it.each(cases)('$name', async ({ bytes, encoding }) => {
    expect(decodeBytes(bytes)).toEqual({ text, encoding })
    const article = await readArticle({ kind: 'bytes', name: 'talks.txt', bytes })
    expect(article.meta.title).toBe(headline)
    expect(article.text).toBe(body)
  })

  it('uses the charset an HTML page declares (KOI8-R is not valid UTF-8 and not Windows-1252)', async () => {
    const koi8 = Uint8Array.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]) // "Привет"
    const page = [
      ...new TextEncoder().encode('<html><head><meta charset="koi8-r"></head><body><article><h1>'),
      ...koi8,
      ...new TextEncoder().encode(
        '</h1><p>An ASCII paragraph of the article body.</p></article></body></html>',
      ),
    ]
    const article = await readArticle({ kind: 'bytes', name: 'page.html', bytes: Uint8Array.from(page) })
    expect(article.meta.title).toBe('Привет')
    expect(article.text).toBe('An ASCII paragraph of the article body.')
  })

  it('ignores a charset label TextDecoder does not know', () => {
    expect(decodeBytes(new TextEncoder().encode('naïve'), 'x-unknown-charset')).toEqual({
      text: 'naïve',
      encoding: 'utf-8',
    })
  })
})
