// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Shell } from '../../renderer/api'
import { CommandPalette } from '../../renderer/components/CommandPalette'
import { Toolbar } from '../../renderer/components/Toolbar'
import { useServices } from '../../renderer/state/useAppState'
import { useShortcuts } from '../../renderer/state/useShortcuts'
import { fakeHost, renderWithServices } from './harness'

function Shortcuts({ shell }: { shell: Shell }) {
  useShortcuts(useServices(), shell)
  return null
}

function renderPalette() {
  const host = fakeHost()
  return renderWithServices(
    <>
      <Shortcuts shell={host.shell} />
      <Toolbar />
      <CommandPalette />
    </>,
    { host },
  )
}

afterEach(cleanup)

describe('the command palette', () => {
  it.each([
    { name: 'Ctrl+K', key: { key: 'k', ctrlKey: true } },
    { name: 'Ctrl+Shift+P', key: { key: 'P', ctrlKey: true, shiftKey: true } },
  ])('opens with $name, focused on its filter, and Escape closes it (focus goes back)', ({ key }) => {
    renderPalette()
    const opener = screen.getByRole('button', { name: 'Save' })
    opener.focus()
    fireEvent.keyDown(window, key)
    const input = screen.getByRole('combobox', { name: 'Type a command' })
    expect(document.activeElement).toBe(input)
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull()
    expect(document.activeElement).toBe(opener)
  })

  it('lists every visible command with its shortcut and filters as the user types', () => {
    renderPalette()
    fireEvent.click(screen.getByRole('button', { name: /^Command palette/ }))
    const list = screen.getByRole('listbox', { name: 'Commands' })
    const labels = within(list)
      .getAllByRole('option')
      .map((option) => option.firstChild?.textContent)
    expect(labels).toEqual([
      'New brief',
      'Open…',
      'Open article',
      'Add article…',
      'Save',
      'Save as…',
      'Export PDF',
      'Export Word',
      'Save as template…',
      'Change template…',
      'Manage templates…',
      'Close brief',
      'Undo',
      'Redo',
      'Add section',
      'Show sections',
      'Show positions',
      'Edit title and details',
      'Check brief',
    ])
    expect(within(list).getByRole('option', { name: /Save as…/ }).textContent).toContain('Ctrl+Shift+S')
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'show pos' } })
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Show positions'])
  })

  it('moves with the arrow keys and runs the chosen command with Enter', () => {
    const { store } = renderPalette()
    fireEvent.click(screen.getByRole('button', { name: /^Command palette/ }))
    const input = screen.getByRole('combobox')
    fireEvent.change(input, { target: { value: 'show' } })
    const options = () => screen.getAllByRole('option')
    expect(options()[0].getAttribute('aria-selected')).toBe('true')
    expect(options().map((option) => option.textContent)).toEqual(['Show sections', 'Show positions'])
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    // Past the end it wraps to the start; Up from there goes to the end.
    expect(options()[0].getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[1].id)
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(store.getState().ui.view).toBe('positions')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('says when nothing matches and does not run disabled commands', () => {
    const { store } = renderPalette()
    fireEvent.click(screen.getByRole('button', { name: /^Command palette/ }))
    const input = screen.getByRole('combobox')
    fireEvent.change(input, { target: { value: 'zzz' } })
    expect(screen.getByText('No command matches “zzz”.')).toBeTruthy()
    fireEvent.change(input, { target: { value: 'undo' } })
    expect(screen.getByRole('option', { name: 'Undo Ctrl+Z' }).getAttribute('aria-disabled')).toBe('true')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(store.getState().ui.paletteOpen).toBe(true)
  })
})
