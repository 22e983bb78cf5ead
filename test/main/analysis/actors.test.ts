import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

function analysisOf(body: string) {
  return analyzeArticle(articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' }))
}

function actorNames(body: string): string[] {
  return analysisOf(body).actors.map((actor) => actor.name)
}

describe('actors the text names', () => {
  const cases: { name: string; body: string; present: string[]; absent?: string[] }[] = [
    {
      name: 'an institution is an actor of its own and still counts for its country',
      body: 'The State Department said on Monday that the talks would go on. Congress has not voted.',
      present: ['U.S. Department of State', 'U.S. Congress', 'United States'],
    },
    {
      name: 'a body of the United Nations is an actor besides the United Nations',
      body: 'The Security Council met in New York. The U.N. sent observers.',
      present: ['UN Security Council', 'United Nations'],
    },
    {
      name: 'a metonym stands only for its country',
      body: 'The Kremlin said the offer was late.',
      present: ['Russia'],
      absent: ['Kremlin'],
    },
    {
      name: 'a name with its acronym in parentheses, and the acronym later',
      body: 'Ten states formed the Northern Fisheries Watch Panel (NFWP) in 2024. The NFWP reported twice.',
      present: ['Northern Fisheries Watch Panel'],
    },
    {
      name: 'a person "of the" party is not part of the party’s name',
      body: 'She succeeds Tomas Lind of the Northern Pact (NP), who led for four years.',
      present: ['Northern Pact'],
      absent: ['Tomas Lind of the Northern Pact'],
    },
    {
      name: 'an acronym after a name with no organisation noun',
      body: 'Delia Marsh of the Green Horizon (GH) won the vote. GH leaders cheered.',
      present: ['Green Horizon'],
    },
    {
      name: 'organisation nouns: community, team, pact, assembly, platform, group',
      body:
        'The Coastal Development Community met the Harbour Rescue Team. The Unity Pact and the National Assembly disagreed. ' +
        'The Civic Platform joined the Lakes Support Group.',
      present: [
        'Coastal Development Community',
        'Harbour Rescue Team',
        'Unity Pact',
        'National Assembly',
        'Civic Platform',
        'Lakes Support Group',
      ],
    },
    {
      name: 'a people’s name inside an organisation’s name',
      body: 'The Oromo People’s Liberation Front rejected the plan.',
      present: ['Oromo People’s Liberation Front'],
    },
    {
      name: 'a country’s adjective and "opposition" name a side, not the state',
      body: 'The Syrian opposition wants a cease-fire. Syria has not answered.',
      present: ['Syrian opposition', 'Syria'],
    },
    {
      name: 'an outlet someone speaks to is an actor',
      body: '“We will stay,” she told VOA on Monday. Later, in an interview with Reuters, she said more.',
      present: ['Voice of America', 'Reuters'],
    },
    {
      name: 'an outlet that only reports is not an actor',
      body: 'Reuters reported the vote. VOA’s correspondent was there.',
      present: [],
      absent: ['Reuters', 'Voice of America'],
    },
  ]

  it.each(cases)('$name', ({ body, present, absent = [] }) => {
    const names = actorNames(body)
    for (const name of present) expect(names, name).toContain(name)
    for (const name of absent) expect(names, name).not.toContain(name)
  })

  it('keeps an institution’s speaker standing for the country', () => {
    const { quotes } = analysisOf('“The door is open,” a State Department official said.')
    expect(quotes.map(({ speaker, actor }) => ({ speaker, actor }))).toEqual([
      { speaker: 'a State Department official', actor: 'United States' },
    ])
  })
})
