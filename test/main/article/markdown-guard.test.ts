import { describe, expect, it } from 'vitest'
import { scanLinePrefix } from '../../../main/article/markdown-guard'

// The spaces after a marker count as indentation too: the estimate errs on the deep side.
describe('the Markdown container scanner', () => {
  it.each([
    { line: 'plain text - with > marks', end: 0, depth: 0, lastMarker: '' },
    { line: '- item', end: 2, depth: 1, lastMarker: '-' },
    { line: '-', end: 1, depth: 1, lastMarker: '-' },
    { line: '-item', end: 0, depth: 0, lastMarker: '' },
    { line: '> > 12) item', end: 8, depth: 4, lastMarker: '12)' },
    { line: '      - six spaces', end: 8, depth: 3, lastMarker: '-' },
    { line: '\t- a tab is a stop of four', end: 3, depth: 2, lastMarker: '-' },
    { line: '  \t- two spaces then a tab still reach four', end: 5, depth: 2, lastMarker: '-' },
    { line: '1234567890. ten digits are no marker', end: 0, depth: 0, lastMarker: '' },
  ])('$line: depth $depth', ({ line, end, depth, lastMarker }) => {
    expect(scanLinePrefix(line)).toMatchObject({ end, depth, lastMarker, cut: -1 })
  })

  it('says where the prefix first reaches a depth', () => {
    expect(scanLinePrefix('> > > > text', 3).cut).toBe(5)
    expect(scanLinePrefix('> text', 3).cut).toBe(-1)
  })
})
