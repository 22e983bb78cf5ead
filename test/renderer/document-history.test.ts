import { describe, expect, it } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import { documentReducer, EMPTY_DOCUMENT } from '../../renderer/state/document-history'
import type { DocumentState } from '../../renderer/state/document-history'

function brief(title: string): Brief {
  return {
    schemaVersion: 1,
    meta: {
      title,
      subtitle: '',
      author: '',
      organization: '',
      date: '2025-03-01',
      marking: '',
      templateId: 'policy-brief',
    },
    sections: [],
    sources: [],
  }
}

const a = brief('A')
const b = brief('B')

describe('document history', () => {
  it('undoes and redoes replacements, and a new change clears redo', () => {
    let state: DocumentState = EMPTY_DOCUMENT
    state = documentReducer(state, { type: 'replace', brief: a, fileName: null, dirty: true })
    state = documentReducer(state, { type: 'replace', brief: b, dirty: true })
    expect(state.brief).toBe(b)
    state = documentReducer(state, { type: 'undo' })
    expect(state.brief).toBe(a)
    state = documentReducer(state, { type: 'undo' })
    expect(state.brief).toBeNull()
    expect(documentReducer(state, { type: 'undo' })).toBe(state)
    state = documentReducer(state, { type: 'redo' })
    expect(state.brief).toBe(a)
    state = documentReducer(state, { type: 'replace', brief: b, dirty: true })
    expect(documentReducer(state, { type: 'redo' })).toBe(state)
  })

  it('marks a save and keeps the file name across edits', () => {
    let state = documentReducer(EMPTY_DOCUMENT, {
      type: 'replace',
      brief: a,
      fileName: 'a.brief',
      dirty: false,
    })
    state = documentReducer(state, { type: 'replace', brief: b, dirty: true })
    expect(state).toMatchObject({ fileName: 'a.brief', dirty: true })
    state = documentReducer(state, { type: 'saved', fileName: 'b.brief' })
    expect(state).toMatchObject({ fileName: 'b.brief', dirty: false })
  })

  it('keeps at most 100 steps of history', () => {
    let state = EMPTY_DOCUMENT
    for (let index = 0; index < 150; index += 1)
      state = documentReducer(state, { type: 'replace', brief: brief(String(index)), dirty: true })
    expect(state.past).toHaveLength(100)
  })
})
