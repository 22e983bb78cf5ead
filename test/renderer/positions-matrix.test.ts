import { describe, expect, it } from 'vitest'
import {
  excludeActor,
  includeActor,
  parsePositions,
  positionRows,
  serializePositions,
  setStance,
} from '../../renderer/state/positions'
import { splitMatrix, withMatrixRow } from '../../renderer/state/positions-matrix'
import { openedArticle } from './fixtures'

// The shape main/brief/positions.ts drafts: the matrix, then a subsection per actor.
const DRAFTED = [
  '| Actor | Stance | Key words | Where |',
  '| --- | --- | --- | --- |',
  '| Norland | conditions | “We want a ceasefire before the winter,” | ¶ 2 |',
  '| Estmark | warns | “no deal \\| no trade …” | ¶ 4 |',
  '',
  '### Norland',
  '',
  '**Who speaks:** Anna Berg (foreign minister).',
  '',
  '**Stance:** Sets conditions: Berg told reporters …',
  '',
  '### Estmark',
  '',
  '**Who speaks:** Per Holm.',
  '',
  '> “no deal | no trade until the border opens”',
].join('\n')

function sources() {
  const opened = openedArticle()
  return [{ sourceId: opened.article.id, analysis: opened.analysis }]
}

describe('the positions matrix', () => {
  it('is read from the section, escaped pipes and all, and written back unchanged', () => {
    const doc = parsePositions(DRAFTED)
    expect(splitMatrix(doc.intro).rows).toEqual([
      {
        actor: 'Norland',
        stance: 'conditions',
        keyWords: '“We want a ceasefire before the winter,”',
        where: '¶ 2',
      },
      { actor: 'Estmark', stance: 'warns', keyWords: '“no deal \\| no trade …”', where: '¶ 4' },
    ])
    expect(serializePositions(doc)).toBe(DRAFTED)
  })

  it('stays once, in place, through a stance edit of an actor', () => {
    const doc = parsePositions(DRAFTED)
    const edited = serializePositions(setStance(doc, positionRows(doc, [])[0], 'Ceasefire first.'))
    expect(edited.split('| Actor | Stance |')).toHaveLength(2)
    expect(edited.startsWith(DRAFTED.split('\n\n')[0])).toBe(true)
    expect(edited).toContain('**Stance:** Ceasefire first.')
  })

  it('changes a row’s label or key words in the table, escaping what would break it', () => {
    const doc = parsePositions(DRAFTED)
    const intro = withMatrixRow(doc.intro, 1, { stance: 'rejects', keyWords: 'a | b' })
    expect(intro.split('\n')[3]).toBe('| Estmark | rejects | a \\| b | ¶ 4 |')
    expect(withMatrixRow(doc.intro, 7, { stance: 'rejects' })).toBe(doc.intro)
  })

  it('loses the row of an actor taken out, and gains one for an actor added', () => {
    const doc = parsePositions(DRAFTED)
    const without = parsePositions(serializePositions(excludeActor(doc, 'Estmark')))
    expect(splitMatrix(without.intro).rows?.map((row) => row.actor)).toEqual(['Norland'])
    expect(without.positions.map((position) => position.heading)).toEqual(['Norland'])

    const sudria = positionRows(doc, sources()).find((row) => row.actor === 'Sudria')
    expect(sudria?.included).toBe(false)
    const added = parsePositions(serializePositions(includeActor(doc, sudria!)))
    const row = splitMatrix(added.intro).rows?.at(-1)
    expect(row).toMatchObject({ actor: 'Sudria', stance: 'neutral/unclear' })
    expect(row?.keyWords).toBe('“no agreement can ignore our security”')
  })

  it('counts an actor listed only in the matrix as in the brief, and removes its row', () => {
    const onlyInMatrix = DRAFTED.replace(
      '| Estmark |',
      '| Sudria | opposes | “no agreement” | ¶ 3 |\n| Estmark |',
    )
    const doc = parsePositions(onlyInMatrix)
    expect(positionRows(doc, sources()).find((row) => row.actor === 'Sudria')?.included).toBe(true)
    expect(serializePositions(excludeActor(doc, 'Sudria'))).toBe(DRAFTED)
  })

  it('is left alone in a section without one', () => {
    const body = 'Two actors matter.\n\n### Norland\n\n**Stance:** Wants peace.'
    const doc = parsePositions(body)
    expect(splitMatrix(doc.intro).rows).toBeNull()
    expect(serializePositions(excludeActor(doc, 'Sudria'))).toBe(body)
  })
})

describe('the matrix of a brief with several sources', () => {
  const MERGED = [
    '| Actor | Stance | Key words | Where | Source |',
    '| --- | --- | --- | --- | --- |',
    '| Norland | conditions | “We want a ceasefire” | ¶ 2 | 1, 2 |',
    '',
    '### Norland',
    '',
    '**Who speaks:** Anna Berg.',
  ].join('\n')

  it('keeps its Source column through an edit', () => {
    const doc = parsePositions(MERGED)
    expect(splitMatrix(doc.intro).rows?.[0].source).toBe('1, 2')
    const intro = withMatrixRow(doc.intro, 0, { stance: 'warns' })
    expect(intro.split('\n')[0]).toBe('| Actor | Stance | Key words | Where | Source |')
    expect(intro.split('\n')[2]).toBe('| Norland | warns | “We want a ceasefire” | ¶ 2 | 1, 2 |')
  })
})
