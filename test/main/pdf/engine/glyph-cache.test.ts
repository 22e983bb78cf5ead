import { describe, expect, it } from 'vitest'
import { preferredCodePoints } from '../../../../main/pdf/engine/glyph-cache'

// A character map where several code points share a glyph, as in Source Serif and Inter.
const CMAP = new Map<number, number>([
  [0x20, 3], // space
  [0xa0, 3], // no-break space
  [0x2019, 7], // right single quotation mark
  [0x02bc, 7], // modifier letter apostrophe
  [0x3b9, 9], // Greek iota
  [0x269, 9], // Latin iota
  [0x41, 10],
  [0xe000, 11], // private use (Inter's case hyphen)
  [0x2010, 11], // hyphen
  [0xfb01, 12], // fi ligature: left to shaping
  [0x1234, 0], // .notdef
])

describe('preferred code points of shared glyphs', () => {
  it('gives each glyph the code point of the most preferred block, whatever the order of the map', () => {
    const expected = new Map([
      [3, 0x20],
      [7, 0x2019],
      [9, 0x3b9],
      [10, 0x41],
      [11, 0x2010],
    ])
    const codePoints = [...CMAP.keys()]
    for (const order of [
      codePoints,
      [...codePoints].reverse(),
      [...codePoints].sort((a, b) => (a % 7) - (b % 7)),
    ]) {
      expect(preferredCodePoints(order, (codePoint) => CMAP.get(codePoint))).toEqual(expected)
    }
  })

  it('prefers the lower code point within a block', () => {
    const map = new Map([
      [0x2014, 5],
      [0x2013, 5],
    ])
    expect(preferredCodePoints([0x2014, 0x2013], (codePoint) => map.get(codePoint))).toEqual(
      new Map([[5, 0x2013]]),
    )
  })
})
