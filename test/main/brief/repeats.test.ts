import { describe, expect, it } from 'vitest'
import { REPEAT_PASSAGE_WORDS, repeatedPassages } from '../../../main/brief/repeats'

describe('repeatedPassages', () => {
  it('finds a passage of eight words said in two sections, once, at its full length', () => {
    const passage = 'the ministry will publish the revised tariff schedule before the summit'
    expect(
      repeatedPassages([`- Officials say ${passage}.`, `> “Yes, ${passage}, and not after,” she said.`]),
    ).toEqual([passage])
  })

  it('reads through Markdown: escapes, quote marks, table pipes and emphasis', () => {
    const texts = [
      '| Kessa | warns | “no deal can stand without the \\*northern\\* provinces” | ¶ 2 |',
      '**Stance:** Sets conditions: no deal can stand without the northern provinces, she said.',
    ]
    expect(repeatedPassages(texts)).toEqual(['no deal can stand without the northern provinces'])
  })

  it(`lets a passage of ${REPEAT_PASSAGE_WORDS - 1} words stand twice`, () => {
    const seven = 'seven words that are said here twice'
    expect(seven.split(' ')).toHaveLength(REPEAT_PASSAGE_WORDS - 1)
    expect(repeatedPassages([`${seven}.`, `And ${seven}.`])).toEqual([])
  })

  it('never joins the end of one section to the start of the next', () => {
    expect(
      repeatedPassages([
        'one two three four',
        'five six seven eight',
        'one two three four five six seven eight',
      ]),
    ).toEqual([])
  })
})

describe('repeatedPassages and headings', () => {
  it('takes a heading that is a name, recurring whole as that name, for no repeat', () => {
    const name = 'The National Assembly of the Republic of Outer Maravia'
    expect(repeatedPassages([`| ${name} | warns |`, `### ${name}\n\nIt warned.`])).toEqual([])
  })

  it('still finds a heading’s words said twice in prose', () => {
    const words = 'the assembly voted to suspend the grain levy until spring'
    expect(repeatedPassages([`### Vote\n\nFirst, ${words}.`, `Then ${words}.`])).toEqual([words])
  })
})
