import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { articleFromText } from '../../../main/article/text'
import { analyzeArticle } from '../../../main/analysis/index'
import { asideStarts, isSmallTalk, statementAt } from '../../../main/analysis/transcript-talk'

const BRIEFING = readFileSync(new URL('../../fixtures/briefing-transcript.txt', import.meta.url), 'utf8')

describe('isSmallTalk: what a briefing says that is not the news', () => {
  it.each([
    'MS VARGA: Hello.',
    'And good afternoon, everyone.',
    'Thank you all for joining today’s briefing.',
    'Yeah, I can hear – it’s a little faint, but I can hear you.',
    'Can you hear me?',
    'Our next question will go to Morgan with Semafor.',
    'Let’s go to the line of Ana Ruiz, please.',
    'Okay, we can continue on to Christina, please.',
    'Just as a reminder, everyone, you may press 1 then zero to join the question queue.',
    'I’ll just say a couple of things.',
    'I will start with your second question.',
    'I have one announcement at the top.',
    'But let me get to the announcement.',
    'We don’t have any announcements on sanctions today.',
    'But nothing major to read out or share today.',
    'This call is on background, and the contents are embargoed until 7:00 a.m. tomorrow.',
    'We really appreciate this opportunity to update you on an announcement tomorrow.',
    'In a moment, my colleague will give you a brief update on our engagement with the parties.',
    'Very good to be here with my friend, the foreign minister.',
    'Mr. Operator, if we can come back to Tony, please.',
    'I’m not going to get into hypotheticals.',
    'What happens next?',
  ])('%s', (sentence) => {
    expect(isSmallTalk(sentence)).toBe(true)
  })

  it.each([
    'No agreement was reached on Tuesday, and the talks will resume in March.',
    'Thanks to the new funding, the patrol will double its fleet by June.',
    'Well over 900,000 people are living in famine conditions in the region.',
    'The next question for the alliance is whether Tervia will ratify the accord.',
    'I will take this to the Security Council next week.',
    'We do not have enough vessels to patrol the strait, the minister said.',
    'The Secretary will travel to Kessa on Thursday to meet both foreign ministers.',
    'To your first question on the accord, I would say that both governments have told us they will sign it.',
    'The pipeline operator said the line would reopen on Friday.',
    'Welcome news came from the port on Monday, when the first tanker docked.',
  ])('not: %s', (sentence) => {
    expect(isSmallTalk(sentence)).toBe(false)
  })
})

describe('a transcript’s asides', () => {
  const analysis = analyzeArticle(articleFromText(BRIEFING, 'briefing.txt'))

  it('finds the turn an offset falls in, its label included, and none outside labelled speech', () => {
    for (const statement of analysis.statements) {
      expect(statementAt(analysis.statements, statement.label.start)).toBe(statement)
      expect(statementAt(analysis.statements, statement.end - 1)).toBe(statement)
    }
    const first = analysis.statements[0]
    expect(first).toBeDefined()
    expect(statementAt(analysis.statements, (first?.label.start ?? 0) - 1)).toBeUndefined()
  })

  it('are every sentence of a question or a host’s turn, and the speaker’s small talk', () => {
    const starts = asideStarts(analysis.statements, analysis.sentences)
    const asides = analysis.sentences.filter((sentence) => starts.has(sentence.start))
    const texts = asides.map((sentence) => sentence.text)
    expect(texts).toContain('QUESTION: Great.')
    expect(texts).toContain('OPERATOR: Our next question goes to the line of Ana Ruiz.')
    expect(texts).toContain('MS VARGA: Yes, I can hear you.')
    expect(texts).not.toContain(
      'The United States has pledged 40 million dollars to support the joint patrol during its first two years.',
    )
    // Every sentence of a question is an aside, the substantive ones too.
    expect(texts.some((text) => text.startsWith('Are there any new sanctions planned'))).toBe(true)
  })

  it('are never summary candidates', () => {
    expect(analysis.keySentences.length).toBeGreaterThan(5)
    for (const key of analysis.keySentences) {
      const sentence = analysis.sentences.find((candidate) => candidate.start === key.start)
      expect(sentence).toBeDefined()
      if (sentence)
        expect(asideStarts(analysis.statements, analysis.sentences).has(sentence.start)).toBe(false)
    }
  })
})
