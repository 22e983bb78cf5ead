import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'

function quotesOf(body: string): { text: string; speaker: string; actor: string | null }[] {
  const article = articleFromText(`A Headline For The Test\n\n${body}`, 'test', { retrievedAt: 'x' })
  return analyzeArticle(article).quotes.map(({ text, speaker, actor }) => ({ text, speaker, actor }))
}

describe('quotes and speakers', () => {
  const cases: {
    name: string
    body: string
    expected: { text: string; speaker: string; actor: string | null }[]
  }[] = [
    {
      name: 'straight quotes, speaker named before with a place after the name',
      body: 'Mayor Anna Kowalczyk of Warsaw spoke on Monday. "We are ready for winter," Kowalczyk said.',
      expected: [{ text: 'We are ready for winter', speaker: 'Anna Kowalczyk', actor: 'Poland' }],
    },
    {
      name: 'curly quotes, "said" then a titled name',
      body: '“We will not abandon our partners,” said Finnish Defence Minister Antti Häkkänen.',
      expected: [{ text: 'We will not abandon our partners', speaker: 'Antti Häkkänen', actor: 'Finland' }],
    },
    {
      name: 'a quote split around its attribution is one quote',
      body: '"We are ready to talk," Russian Deputy Foreign Minister Andrei Rudenko said, "but only on our terms."',
      expected: [
        { text: 'We are ready to talk, but only on our terms.', speaker: 'Andrei Rudenko', actor: 'Russia' },
      ],
    },
    {
      name: '"he said" after an earlier sentence is that sentence\'s subject',
      body: 'Polish President Karol Nawrocki met Lithuanian President Gitanas Nausėda in Vilnius on Friday.\n\n"The border will stay open," he said.',
      expected: [{ text: 'The border will stay open', speaker: 'Karol Nawrocki', actor: 'Poland' }],
    },
    {
      name: '"she said": the subject of the sentence before, not the last name in it',
      body: 'Interior Minister Ilona Varga praised the work of Prime Minister Tomas Lind.\n\n"He has been the best partner," she said.',
      expected: [{ text: 'He has been the best partner', speaker: 'Ilona Varga', actor: null }],
    },
    {
      name: 'a sentence whose subject is "he" points further back',
      body: 'Refugee advocate Omar Haddad met officials in Amman on Monday.\n\nHe said he wants Prime Minister Tomas Lind to act.\n\n"We have waited for years," he added.',
      expected: [{ text: 'We have waited for years', speaker: 'Omar Haddad', actor: null }],
    },
    {
      name: 'in the sentence before, the one a speech verb is next to',
      body: 'Prime Minister Tomas Lind spoke first. But Interior Minister Ilona Varga, Lind said, is close to Judge Omar Haddad.\n\n“It could change history,” he added.',
      expected: [{ text: 'It could change history', speaker: 'Tomas Lind', actor: null }],
    },
    {
      name: 'a possessor is not the subject, nor is the object of a verb after a comma',
      body: 'Police chief Ana Ruiz met Prime Minister Tomas Lind.\n\nLind’s deputy, Interior Minister Ilona Varga, a former judge, praised Prime Minister Tomas Lind for his work.\n\n“We are ready,” she said.',
      expected: [{ text: 'We are ready', speaker: 'Ilona Varga', actor: null }],
    },
    {
      name: 'where every name follows a preposition, the last one',
      body: 'The talks began with Interior Minister Ilona Varga and Prime Minister Tomas Lind.\n\n"We are close," he said.',
      expected: [{ text: 'We are close', speaker: 'Tomas Lind', actor: null }],
    },
    {
      name: 'an anonymous source loses its trailing clause',
      body: '"The talks were productive," said a senior U.S. official who was not authorized to speak publicly.',
      expected: [
        { text: 'The talks were productive', speaker: 'a senior U.S. official', actor: 'United States' },
      ],
    },
    {
      name: 'a person familiar with the matter keeps the phrase',
      body: '"No date has been set," said a person familiar with the matter.',
      expected: [{ text: 'No date has been set', speaker: 'a person familiar with the matter', actor: null }],
    },
    {
      name: 'the Kremlin and Moscow speak for Russia',
      body: 'The Kremlin said the proposal was "unacceptable in its current form." Moscow warned it would answer "any provocation" with force.',
      expected: [
        { text: 'unacceptable in its current form.', speaker: 'The Kremlin', actor: 'Russia' },
        { text: 'any provocation', speaker: 'Moscow', actor: 'Russia' },
      ],
    },
    {
      name: 'a paragraph that opens with a quote continues the previous speaker',
      body: '"We have lost too many people," said Oksana Melnyk, a volunteer nurse in Kharkiv.\n\n"Every night the sirens start again. We barely sleep."',
      expected: [
        { text: 'We have lost too many people', speaker: 'Oksana Melnyk', actor: null },
        {
          text: 'Every night the sirens start again. We barely sleep.',
          speaker: 'Oksana Melnyk',
          actor: null,
        },
      ],
    },
    {
      name: 'British single quotes when there are no double ones',
      body: "'We will not back down,' Starmer said. The government's plan was published on Tuesday.",
      expected: [{ text: 'We will not back down', speaker: 'Keir Starmer', actor: 'United Kingdom' }],
    },
    {
      name: '"the ministry" refers back to the ministry named before; a sentence-initial source noun',
      body: 'China’s foreign ministry criticised the visit on Monday. "It is a provocation," the ministry said in a statement. Officials said the move was "deeply regrettable."',
      expected: [
        { text: 'It is a provocation', speaker: 'China’s foreign ministry', actor: 'China' },
        { text: 'deeply regrettable.', speaker: 'Officials', actor: null },
      ],
    },
    {
      name: '"the diplomat" refers back to the source introduced with "according to"',
      body: 'According to a senior EU diplomat, the package would cut revenue by billions. "It hurts them where it matters," the diplomat said.',
      expected: [
        { text: 'It hurts them where it matters', speaker: 'a senior EU diplomat', actor: 'European Union' },
      ],
    },
    {
      name: 'a pronoun in the same sentence refers to its subject, not the last name before it',
      body: 'Chinese President Xi Jinping welcomed Serbian President Aleksandar Vučić, praising what he called an “ironclad friendship.”',
      expected: [{ text: 'ironclad friendship.', speaker: 'Xi Jinping', actor: 'China' }],
    },
    {
      name: 'scare quotes without a speech verb are not quotes',
      body: 'The so-called "peace plan" has few supporters in the "new" parliament.',
      expected: [],
    },
    {
      name: 'no quotation marks, no quotes',
      body: 'The ministers said they would meet again in May. The President welcomed the decision and called it historic.',
      expected: [],
    },
  ]

  it.each(cases)('$name', ({ body, expected }) => {
    expect(quotesOf(body)).toEqual(expected)
  })

  it('records offsets of the quoted words and of the attribution', () => {
    const article = articleFromText(
      'A Headline For The Test\n\n“We want peace,” said a State Department spokesperson.',
      'test',
      { retrievedAt: 'x' },
    )
    const [quote] = analyzeArticle(article).quotes
    expect(quote).toBeDefined()
    if (!quote?.attribution) throw new Error('attribution expected')
    expect(article.text.slice(quote.start, quote.end)).toBe('We want peace')
    expect(article.text.slice(quote.attribution.start, quote.attribution.end)).toBe(
      'said a State Department spokesperson',
    )
    expect(quote.actor).toBe('United States')
  })
})
