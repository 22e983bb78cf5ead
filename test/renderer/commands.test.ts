// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { APP_COMMAND_IDS, SHELL_COMMAND_IDS } from '../../main/common/commands'
import {
  commandForKey,
  createCommands,
  filterCommands,
  formatShortcut,
  matchesShortcut,
  routeHistory,
} from '../../renderer/commands'
import { createServices } from '../../renderer/state/useApp'
import { fakeHost, stateWith } from './harness'

function registry() {
  const host = fakeHost()
  const services = createServices(host.api, host.shell, vi.fn(), stateWith())
  return { ...services, commands: createCommands(services) }
}

function key(
  key: string,
  modifiers: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {},
) {
  return new KeyboardEvent('keydown', { key, ...modifiers })
}

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

describe('the command registry', () => {
  it('has one entry per command of the table, in its order, each with a label', () => {
    const { commands } = registry()
    expect(commands.map((command) => command.id)).toEqual(APP_COMMAND_IDS)
    for (const command of commands) expect(command.label).toBeTruthy()
  })

  it('runs every command the shell may send', () => {
    const ids = new Set(registry().commands.map((command) => command.id))
    for (const id of SHELL_COMMAND_IDS) expect(ids.has(id)).toBe(true)
  })

  it.each([
    { shortcut: 'Ctrl+N', event: key('n', { ctrlKey: true }), id: 'new-brief' },
    { shortcut: 'Ctrl+O', event: key('o', { ctrlKey: true }), id: 'open' },
    { shortcut: 'Ctrl+S', event: key('s', { ctrlKey: true }), id: 'save' },
    { shortcut: 'Ctrl+Shift+S', event: key('S', { ctrlKey: true, shiftKey: true }), id: 'save-as' },
    { shortcut: 'Ctrl+E', event: key('e', { ctrlKey: true }), id: 'export-pdf' },
    { shortcut: 'Ctrl+Z', event: key('z', { ctrlKey: true }), id: 'undo' },
    { shortcut: 'Ctrl+Shift+Z', event: key('Z', { ctrlKey: true, shiftKey: true }), id: 'redo' },
    { shortcut: 'Ctrl+Y', event: key('y', { ctrlKey: true }), id: 'redo' },
    { shortcut: 'Ctrl+K', event: key('k', { ctrlKey: true }), id: 'command-palette' },
    { shortcut: 'Ctrl+Shift+P', event: key('P', { ctrlKey: true, shiftKey: true }), id: 'command-palette' },
  ])('$shortcut runs $id', ({ event, id }) => {
    expect(commandForKey(registry().commands, event, false)?.id).toBe(id)
  })

  it.each([
    { name: 'no modifier', event: key('s'), shortcut: 'Mod+S', mac: false, expected: false },
    {
      name: 'an extra Shift',
      event: key('S', { ctrlKey: true, shiftKey: true }),
      shortcut: 'Mod+S',
      mac: false,
      expected: false,
    },
    { name: '⌘ on a Mac', event: key('s', { metaKey: true }), shortcut: 'Mod+S', mac: true, expected: true },
    {
      name: 'Ctrl on a Mac',
      event: key('s', { ctrlKey: true }),
      shortcut: 'Mod+S',
      mac: true,
      expected: false,
    },
    {
      name: 'Alt+ArrowUp',
      event: key('ArrowUp', { altKey: true }),
      shortcut: 'Alt+ArrowUp',
      mac: false,
      expected: true,
    },
  ])('matches shortcuts: $name', ({ event, shortcut, mac, expected }) => {
    expect(matchesShortcut(event, shortcut, mac)).toBe(expected)
  })

  it('writes shortcuts the way each platform does', () => {
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S')
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⇧⌘S')
  })

  it('enables document commands only with a brief and undo only with history', () => {
    const { commands, store } = registry()
    const save = commands.find((command) => command.id === 'save')!
    const undo = commands.find((command) => command.id === 'undo')!
    expect(save.enabled(store.getState())).toBe(true)
    expect(undo.enabled(store.getState())).toBe(false)
    store.dispatch({ type: 'load', brief: null, fileName: null, dirty: false })
    expect(save.enabled(store.getState())).toBe(false)
  })

  it('offers Save as template and Change template with a brief, Manage templates always', () => {
    const { commands, store } = registry()
    const enabled = () =>
      commands
        .filter((command) => command.id.includes('template'))
        .map((command) => [command.id, command.enabled(store.getState())])
    expect(enabled()).toEqual([
      ['save-as-template', true],
      ['change-template', true],
      ['manage-templates', true],
    ])
    store.dispatch({ type: 'load', brief: null, fileName: null, dirty: false })
    expect(enabled()).toEqual([
      ['save-as-template', false],
      ['change-template', false],
      ['manage-templates', true],
    ])
  })

  it('filters by every word of the query and hides internal commands', () => {
    const { commands } = registry()
    expect(filterCommands(commands, 'save').map((command) => command.id)).toEqual([
      'save',
      'save-as',
      'save-as-template',
    ])
    expect(filterCommands(commands, 'as save').map((command) => command.id)).toEqual([
      'save-as',
      'save-as-template',
    ])
    expect(filterCommands(commands, 'template').map((command) => command.id)).toEqual([
      'save-as-template',
      'change-template',
      'manage-templates',
    ])
    expect(filterCommands(commands, '').some((command) => command.id === 'open-pending')).toBe(false)
  })
})

describe('undo and redo routing', () => {
  it.each([
    { name: 'nothing focused', make: () => document.body, native: false },
    {
      name: 'a section editor',
      make: () => Object.assign(document.createElement('div'), { className: 'cm-editor' }),
      native: false,
    },
    {
      name: 'a document field',
      make: () => {
        const input = document.createElement('input')
        input.setAttribute('data-document-field', '')
        return input
      },
      native: false,
    },
    { name: 'the paste box', make: () => document.createElement('textarea'), native: true },
    {
      name: 'the address field',
      make: () => Object.assign(document.createElement('input'), { type: 'url' }),
      native: true,
    },
  ])('with $name focused, goes to the native field: $native', ({ make, native }) => {
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    const element = make()
    if (element !== document.body) document.body.append(element)
    const documentStep = vi.fn()
    routeHistory('undo', element, documentStep)
    expect(execCommand).toHaveBeenCalledTimes(native ? 1 : 0)
    expect(documentStep).toHaveBeenCalledTimes(native ? 0 : 1)
  })
})
