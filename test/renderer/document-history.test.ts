import { describe, expect, it } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import { renameSection, setMeta } from '../../renderer/state/brief-edits'
import { documentReducer, EMPTY_DOCUMENT, GROUP_MS, isDirty } from '../../renderer/state/document-history'
import type { DocumentState } from '../../renderer/state/document-history'
import { testBrief } from './fixtures'

function loaded(brief: Brief = testBrief()): DocumentState {
  return documentReducer(EMPTY_DOCUMENT, { type: 'load', brief, fileName: 'a.brief', dirty: false })
}

describe('document history', () => {
  it('undoes and redoes edits, and a new edit clears redo', () => {
    let state = loaded()
    const original = state.brief!
    const renamed = renameSection(original, 'background', 'Context')
    state = documentReducer(state, { type: 'edit', brief: renamed, label: 'Rename' })
    const titled = setMeta(renamed, 'title', 'New title')
    state = documentReducer(state, { type: 'edit', brief: titled, label: 'Title' })
    state = documentReducer(state, { type: 'undo' })
    expect(state.brief).toBe(renamed)
    state = documentReducer(state, { type: 'undo' })
    expect(state.brief).toBe(original)
    expect(documentReducer(state, { type: 'undo' })).toBe(state)
    state = documentReducer(state, { type: 'redo' })
    expect(state.brief).toBe(renamed)
    state = documentReducer(state, { type: 'edit', brief: setMeta(renamed, 'author', 'Me'), label: 'Author' })
    expect(documentReducer(state, { type: 'redo' })).toBe(state)
  })

  it.each([
    {
      name: 'typing in one place within the pause is one step',
      groups: ['text:a', 'text:a'],
      gap: 100,
      steps: 1,
    },
    { name: 'a pause starts a new step', groups: ['text:a', 'text:a'], gap: GROUP_MS + 1, steps: 2 },
    { name: 'another section is another step', groups: ['text:a', 'text:b'], gap: 100, steps: 2 },
    { name: 'edits without a group are steps each', groups: [undefined, undefined], gap: 100, steps: 2 },
  ])('$name', ({ groups, gap, steps }) => {
    let state = loaded()
    groups.forEach((group, index) => {
      const brief = setMeta(state.brief!, 'title', `T${index}`)
      state = documentReducer(state, { type: 'edit', brief, label: 'Edit', group, at: 1000 + index * gap })
    })
    expect(state.past).toHaveLength(steps)
  })

  it('is dirty after an edit and clean again when undo returns to the saved brief', () => {
    let state = loaded()
    expect(isDirty(state)).toBe(false)
    state = documentReducer(state, {
      type: 'edit',
      brief: setMeta(state.brief!, 'title', 'X'),
      label: 'Title',
    })
    expect(isDirty(state)).toBe(true)
    state = documentReducer(state, { type: 'undo' })
    expect(isDirty(state)).toBe(false)
  })

  it('marks a save: the saved brief is clean, the file name kept', () => {
    let state = loaded()
    const edited = setMeta(state.brief!, 'title', 'X')
    state = documentReducer(state, { type: 'edit', brief: edited, label: 'Title' })
    state = documentReducer(state, { type: 'saved', fileName: 'b.brief', brief: edited })
    expect(state).toMatchObject({ fileName: 'b.brief' })
    expect(isDirty(state)).toBe(false)
    expect(state.past).toHaveLength(1)
  })

  it('starts a new history when a document is loaded; a drafted brief is dirty', () => {
    let state = loaded()
    state = documentReducer(state, {
      type: 'edit',
      brief: setMeta(state.brief!, 'title', 'X'),
      label: 'Title',
    })
    state = documentReducer(state, { type: 'load', brief: testBrief(), fileName: null, dirty: true })
    expect(state.past).toEqual([])
    expect(isDirty(state)).toBe(true)
  })

  it('ignores edits that change nothing and keeps at most 200 steps', () => {
    let state = loaded()
    expect(documentReducer(state, { type: 'edit', brief: state.brief!, label: 'Nothing' })).toBe(state)
    for (let index = 0; index < 250; index += 1)
      state = documentReducer(state, {
        type: 'edit',
        brief: setMeta(state.brief!, 'title', String(index)),
        label: 'T',
      })
    expect(state.past).toHaveLength(200)
  })
})
