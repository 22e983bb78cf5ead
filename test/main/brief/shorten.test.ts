import { describe, expect, it } from 'vitest'
import { wordsOf } from '../../../main/brief/repeats'
import { concise, shortenForTakeaway, TAKEAWAY_MAX_WORDS } from '../../../main/brief/shorten'

const cases = [
  {
    name: 'a lead clause with no fact in it',
    sentence:
      'In a surprising turn of events, the Maravian parliament voted 212 to 90 on Tuesday to suspend the grain levy.',
    expected: 'The Maravian parliament voted 212 to 90 on Tuesday to suspend the grain levy.',
  },
  {
    name: 'nothing of an attribution at the end: without it the claim would read as a fact',
    sentence: 'The port of Ostrel will reopen to tankers by 3 March, harbour officials said.',
    expected: 'The port of Ostrel will reopen to tankers by 3 March, harbour officials said.',
  },
  {
    name: 'a trailing clause but not the attribution after it',
    sentence:
      'During their meeting, the two ministers discussed a broad range of issues, emphasizing the importance of the alliance both bilaterally and within the regional defence pact and its new northern command, a spokesman said.',
    expected: 'The two ministers discussed a broad range of issues, a spokesman said.',
  },
  {
    name: 'a transcript’s speaker label and an answer’s signpost',
    sentence: 'MS VARGA: To your first question, the two delegations have agreed on a 40-day truce.',
    expected: 'The two delegations have agreed on a 40-day truce.',
  },
  {
    name: 'nothing of a lead attribution',
    sentence: 'According to the port authority, the Ostrel terminal will reopen to tankers by 3 March.',
    expected: 'According to the port authority, the Ostrel terminal will reopen to tankers by 3 March.',
  },
  {
    name: 'a parenthetical',
    sentence:
      'The Coastal Compact (signed in 2019 by four states) now covers fishing rights in the Selm Strait.',
    expected: 'The Coastal Compact now covers fishing rights in the Selm Strait.',
  },
  {
    name: 'an appositive and a trailing clause when the sentence is long',
    sentence:
      'Ilse Varga, a former central banker who led the reform commission for a decade, has been named finance minister of Tervia after weeks of coalition talks, ending a standoff that had frozen the budget and unsettled bond markets across the region.',
    expected: 'Ilse Varga has been named finance minister of Tervia after weeks of coalition talks.',
  },
  {
    name: 'nothing of a reporting frame at the start: what follows is the speaker’s claim',
    sentence: 'Minister Olt added that the two delegations had agreed on a 40-day truce.',
    expected: 'Minister Olt added that the two delegations had agreed on a 40-day truce.',
  },
  {
    name: 'nothing of an unnamed source’s frame either',
    sentence:
      'People familiar with the talks indicated that the two delegations had agreed on a 40-day truce.',
    expected:
      'People familiar with the talks indicated that the two delegations had agreed on a 40-day truce.',
  },
  {
    name: 'a scene-setting clause that names people stays',
    sentence: 'As Minister Olt arrived in Kessa, protesters gathered outside the assembly.',
    expected: 'As Minister Olt arrived in Kessa, protesters gathered outside the assembly.',
  },
]

describe('shortenForTakeaway', () => {
  it.each(cases)('cuts $name', ({ sentence, expected }) => {
    expect(shortenForTakeaway(sentence)).toBe(expected)
  })

  it('keeps the last word before an attribution at the end whole', () => {
    expect(
      shortenForTakeaway('The harbour plan failed to win support in the council, according to the ministry.'),
    ).toBe('The harbour plan failed to win support in the council, according to the ministry.')
    expect(shortenForTakeaway('Ilse Marek, a former prosecutor, said she was honoured to serve.')).toBe(
      'Ilse Marek, a former prosecutor, said she was honoured to serve.',
    )
    expect(shortenForTakeaway('The harbour plan failed to win support in the council, officials said.')).toBe(
      'The harbour plan failed to win support in the council, officials said.',
    )
  })

  it('never cuts inside a quotation', () => {
    const sentence =
      'In a short statement, the council said it would "review every contract signed since 2021, including those, as it put it, of the former board" before June.'
    const result = shortenForTakeaway(sentence)
    expect(result).toContain(
      '"review every contract signed since 2021, including those, as it put it, of the former board"',
    )
  })

  it('does not cut a dash aside the words before it lead into', () => {
    const sentence =
      'And of course we remain committed to those engagements with every party in the parliament, of course in a bipartisan manner as it relates to – as the policy on the strait continues to develop.'
    const result = shortenForTakeaway(sentence) ?? ''
    expect(result).not.toMatch(/relates to\.$/)
    expect(
      shortenForTakeaway(
        'The accord — signed after nine rounds of talks over three years in four capitals — reopens the strait to fishing fleets from Maravia and Tervia for the first time since 2019.',
      ),
    ).toBe(
      'The accord reopens the strait to fishing fleets from Maravia and Tervia for the first time since 2019.',
    )
  })

  it('gives up on a sentence it cannot bring under the limit', () => {
    const long = `The committee ${'reviewed the budget line by line and '.repeat(8)}approved it.`
    expect(shortenForTakeaway(long)).toBeNull()
  })

  it('gives up on a sentence that is only a frame', () => {
    const sentence =
      'Critics objected, arguing that the reform would leave the poorest regions without the funds they were promised at the start of the decade and for years beyond.'
    expect(shortenForTakeaway(sentence)).toBeNull()
  })

  it('keeps every number, name and quotation as written, and the words in their order', () => {
    for (const { sentence } of cases) {
      const result = shortenForTakeaway(sentence)
      expect(result).not.toBeNull()
      const kept = result ?? ''
      expect(kept.split(/\s+/).length).toBeLessThanOrEqual(TAKEAWAY_MAX_WORDS)
      for (const number of kept.match(/\d[\d,.-]*\d|\d/g) ?? []) expect(sentence).toContain(number)
      for (const name of kept.match(/\b\p{Lu}\p{Ll}+\b/gu)?.slice(1) ?? []) expect(sentence).toContain(name)
      const source = wordsOf(sentence)
      let at = 0
      for (const word of wordsOf(kept)) {
        at = source.indexOf(word, at) + 1
        expect(at, word).toBeGreaterThan(0)
      }
    }
  })
})

describe('concise', () => {
  it('leaves a sentence within the limit as written, scene-setting clause and all', () => {
    const sentence = {
      start: 10,
      end: 80,
      text: 'In the meantime, the council will meet on Monday to review the corridor.',
    }
    expect(concise(sentence)).toBe(sentence)
  })

  it('cuts a long sentence by the takeaway rules and points at the words it kept', () => {
    const text =
      'Success could herald a breakthrough in relations between the two capitals that have sunk to their lowest point in decades, potentially opening doors to cooperation on arms control, energy, migration and a long list of regional conflicts.'
    const result = concise({ start: 100, end: 100 + text.length, text })
    expect(result.text).toBe(
      'Success could herald a breakthrough in relations between the two capitals that have sunk to their lowest point in decades.',
    )
    expect(result.start).toBe(100)
    const led = `In a surprising turn, ${text}`
    expect(concise({ start: 0, end: led.length, text: led }).start).toBe('In a surprising turn, '.length)
  })
})
