import { describe, expect, it } from 'vitest'
import { decodeWire, encodeWire } from '../../../main/web/wire'
import { decodeWire as decodeInBrowser, encodeWire as encodeInBrowser } from '../../../renderer/wire'
import { isAllowedHost, isAllowedOrigin, isValidToken, tokenOf } from '../../../main/web/request-guards'

const bytes = Uint8Array.from({ length: 70_000 }, (_, index) => (index * 31) % 256)

describe('wire format', () => {
  it.each([
    { name: 'server → browser', encode: encodeWire, decode: decodeInBrowser },
    { name: 'browser → server', encode: encodeInBrowser, decode: decodeWire },
    { name: 'server → server', encode: encodeWire, decode: decodeWire },
  ])('round-trips bytes and data $name', ({ encode, decode }) => {
    const value = { a: 1, nested: { bytes, list: [new Uint8Array([1, 2]), 'x'] }, empty: new Uint8Array(0) }
    const back = decode(encode(value)) as typeof value
    expect(Array.from(back.nested.bytes)).toEqual(Array.from(bytes))
    expect(Array.from(back.nested.list[0] as Uint8Array)).toEqual([1, 2])
    expect(back.empty).toBeInstanceOf(Uint8Array)
    expect(back.a).toBe(1)
  })

  it('encodes Buffers (which have their own toJSON) as bytes', () => {
    expect(encodeWire({ b: Buffer.from('hi') })).toBe('{"b":{"$bytes":"aGk="}}')
  })

  it('leaves objects that only look like bytes alone', () => {
    expect(decodeWire('{"$bytes":"not base64!"}')).toEqual({ $bytes: 'not base64!' })
    expect(decodeWire('{"$bytes":"aGk=","extra":1}')).toEqual({ $bytes: 'aGk=', extra: 1 })
  })
})

describe('request guards', () => {
  it.each([
    { host: '127.0.0.1:4000', allowed: true },
    { host: 'localhost:4000', allowed: true },
    { host: 'LOCALHOST:4000', allowed: true },
    { host: '127.0.0.1:4001', allowed: false },
    { host: '127.0.0.1', allowed: false },
    { host: 'evil.example:4000', allowed: false },
    { host: '127.0.0.1.nip.io:4000', allowed: false },
    { host: '[::1]:4000', allowed: false },
    { host: '0.0.0.0:4000', allowed: false },
    { host: undefined, allowed: false },
  ])('Host $host → $allowed', ({ host, allowed }) => {
    expect(isAllowedHost(host, 4000)).toBe(allowed)
  })

  it.each([
    { origin: undefined, allowed: true },
    { origin: 'http://127.0.0.1:4000', allowed: true },
    { origin: 'http://localhost:4000', allowed: true },
    { origin: 'null', allowed: false },
    { origin: 'https://127.0.0.1:4000', allowed: false },
    { origin: 'http://evil.example', allowed: false },
  ])('Origin $origin → $allowed', ({ origin, allowed }) => {
    expect(isAllowedOrigin(origin, 4000)).toBe(allowed)
  })

  it('reads and compares tokens', () => {
    expect(tokenOf({ 'x-briefwright-token': 'abc' })).toBe('abc')
    expect(tokenOf({ authorization: 'Bearer abc' })).toBe('abc')
    expect(tokenOf({ authorization: 'Basic abc' })).toBeNull()
    expect(tokenOf({})).toBeNull()
    expect(isValidToken('abc', 'abc')).toBe(true)
    expect(isValidToken('abd', 'abc')).toBe(false)
    expect(isValidToken('ab', 'abc')).toBe(false)
    expect(isValidToken(null, 'abc')).toBe(false)
  })
})
