// @vitest-environment happy-dom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { appReducer } from '../../renderer/state/app-state'
import { StatusBar } from '../../renderer/components/StatusBar'
import { renderWithServices, stateWith, TEST_TEMPLATE } from './harness'

afterEach(cleanup)

function withBudget(pageBudget: number | undefined) {
  const state = stateWith()
  return appReducer(state, { type: 'brief-template', template: { ...TEST_TEMPLATE, pageBudget } })
}

describe('the status bar', () => {
  it('shows pages used against the template’s budget once the preview has counted them', () => {
    const { store } = renderWithServices(<StatusBar />, { state: withBudget(4) })
    expect(screen.queryByText(/pages/)).toBeNull()
    act(() => store.dispatch({ type: 'preview-pages', pages: 3 }))
    expect(screen.getByText('3 of 4 pages')).toBeTruthy()
  })

  it('says by how much a brief runs over its budget', () => {
    const { store } = renderWithServices(<StatusBar />, { state: withBudget(2) })
    act(() => store.dispatch({ type: 'preview-pages', pages: 5 }))
    const badge = screen.getByText('5 of 2 pages: 3 over budget')
    expect(badge.className).toContain('over-budget')
  })

  it('shows nothing for a template without a budget', () => {
    const { store } = renderWithServices(<StatusBar />, { state: withBudget(undefined) })
    act(() => store.dispatch({ type: 'preview-pages', pages: 3 }))
    expect(screen.queryByText(/pages/)).toBeNull()
  })
})
