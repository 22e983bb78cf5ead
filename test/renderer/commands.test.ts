// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { COMMAND_IDS } from '../../main/electron/commands'
import { COMMAND_LABELS, runCommand } from '../../renderer/commands'
import type { CommandHandlers } from '../../renderer/commands'

function handlers(): CommandHandlers {
  return Object.fromEntries(COMMAND_IDS.map((id) => [id, vi.fn()])) as unknown as CommandHandlers
}

afterEach(() => {
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

describe('runCommand', () => {
  it.each(COMMAND_IDS)('runs %s through its handler when no text field has focus', (id) => {
    const registry = handlers()
    runCommand(id, registry, document.body)
    expect(registry[id]).toHaveBeenCalledTimes(1)
    expect(COMMAND_LABELS[id]).toBeTruthy()
  })

  it.each([
    { name: 'a textarea', make: () => document.createElement('textarea') },
    { name: 'a text input', make: () => Object.assign(document.createElement('input'), { type: 'text' }) },
  ])('leaves undo and redo to $name that has focus', ({ make }) => {
    const execCommand = vi.fn(() => true)
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true })
    const field = make()
    document.body.append(field)
    const registry = handlers()
    runCommand('undo', registry, field)
    runCommand('redo', registry, field)
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo']])
    expect(registry.undo).not.toHaveBeenCalled()
    runCommand('save', registry, field)
    expect(registry.save).toHaveBeenCalledTimes(1)
  })
})
