import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

function analysisOf(body: string) {
  return analyzeArticle(articleFromText(`A Briefing On The Test\n\n${body}`, 'test', { retrievedAt: 'x' }))
}

describe('transcripts: labelled speech is a statement by the labelled speaker', () => {
  const cases: {
    name: string
    body: string
    statements: { speaker: string; starts: string }[]
    people: string[]
  }[] = [
    {
      name: 'honorific labels resolve to the person named in the text; Q is the questioner',
      body: 'Deputy Spokesperson Ilona Varga briefed reporters.\n\nMS VARGA: Good afternoon.\n\nQ Thanks. Can you comment on the talks?\n\nMS VARGA: We welcome them.\n\nThey are a good start.',
      statements: [
        { speaker: 'Ilona Varga', starts: 'Good afternoon.' },
        { speaker: 'q', starts: 'Thanks. Can you comment on the talks?' },
        { speaker: 'Ilona Varga', starts: 'We welcome them.\n\nThey are a good start.' },
      ],
      people: ['Ilona Varga'],
    },
    {
      name: 'a role label is anonymous; a titled label names a person not otherwise in the text',
      body: 'MODERATOR: Welcome to the call.\n\nSENIOR ADMINISTRATION OFFICIAL: Thank you.\n\nFOREIGN MINISTER ÖZDEMİR: Thank you, too.\n\nMODERATOR: Next question.',
      statements: [
        { speaker: 'moderator', starts: 'Welcome to the call.' },
        { speaker: 'senior administration official', starts: 'Thank you.' },
        { speaker: 'Özdemir', starts: 'Thank you, too.' },
        { speaker: 'moderator', starts: 'Next question.' },
      ],
      people: ['Özdemir'],
    },
    {
      name: 'run-in labels that never come back are not speakers',
      body: 'BACKGROUND: The talks began in May.\n\nOUTLOOK: More rounds are planned.',
      statements: [],
      people: [],
    },
  ]

  it.each(cases)('$name', ({ body, statements, people }) => {
    const analysis = analysisOf(body)
    expect(analysis.statements.map(({ speaker, text }) => ({ speaker, starts: text }))).toEqual(statements)
    expect(analysis.people.map((person) => person.name)).toEqual(people)
    expect(analysis.quotes).toEqual([])
  })

  it('"you said" in a question is the one who answered; "I said" is the speaker', () => {
    const analysis = analysisOf(
      'MR. HOLM: The deal is done.\n\nQ You said yesterday, “The deal will hold for a decade at least,” but is that still true?\n\nMR. HOLM: As I said last week, “Nothing has changed in our view.”',
    )
    expect(analysis.quotes.map(({ speaker, text }) => ({ speaker, text }))).toEqual([
      { speaker: 'Holm', text: 'The deal will hold for a decade at least' },
      { speaker: 'Holm', text: 'Nothing has changed in our view.' },
    ])
  })

  it('a term asked about in a question is not a quote', () => {
    const analysis = analysisOf('MR. HOLM: Fine.\n\nQ Are you calling him “president”?\n\nMR. HOLM: No.')
    expect(analysis.quotes).toEqual([])
  })
})

describe('a label’s surname takes the full name the title gives it', () => {
  const statementsOf = (title: string, body: string) =>
    [
      ...new Set(
        analyzeArticle(articleFromText(`${title}\n\n${body}`, 'test', { retrievedAt: 'x' })).statements.map(
          (statement) => statement.speaker,
        ),
      ),
    ].sort()

  it.each([
    {
      title: 'Press Gaggle by Deputy Press Secretary Lena Ostrova En Route Kessa',
      body: 'MS. OSTROVA: I have a little for you at the top.\n\nQ Thanks. Any news on the truce?\n\nMS. OSTROVA: The truce holds.',
      speakers: ['Lena Ostrova', 'q'],
    },
    {
      title: 'Remarks by Deputy Spokesperson Tomas Holm on the Selm Strait',
      body: 'Holm spoke in Kessa.\n\nMR. HOLM: Good afternoon.\n\nQ What about the fleets?\n\nMR. HOLM: They sail on Friday.',
      speakers: ['Tomas Holm', 'q'],
    },
    {
      title: 'Secretary Holm’s Remarks on the Selm Strait',
      body: 'MR. HOLM: Good afternoon.\n\nQ What about the fleets?\n\nMR. HOLM: They sail on Friday.',
      speakers: ['Holm', 'q'],
    },
  ])('$title', ({ title, body, speakers }) => {
    expect(statementsOf(title, body)).toEqual(speakers)
  })
})
