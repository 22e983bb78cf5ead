import { describe, expect, it } from 'vitest'
import { appReducer, dialogOpen, INITIAL_STATE } from '../../renderer/state/app-state'
import type { AppState, TemplateListing } from '../../renderer/state/app-state'
import { testBrief } from './fixtures'

const listing = (id: string, error?: string): TemplateListing => ({
  id,
  name: id,
  description: '',
  builtIn: true,
  ...(error ? { error } : {}),
})

function reduce(...actions: Parameters<typeof appReducer>[1][]): AppState {
  return actions.reduce(appReducer, INITIAL_STATE)
}

describe('the app state: the Templates view and its dialogs', () => {
  it('goes back to the document when one is loaded or an editor view is picked', () => {
    const gallery = reduce({ type: 'main-view', main: { kind: 'templates' } })
    expect(
      appReducer(gallery, { type: 'load', brief: testBrief(), fileName: null, dirty: true }).ui.main,
    ).toEqual({ kind: 'document' })
    expect(appReducer(gallery, { type: 'view', view: 'positions' }).ui).toMatchObject({
      main: { kind: 'document' },
      view: 'positions',
    })
  })

  it('keeps an unsaved style draft on screen rather than lose it to a load', () => {
    const editing = reduce(
      { type: 'main-view', main: { kind: 'style', templateId: 'house', dirty: false } },
      { type: 'style-dirty', dirty: true },
    )
    expect(editing.ui.main).toEqual({ kind: 'style', templateId: 'house', dirty: true })
    const loaded = appReducer(editing, { type: 'load', brief: testBrief(), fileName: null, dirty: false })
    expect(loaded.ui.main).toEqual(editing.ui.main)
    const clean = appReducer(editing, { type: 'style-dirty', dirty: false })
    expect(appReducer(clean, { type: 'load', brief: null, fileName: null, dirty: false }).ui.main).toEqual({
      kind: 'document',
    })
    // Outside a style editor, a late dirty report changes nothing.
    const gallery = reduce({ type: 'main-view', main: { kind: 'templates' } })
    expect(appReducer(gallery, { type: 'style-dirty', dirty: true })).toBe(gallery)
  })

  it('keeps the pick for the next draft across a new list unless its template is gone or broken', () => {
    const picked = reduce(
      { type: 'templates', templates: [listing('a'), listing('b')] },
      { type: 'pick-template', templateId: 'b' },
    )
    expect(
      appReducer(picked, { type: 'templates', templates: [listing('b'), listing('c')] }).session.templateId,
    ).toBe('b')
    expect(appReducer(picked, { type: 'templates', templates: [listing('a')] }).session.templateId).toBe('a')
    expect(
      appReducer(picked, { type: 'templates', templates: [listing('a', 'broken'), listing('b', 'broken')] })
        .session.templateId,
    ).toBe('')
  })

  it('counts the name prompt and the template picker as dialogs', () => {
    expect(dialogOpen(INITIAL_STATE)).toBe(false)
    const named = reduce({
      type: 'name-prompt',
      request: { id: 1, title: 'T', label: 'L', initial: '', confirmLabel: 'OK' },
    })
    expect(dialogOpen(named)).toBe(true)
    expect(dialogOpen(reduce({ type: 'template-pick', request: { id: 2, currentId: 'a' } }))).toBe(true)
    expect(dialogOpen(appReducer(named, { type: 'name-prompt', request: null }))).toBe(false)
  })
})
