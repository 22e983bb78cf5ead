import { describe, expect, it, vi } from 'vitest'
import { createCloseGuard } from '../../../main/electron/close-guard'

function guard() {
  const ask = vi.fn()
  return { ask, guard: createCloseGuard(ask) }
}

describe('closing the window over unsaved work', () => {
  it('closes a clean window at once, without asking the renderer', () => {
    const { ask, guard: close } = guard()
    expect(close.onClose()).toBe(true)
    close.setDirty(true)
    close.setDirty(false)
    expect(close.onClose()).toBe(true)
    expect(ask).not.toHaveBeenCalled()
  })

  it('holds the close over unsaved work and asks the renderer, on every attempt', () => {
    const { ask, guard: close } = guard()
    close.setDirty(true)
    expect(close.onClose()).toBe(false)
    expect(close.onClose()).toBe(false)
    expect(ask).toHaveBeenCalledTimes(2)
  })

  it('closes once the renderer agrees (saved or discarded); Cancel keeps holding it', () => {
    const { guard: close } = guard()
    close.setDirty(true)
    close.onClose()
    expect(close.answer(false)).toEqual({ close: false, quit: false })
    expect(close.onClose()).toBe(false)
    expect(close.answer(true)).toEqual({ close: true, quit: false })
    expect(close.onClose()).toBe(true)
  })

  it('goes on with a quit the renderer agreed to, and forgets it after Cancel', () => {
    const { guard: close } = guard()
    close.setDirty(true)
    close.onBeforeQuit()
    expect(close.onClose()).toBe(false)
    expect(close.answer(false)).toEqual({ close: false, quit: false })
    // A later close of the window alone is not a quit.
    expect(close.onClose()).toBe(false)
    expect(close.answer(true)).toEqual({ close: true, quit: false })

    const quitting = guard().guard
    quitting.setDirty(true)
    quitting.onBeforeQuit()
    quitting.onClose()
    expect(quitting.answer(true)).toEqual({ close: true, quit: true })
  })

  it('does not let a hung or crashed renderer hold the window', () => {
    const { ask, guard: close } = guard()
    close.setDirty(true)
    close.setResponsive(false)
    expect(close.onClose()).toBe(true)
    close.setResponsive(true)
    expect(close.onClose()).toBe(false)
    close.rendererGone()
    expect(close.onClose()).toBe(true)
    expect(ask).toHaveBeenCalledTimes(1)
  })
})
