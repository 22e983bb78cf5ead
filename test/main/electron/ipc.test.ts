import { describe, expect, it, vi } from 'vitest'
import type { DesktopHandlers } from '../../../main/api/desktop-contract'
import { appOrigins } from '../../../main/electron/guards'
import { handleApiIpc, handleDesktopIpc } from '../../../main/electron/ipc-dispatch'
import { BAD_PAYLOADS } from '../api/bad-payloads'
import { spyHandlers } from '../api/spy-handlers'

const origins = appOrigins()
const appFrame = { senderFrame: { url: 'app://briefwright/index.html', parent: null } }

function spyDesktop() {
  const spies = {
    openDocument: vi.fn(async () => null),
    saveDocument: vi.fn(async () => ({ saved: true, name: 'a.brief' })),
    savePdf: vi.fn(async () => ({ saved: true, name: 'a.pdf' })),
    saveDocx: vi.fn(async () => ({ saved: true, name: 'a.docx' })),
    resetDocument: vi.fn(async () => ({})),
    takePendingDocument: vi.fn(async () => null),
    setDocumentEdited: vi.fn(async () => ({})),
    answerClose: vi.fn(async () => ({})),
    openExternal: vi.fn(async () => ({ opened: true })),
  }
  return { handlers: spies satisfies DesktopHandlers, spies }
}

describe('api over IPC', () => {
  it.each([
    {
      name: 'an iframe',
      event: { senderFrame: { url: 'app://briefwright/index.html', parent: appFrame.senderFrame } },
    },
    { name: 'a page elsewhere', event: { senderFrame: { url: 'https://evil.example/', parent: null } } },
    { name: 'a gone frame', event: { senderFrame: null } },
  ])('refuses a call from $name without calling the handler', async ({ event }) => {
    const { handlers, calls } = spyHandlers()
    const result = await handleApiIpc(event, origins, handlers, 'listTemplates', {})
    expect(result).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Refused: the request did not come from the app.' },
    })
    expect(calls()).toBe(0)
  })

  it.each(BAD_PAYLOADS)('refuses $name from the app without calling the handler', async ({ call, input }) => {
    const { handlers, calls } = spyHandlers()
    const result = await handleApiIpc(appFrame, origins, handlers, call, input)
    expect(result.ok).toBe(false)
    expect(calls()).toBe(0)
  })

  it('answers a valid call from the app', async () => {
    const { handlers, spies } = spyHandlers()
    expect(await handleApiIpc(appFrame, origins, handlers, 'getTemplate', { id: 'policy-brief' })).toEqual({
      ok: true,
      value: { reached: 'getTemplate' },
    })
    expect(spies.getTemplate).toHaveBeenCalledTimes(1)
  })
})

describe('desktop calls over IPC', () => {
  it.each([
    {
      name: 'an extra key',
      call: 'saveDocument' as const,
      input: { text: 'x', suggestedName: 'a.brief', saveAs: false, path: '/etc/passwd' },
    },
    {
      name: 'a wrong type',
      call: 'saveDocument' as const,
      input: { text: 'x', suggestedName: 'a.brief', saveAs: 'yes' },
    },
    {
      name: 'a huge name',
      call: 'savePdf' as const,
      input: { bytes: new Uint8Array(1), suggestedName: 'a'.repeat(300) },
    },
    { name: 'bytes as text', call: 'savePdf' as const, input: { bytes: '%PDF-', suggestedName: 'a.pdf' } },
    { name: 'a path for the open dialog', call: 'openDocument' as const, input: { path: '/etc/passwd' } },
    { name: 'a huge url', call: 'openExternal' as const, input: { url: `https://x/${'a'.repeat(5000)}` } },
  ])('refuses $name', async ({ call, input }) => {
    const { handlers, spies } = spyDesktop()
    const result = await handleDesktopIpc(appFrame, origins, handlers, call, input)
    expect(result.ok).toBe(false)
    expect(Object.values(spies).every((spy) => spy.mock.calls.length === 0)).toBe(true)
  })

  it('answers `unavailable` for a window that is closing', async () => {
    expect(await handleDesktopIpc(appFrame, origins, undefined, 'resetDocument', {})).toEqual({
      ok: false,
      error: { code: 'unavailable', message: 'This window is closing.' },
    })
  })

  it('refuses a foreign sender and answers the app', async () => {
    const { handlers, spies } = spyDesktop()
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } }
    expect((await handleDesktopIpc(foreign, origins, handlers, 'resetDocument', {})).ok).toBe(false)
    expect(spies.resetDocument).not.toHaveBeenCalled()
    expect(await handleDesktopIpc(appFrame, origins, handlers, 'resetDocument', {})).toEqual({
      ok: true,
      value: {},
    })
  })
})
