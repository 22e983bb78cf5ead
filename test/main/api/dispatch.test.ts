import { describe, expect, it } from 'vitest'
import { dispatchCall } from '../../../main/api/dispatch'
import { ApiError } from '../../../main/api/errors'
import { BAD_PAYLOADS } from './bad-payloads'
import { spyHandlers } from './spy-handlers'

describe('dispatchCall', () => {
  it.each(BAD_PAYLOADS)('refuses $name without calling a handler', async ({ call, input }) => {
    const { handlers, calls } = spyHandlers()
    const result = await dispatchCall(handlers, call, input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(['invalid-input', 'not-found']).toContain(result.error.code)
      expect(result.error.message.length).toBeLessThan(700)
    }
    expect(calls()).toBe(0)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('calls the handler with the parsed input (defaults filled in)', async () => {
    const { handlers, spies } = spyHandlers()
    const result = await dispatchCall(handlers, 'setSettings', { patch: { author: 'Ada' } })
    expect(result).toEqual({ ok: true, value: { reached: 'setSettings' } })
    expect(spies.setSettings).toHaveBeenCalledWith({ patch: { author: 'Ada' } })
  })

  it('passes bytes through as a Uint8Array', async () => {
    const { handlers, spies } = spyHandlers()
    const bytes = new TextEncoder().encode('hello')
    await dispatchCall(handlers, 'openArticle', { source: { kind: 'bytes', name: 'a.txt', bytes } })
    expect(spies.openArticle.mock.calls[0][0]).toEqual({ source: { kind: 'bytes', name: 'a.txt', bytes } })
  })

  it('turns a handler error into a one-line message with its code', async () => {
    const { handlers, spies } = spyHandlers()
    spies.getTemplate.mockRejectedValueOnce(new ApiError('not-found', 'No template "x".\n  at stack'))
    expect(await dispatchCall(handlers, 'getTemplate', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No template "x". at stack' },
    })
    spies.getTemplate.mockRejectedValueOnce(new TypeError('boom'))
    expect(await dispatchCall(handlers, 'getTemplate', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'boom' },
    })
  })

  it('names the path of the problem without echoing the value', async () => {
    const { handlers } = spyHandlers()
    const secret = 'x'.repeat(300)
    const result = await dispatchCall(handlers, 'getTemplate', { id: secret })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Invalid input for getTemplate: id: /)
      expect(result.error.message).not.toContain(secret)
    }
  })
})
