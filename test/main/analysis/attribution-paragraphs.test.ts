import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

type Said = { starts: string; speaker: string }

function quotesOf(body: string): Said[] {
  const article = articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' })
  return analyzeArticle(article).quotes.map(({ text, speaker }) => ({
    starts: text.split(/\s+/u).slice(0, 3).join(' '),
    speaker,
  }))
}

describe('attribution across paragraphs, documents and transcripts', () => {
  const cases: { name: string; body: string; expected: Said[] }[] = [
    {
      name: 'a paragraph quoted whole is said by the one whose words the paragraph before reports',
      body: 'Prime Minister Lena Ostrova said the talks would resume on Friday, but acknowledged that progress would be slow.\n\n“Everyone knows what has to happen, and every side must keep its word.”',
      expected: [{ starts: 'Everyone knows what', speaker: 'Lena Ostrova' }],
    },
    {
      name: 'a quoted paragraph after "…, said Name." is that person’s',
      body: 'The talks will resume on Friday in Oslo, said Lena Ostrova.\n\n“Everyone knows what has to happen, and every side must keep its word.”',
      expected: [{ starts: 'Everyone knows what', speaker: 'Lena Ostrova' }],
    },
    {
      name: 'a quoted paragraph after a source named by a noun is that source’s',
      body: 'The Norwegian Foreign Ministry said the talks would resume on Friday.\n\n“Everyone knows what has to happen, and every side must keep its word.”',
      expected: [{ starts: 'Everyone knows what', speaker: 'The Norwegian Foreign Ministry' }],
    },
    {
      name: 'a nested quotation in single marks, a paragraph of its own inside a longer quotation',
      body: 'Nordic Radio’s Tomas Lind reports.\n\n“Prime Minister Lena Ostrova said the talks would resume on Friday, but acknowledged that progress would be slow.\n\n‘Everyone knows what has to happen, and every side must keep its word.’\n\nTomas Lind, Nordic Radio, Oslo.”',
      expected: [
        { starts: 'Prime Minister Lena', speaker: 'Tomas Lind' },
        { starts: 'Everyone knows what', speaker: 'Lena Ostrova' },
      ],
    },
    {
      name: 'a correspondent handed over to ("X has more") speaks the quoted report that follows',
      body: 'Voters in the north went to the polls on Sunday.\n\nNordic Radio’s Tomas Lind has more.\n\n“Turnout was high in every district, and the counting went on through the night.”',
      expected: [{ starts: 'Turnout was high', speaker: 'Tomas Lind' }],
    },
    {
      name: 'a whole quoted paragraph with no reported speech before it stays unattributed',
      body: 'Voters in the north went to the polls on Sunday.\n\n“Turnout was high in every district, and the counting went on through the night.”',
      expected: [{ starts: 'Turnout was high', speaker: 'unattributed' }],
    },
    {
      name: 'a law that "requires": the document is the source of its words, fragments included',
      body: 'The Coastal Protection Act of 2024 requires the agency to set up working groups on "coastal resilience" within a year. Their findings are to be compiled in a report outlining a "shared approach" to "protect, restore, and monitor" the shoreline.',
      expected: [
        { starts: 'coastal resilience', speaker: 'The Coastal Protection Act of 2024' },
        { starts: 'shared approach', speaker: 'The Coastal Protection Act of 2024' },
        { starts: 'protect, restore, and', speaker: 'The Coastal Protection Act of 2024' },
      ],
    },
    {
      name: 'a document’s fragments are its words only near its quote',
      body: 'The Coastal Protection Act of 2024 requires working groups on "coastal resilience" within a year. The law passed in May. Lawmakers debated it for weeks. Even then, the "blue corridor" stayed unfunded.',
      expected: [{ starts: 'coastal resilience', speaker: 'The Coastal Protection Act of 2024' }],
    },
    {
      name: 'a quoted paragraph goes on in the voice of the quote before it, not of a relative clause',
      body: '“We will win,” said Lena Ostrova, who met Tomas Lind, who said last week that the plan would work.\n\n“Nothing will stop us now, whatever the others may do.”',
      expected: [
        { starts: 'We will win', speaker: 'Lena Ostrova' },
        { starts: 'Nothing will stop', speaker: 'Lena Ostrova' },
      ],
    },
    {
      name: 'two subjects joined by "and" speak together',
      body: 'Ivo Marek arrived on Monday. Later, the Foreign Ministry and Secretary Marek described the talks as in a "final stage" after the meeting.',
      expected: [{ starts: 'final stage', speaker: 'the Foreign Ministry and Secretary Marek' }],
    },
    {
      name: 'labelled speech: the speaker’s own words for something, with "we" as subject',
      body: 'Spokesperson Ilona Varga briefed reporters.\n\nMS VARGA: Good afternoon.\n\nQ: Are the talks close to a deal?\n\nMS VARGA: We’ve been talking about these negotiations as “as close as we have ever been”; the gaps are narrow.',
      expected: [{ starts: 'as close as', speaker: 'Ilona Varga' }],
    },
    {
      name: 'labelled speech: "that was your quote" is the one being asked',
      body: 'Spokesperson Ilona Varga briefed reporters.\n\nMS VARGA: Good afternoon.\n\nQ: Does being “committed to a fair process” – that was your quote – mean a vote will be held?\n\nMS VARGA: I cannot say more today.',
      expected: [{ starts: 'committed to a', speaker: 'Ilona Varga' }],
    },
    {
      name: 'labelled speech: a questioner’s unsourced quote is a hypothetical, not anyone’s words',
      body: 'Spokesperson Ilona Varga briefed reporters.\n\nMS VARGA: Good afternoon.\n\nQ: You said “We will publish the text,” and when saying that, “The vote comes first.” Will you send them a note of “Here is what we agreed,” or a full text for a vote?\n\nMS VARGA: I cannot say more today.',
      expected: [
        { starts: 'We will publish', speaker: 'Ilona Varga' },
        { starts: 'The vote comes', speaker: 'Ilona Varga' },
      ],
    },
  ]

  it.each(cases)('$name', ({ body, expected }) => {
    expect(quotesOf(body)).toEqual(expected)
  })
})
