import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../../main/article/text'
import { splitSentences } from '../../../main/analysis/sentences'

function split(text: string): string[] {
  const article = buildArticle({
    meta: { origin: 'test', retrievedAt: 'x' },
    blocks: [{ kind: 'paragraph', text }],
  })
  return splitSentences(article).map((sentence) => sentence.text)
}

describe('splitSentences', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: 'titles before names',
      text: 'Mr. Smith met Sen. Jones and Gen. Valery Gerasimov. They talked.',
      expected: ['Mr. Smith met Sen. Jones and Gen. Valery Gerasimov.', 'They talked.'],
    },
    {
      name: 'U.S. inside a sentence, decimals',
      text: 'The U.S. Army said growth was 3.5 percent. The rest left.',
      expected: ['The U.S. Army said growth was 3.5 percent.', 'The rest left.'],
    },
    {
      name: 'U.S. at the end of a sentence',
      text: 'Troops returned to the U.S. The next day, they left again.',
      expected: ['Troops returned to the U.S.', 'The next day, they left again.'],
    },
    {
      name: 'military ranks and unit abbreviations',
      text: 'Spc. Ana Ruiz serves with the 36th Inf. Div. “She listened,” said Sgt. 1st Class Tom Hale. It ended.',
      expected: [
        'Spc. Ana Ruiz serves with the 36th Inf. Div.',
        '“She listened,” said Sgt. 1st Class Tom Hale.',
        'It ended.',
      ],
    },
    {
      name: 'initials',
      text: 'John F. Kennedy was president.',
      expected: ['John F. Kennedy was president.'],
    },
    {
      name: 'a quote that ends a sentence',
      text: '“We want peace,” he said. “Now.” Nobody answered.',
      expected: ['“We want peace,” he said.', '“Now.”', 'Nobody answered.'],
    },
    {
      name: 'a question inside a quote with the attribution after',
      text: '"Is it over?" she asked. Nobody knew.',
      expected: ['"Is it over?" she asked.', 'Nobody knew.'],
    },
    {
      name: 'time abbreviations',
      text: 'It ended at 5 p.m. Then we left.',
      expected: ['It ended at 5 p.m.', 'Then we left.'],
    },
    { name: 'Chinese full stops', text: '他说。我们走。', expected: ['他说。', '我们走。'] },
  ]

  it.each(cases)('$name', ({ text, expected }) => {
    expect(split(text)).toEqual(expected)
  })

  it('skips headings and keeps offsets exact', () => {
    const article = buildArticle({
      meta: { origin: 'test', retrievedAt: 'x' },
      blocks: [
        { kind: 'heading', text: 'A Heading' },
        { kind: 'paragraph', text: 'One. Two.' },
        { kind: 'list', text: 'first item\nsecond item' },
      ],
    })
    const sentences = splitSentences(article)
    expect(sentences.map((sentence) => [sentence.text, sentence.blockIndex])).toEqual([
      ['One.', 1],
      ['Two.', 1],
      ['first item', 2],
      ['second item', 2],
    ])
    for (const sentence of sentences)
      expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
  })
})
