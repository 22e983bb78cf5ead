// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CallResult } from '../../main/api/dispatch'
import type { BriefwrightBridge } from '../../main/api/bridge-types'
import { ApiCallError, bridgeTransport, createApi, httpTransport, launchToken } from '../../renderer/api'
import { decodeWire, encodeWire } from '../../renderer/wire'

afterEach(() => {
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('renderer api client', () => {
  it('resolves values and turns error envelopes into ApiCallError', async () => {
    const transport = vi.fn(async (name: string): Promise<CallResult> =>
      name === 'listTemplates'
        ? { ok: true, value: [] }
        : { ok: false, error: { code: 'not-found', message: 'No template "x".' } },
    )
    const api = createApi(transport)
    await expect(api.listTemplates({})).resolves.toEqual([])
    const error = await api.getTemplate({ id: 'x' }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiCallError)
    expect(error).toMatchObject({ code: 'not-found', message: 'No template "x".' })
    expect(transport).toHaveBeenCalledWith('getTemplate', { id: 'x' }, undefined)
  })

  it('posts wire JSON with the token over HTTP', async () => {
    const fetchMock = vi.fn(
      async () => new Response(encodeWire({ ok: true, value: { bytes: new Uint8Array([37, 80, 68, 70]) } })),
    )
    vi.stubGlobal('fetch', fetchMock)
    const api = createApi(httpTransport('secret-token'))
    const result = (await api.exportPdf({ brief: {} as never })) as unknown as { bytes: Uint8Array }
    expect(Array.from(result.bytes)).toEqual([37, 80, 68, 70])
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/exportPdf')
    expect(init.method).toBe('POST')
    expect(init.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Briefwright-Token': 'secret-token',
    })
    expect(decodeWire(init.body as string)).toEqual({ brief: {} })
  })

  it('reports a server answer that is not wire JSON', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>502</html>', { status: 502 })),
    )
    await expect(createApi(httpTransport('t')).listTemplates({})).rejects.toThrow('The server answered 502.')
  })

  it('calls the preload bridge function of each call', async () => {
    const listTemplates = vi.fn(async () => ({ ok: true as const, value: [] }))
    const bridge = { api: { listTemplates } } as unknown as BriefwrightBridge
    await createApi(bridgeTransport(bridge)).listTemplates({})
    expect(listTemplates).toHaveBeenCalledWith({})
  })

  it('takes the token from the address once, keeps it in sessionStorage and removes it from the address bar', () => {
    const replaceState = vi.fn()
    const location = { search: '?token=abc', pathname: '/' } as Location
    expect(launchToken(location, sessionStorage, { replaceState } as unknown as History)).toBe('abc')
    expect(replaceState).toHaveBeenCalledWith(null, '', '/')
    expect(sessionStorage.getItem('briefwright-token')).toBe('abc')
    const reloaded = { search: '', pathname: '/' } as Location
    expect(launchToken(reloaded, sessionStorage, { replaceState } as unknown as History)).toBe('abc')
  })
})

describe('cancelling a call', () => {
  it('aborts the HTTP request and rejects with a cancelled error', async () => {
    const fetchMock = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        }),
    )
    vi.stubGlobal('fetch', fetchMock)
    const controller = new AbortController()
    const call = createApi(httpTransport('t')).openArticle(
      { source: { kind: 'url', url: 'https://example.com/a' } },
      { signal: controller.signal },
    )
    controller.abort()
    await expect(call).rejects.toMatchObject({ code: 'cancelled' })
    expect((fetchMock.mock.calls[0][1] as RequestInit).signal).toBe(controller.signal)
  })

  it('drops the late answer of a transport that cannot be interrupted', async () => {
    let answer: (result: CallResult) => void = () => undefined
    const api = createApi(() => new Promise<CallResult>((resolve) => (answer = resolve)))
    const controller = new AbortController()
    const call = api.listTemplates({}, { signal: controller.signal })
    controller.abort()
    answer({ ok: true, value: [] })
    await expect(call).rejects.toBeInstanceOf(ApiCallError)
  })

  it('reports a server that does not answer', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(createApi(httpTransport('t')).listTemplates({})).rejects.toMatchObject({
      code: 'unavailable',
    })
  })
})
