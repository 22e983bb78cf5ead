import { describe, expect, it } from 'vitest'
import {
  excludeActor,
  includeActor,
  parsePositions,
  positionRows,
  serializePositions,
  setStance,
} from '../../renderer/state/positions'
import { openedArticle, testBrief } from './fixtures'

// The shape main/brief/draft-rules.ts drafts for the seed article.
const DRAFTED = [
  '### United States',
  '',
  '**Who speaks:** a senior administration official; a State Department official.',
  '',
  '> “Special Envoy Witkoff is on his way to Russia”',
  '>',
  '> — a senior administration official',
  '',
  '> “We’re not imposing solutions”',
  '>',
  '> — a State Department official',
  '',
  '### Ukraine',
  '',
  '**Who speaks:** Volodymyr Zelensky (President).',
  '',
  '**Stance:** Zelensky said peace needs Ukraine’s \\*consent\\*.',
  '',
  '> “no sustainable peace can be achieved without Ukraine’s direct participation and consent.”',
  '>',
  '> — Volodymyr Zelensky',
].join('\n')

const analysisSources = () => {
  const { article, analysis } = openedArticle()
  return [{ sourceId: article.id, analysis }]
}

describe('positions', () => {
  it('parses drafted subsections and writes them back unchanged', () => {
    const doc = parsePositions(DRAFTED)
    expect(doc.positions.map((position) => position.heading)).toEqual(['United States', 'Ukraine'])
    expect(doc.positions[0]).toMatchObject({
      who: 'a senior administration official; a State Department official.',
      stance: '',
    })
    expect(doc.positions[0].quotes).toEqual([
      { text: 'Special Envoy Witkoff is on his way to Russia', speaker: 'a senior administration official' },
      { text: 'We’re not imposing solutions', speaker: 'a State Department official' },
    ])
    expect(serializePositions(doc)).toBe(DRAFTED)
  })

  it('keeps an intro and paragraphs it does not model', () => {
    const body = 'Two actors matter.\n\n### Norland\n\n**Stance:** Wants peace.\n\nA note of ours.'
    const doc = parsePositions(body)
    expect(doc.intro).toBe('Two actors matter.')
    expect(doc.positions[0].notes).toEqual(['A note of ours.'])
    expect(serializePositions(doc)).toBe(body)
  })

  it('sets a stance, keeping the quotes with their attribution', () => {
    const doc = parsePositions(DRAFTED)
    const rows = positionRows(doc, [])
    const edited = serializePositions(setStance(doc, rows[0], 'Pushes a framework deal.'))
    expect(edited).toContain(
      '### United States\n\n**Who speaks:** a senior administration official; a State Department official.\n\n**Stance:** Pushes a framework deal.\n\n> “Special Envoy',
    )
    expect(edited).toContain('> — a State Department official')
    expect(serializePositions(setStance(doc, rows[1], ''))).not.toContain('**Stance:**')
  })

  it('lists quoted actors of the articles that have no subsection, and adds and removes them', () => {
    const doc = parsePositions(testBrief().sections[2].body)
    const rows = positionRows(doc, analysisSources())
    expect(rows.map((row) => [row.actor, row.included])).toEqual([
      ['Norland', true],
      ['Sudria', false],
    ])
    const sudria = rows[1]
    expect(sudria.spans).toHaveLength(1)
    const added = serializePositions(includeActor(doc, sudria))
    expect(added).toContain(
      '### Sudria\n\n**Who speaks:** Omar Haddad.\n\n> “no agreement can ignore our security”\n>\n> — Omar Haddad',
    )
    expect(serializePositions(setStance(doc, sudria, 'Security first.'))).toContain(
      '### Sudria\n\n**Who speaks:** Omar Haddad.\n\n**Stance:** Security first.',
    )
    expect(serializePositions(excludeActor(doc, 'norland'))).toBe('')
  })
})
