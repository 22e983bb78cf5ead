// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Brief } from '../../main/brief/schema'
import { ConfirmDialog } from '../../renderer/components/ConfirmDialog'
import { openedArticle, testBrief } from './fixtures'
import { fakeHost, renderWithServices, stateWith } from './harness'

afterEach(cleanup)

const first = openedArticle()
const second = {
  ...first,
  articleId: 'a2',
  article: { ...first.article, id: 'a2', meta: { ...first.article.meta, title: 'Second outlet' } },
}

/** What draftMerged answers: Positions re-drafted with a source column, or only the source added. */
function answer(brief: Brief, positionsEdited: boolean) {
  const source = { ...brief.sources[0], id: 'a2', title: 'Second outlet' }
  const sources = [...brief.sources, source]
  const merged: Brief = {
    ...brief,
    sections: brief.sections.map((section) =>
      section.kind === 'positions'
        ? { ...section, body: '| Actor | Stance | Key words | Where | Source |', provenance: [] }
        : section,
    ),
    sources,
  }
  return { merged, kept: { ...brief, sources }, positionsEdited }
}

function setup(
  positionsEdited: boolean,
  brief: Brief = testBrief(),
  picked?: { name: string; kind: 'brief' | 'article' },
) {
  const host = fakeHost({
    openArticle: { articleId: second.articleId, article: second.article, analysis: second.analysis },
    draftMerged: answer(brief, positionsEdited),
  })
  if (picked) {
    // The desktop: the native dialog picks the file.
    host.shell.kind = 'desktop'
    host.shell.openDocument = vi.fn(async () => ({ ...picked, bytes: new TextEncoder().encode('Text.') }))
  }
  const rendered = renderWithServices(<ConfirmDialog />, {
    host,
    state: stateWith({ brief, articles: [first] }),
  })
  return { ...rendered, brief }
}

const file = () =>
  new File(['Second outlet\n\nText of the second report.'], 'second.txt', { type: 'text/plain' })
const positions = (brief: Brief | null) =>
  brief?.sections.find((section) => section.kind === 'positions')?.body

describe('Add article', () => {
  it('picks a file, merges it as one undo step, and Undo brings back the one-source brief', async () => {
    const { services, host, pickFile, store, brief } = setup(false)
    services.run('add-article')
    expect(pickFile).toHaveBeenCalledWith('add-article')
    expect(await services.workspace.addArticle.addFile(file())).toBe(true)
    expect(host.calls('draftMerged')).toEqual([{ brief, articleIds: ['a2'] }])
    const merged = store.getState().doc.brief
    expect(merged?.sources.map((source) => source.id)).toEqual([brief.sources[0].id, 'a2'])
    expect(positions(merged)).toBe('| Actor | Stance | Key words | Where | Source |')
    expect(store.getState().doc.past.map((step) => step.label)).toEqual(['Add article'])
    expect(store.getState().session.articles.map((item) => item.articleId)).toEqual(['a1', 'a2'])
    services.workspace.undo()
    expect(store.getState().doc.brief).toBe(brief)
  })

  it.each([
    ['Keep mine', 'kept'],
    ['Replace', 'merged'],
    ['Cancel', 'unchanged'],
  ] as const)('asks before replacing an edited Positions: %s', async (button, outcome) => {
    const { services, store, brief, host } = setup(true)
    const adding = services.workspace.addArticle.addFile(file())
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace Positions?' })
    expect(dialog.textContent).toContain('edited Positions')
    fireEvent.click(screen.getByRole('button', { name: button }))
    await adding
    const expected = answer(brief, true)
    const shown = store.getState().doc.brief
    if (outcome === 'unchanged') expect(shown).toBe(brief)
    else expect(shown).toEqual(expected[outcome])
    expect(store.getState().doc.past).toHaveLength(outcome === 'unchanged' ? 0 : 1)
    expect(host.calls('draftMerged')).toHaveLength(1)
  })

  it('refuses a .brief file and is not offered without a brief', async () => {
    const { services, host, store } = setup(false)
    const briefFile = new File(['{}'], 'other.brief')
    expect(await services.workspace.addArticle.addFile(briefFile)).toBe(false)
    expect(host.calls('openArticle')).toEqual([])
    await waitFor(() => expect(store.getState().ui.notice?.text).toMatch(/not a \.brief/))
    const empty = renderWithServices(<ConfirmDialog />, { state: stateWith({ brief: null }) })
    const command = empty.services.commands.find((candidate) => candidate.id === 'add-article')
    expect(command?.enabled(empty.store.getState())).toBe(false)
    expect(command?.label).toBe('Add article…')
  })

  it.each([
    ['an article', 'second.txt', 'article', 1],
    ['a brief', 'other.brief', 'brief', 0],
  ] as const)('on the desktop, takes %s from the native dialog', async (_what, name, kind, merges) => {
    const { services, host, pickFile, store } = setup(false, testBrief(), { name, kind })
    services.run('add-article')
    await waitFor(() => expect(host.shell.openDocument).toHaveBeenCalled())
    const said = merges ? /^Added “Second outlet”/ : /not a \.brief/
    await waitFor(() => expect(store.getState().ui.notice?.text).toMatch(said))
    expect(pickFile).not.toHaveBeenCalled()
    expect(host.calls('draftMerged')).toHaveLength(merges)
    expect(store.getState().doc.brief?.sources).toHaveLength(1 + merges)
  })

  it('adds an article already open in the session (Add to brief) without opening it again', async () => {
    const { services, host, store } = setup(false)
    store.dispatch({ type: 'article-opened', opened: second })
    expect(await services.workspace.addArticle.merge('a2')).toBe(true)
    expect(host.calls('openArticle')).toEqual([])
    expect(store.getState().doc.brief?.sources).toHaveLength(2)
    expect(await services.workspace.addArticle.merge('a2')).toBe(false)
    expect(host.calls('draftMerged')).toHaveLength(1)
  })
})
