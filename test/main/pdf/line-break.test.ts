import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { PLAIN, textRun } from '../../../main/pdf/blocks'
import type { Run } from '../../../main/pdf/blocks'
import { loadShaping, measure } from '../../../main/pdf/engine/fonts'
import { breakLines } from '../../../main/pdf/line-break'
import type { TextStyle } from '../../../main/pdf/line-break'

beforeAll(() => loadShaping())

const STYLE: TextStyle = {
  faces: {
    regular: 'serif',
    italic: 'serif-italic',
    bold: 'serif-bold',
    boldItalic: 'serif-bold-italic',
    code: 'sans',
  },
  size: 10.5,
  color: '#000000',
  linkColor: '#1f4e79',
  leading: 14,
}

const WORDS = [
  'policy',
  'Lajčák',
  'Vučić',
  'Зеленський',
  'Αλεξανδρούπολη',
  'grid',
  'interconnector',
  'a',
  'of',
  '2025',
  'escrow,',
  '“quoted”',
]

function lineText(runs: readonly Run[], width: number): string[] {
  return breakLines(runs, STYLE, width, () => undefined).map((line) =>
    line.fragments.map((fragment) => fragment.text).join(''),
  )
}

describe('breakLines', () => {
  it('never exceeds the width and never loses or reorders a word', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ word: fc.constantFrom(...WORDS), bold: fc.boolean(), italic: fc.boolean() }), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.integer({ min: 60, max: 400 }),
        (words, width) => {
          const runs = words.map(({ word, bold, italic }) => textRun(`${word} `, { ...PLAIN, bold, italic }))
          const lines = breakLines(runs, STYLE, width, () => undefined)
          for (const line of lines) {
            expect(line.width).toBeLessThanOrEqual(width + 0.01)
            const measured = line.fragments.reduce(
              (sum, fragment) => sum + measure(fragment.face, fragment.size, fragment.text),
              0,
            )
            expect(line.width).toBeCloseTo(measured, 6)
            line.fragments.forEach((fragment, index) => {
              const previous = line.fragments[index - 1]
              if (previous) expect(fragment.x).toBeCloseTo(previous.x + previous.width, 6)
            })
          }
          // Words wider than the line are cut, so compare without the spaces.
          const text = lines.map((line) => line.fragments.map((fragment) => fragment.text).join('')).join('')
          expect(text.replace(/ /g, '')).toBe(words.map(({ word }) => word).join(''))
          for (const line of lines) expect(line.fragments[0]?.text.startsWith(' ')).toBe(false)
        },
      ),
      { numRuns: 200 },
    )
  })

  it.each([
    {
      name: 'fills lines greedily',
      runs: [textRun('one two three four five six seven eight nine ten')],
      width: 80,
      count: 4,
    },
    {
      name: 'collapses runs of spaces and soft breaks',
      runs: [textRun('one   two\nthree')],
      width: 400,
      count: 1,
    },
    {
      name: 'breaks at hard breaks',
      runs: [textRun('one'), { kind: 'break' as const }, textRun('two')],
      width: 400,
      count: 2,
    },
  ])('$name', ({ runs, width, count }) => {
    const lines = lineText(runs, width)
    expect(lines).toHaveLength(count)
    expect(lines.join(' ')).toBe(lines.join(' ').replace(/\s+/g, ' '))
  })

  it('keeps a word whose trailing space alone would not fit, and takes the next line for one that does not fit', () => {
    const size = STYLE.size
    const exact = measure('serif', size, 'policy briefs matter')
    // The line is as wide as the words without the last space: "matter " overhangs by its space.
    expect(lineText([textRun('policy briefs matter today')], exact + 0.001)).toEqual([
      'policy briefs matter',
      'today',
    ])
    // A point less and "matter" itself does not fit.
    expect(lineText([textRun('policy briefs matter today')], exact - 1)).toEqual([
      'policy briefs',
      'matter today',
    ])
  })

  it('cuts a word wider than the line, preferring to cut after a slash', () => {
    const url = 'https://www.example.org/news/2025/03/12/lajcak-energy-talks-belgrade-pristina-annex'
    const lines = lineText([textRun(url)], 150)
    expect(lines.length).toBeGreaterThan(2)
    expect(lines.join('')).toBe(url)
    expect(lines.slice(0, -1).every((line) => /[/\-.]$/.test(line))).toBe(true)
  })

  it('reports characters no face has and leaves them out', () => {
    const missing: string[] = []
    // Ethiopic: no bundled face has it (Chinese has a face of its own now).
    const lines = breakLines([textRun('Addis ሰላም talks')], STYLE, 400, (char) => missing.push(char))
    expect(missing).toEqual(['ሰ', 'ላ', 'ም'])
    expect(lines.map((line) => line.fragments.map((fragment) => fragment.text).join(''))).toEqual([
      'Addis talks',
    ])
  })

  it('sets characters the preferred face lacks in the other family', () => {
    const lines = breakLines([textRun('a ◦ b')], STYLE, 400, () => undefined)
    expect(lines[0]?.fragments.map((fragment) => [fragment.text, fragment.face])).toEqual([
      ['a ', 'serif'],
      ['◦ ', 'sans'],
      ['b', 'serif'],
    ])
  })
})
