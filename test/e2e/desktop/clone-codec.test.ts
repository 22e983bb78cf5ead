import { describe, expect, it } from 'vitest'
import { decodeCloned, encodeCloned } from './clone-codec'

// The stand-in's transport must give back what structuredClone gave it, or refuse; never drop.

const carry = (value: unknown) => decodeCloned(encodeCloned(structuredClone(value)))

describe('the clone codec of the Electron stand-in', () => {
  it.each([
    ['an object with an undefined field', { a: undefined, b: 1 }],
    ['special numbers', [NaN, Infinity, -Infinity, 0.5]],
    ['a BigInt', 12345678901234567890n],
    ['a Date', new Date(Date.UTC(2025, 2, 1))],
    ['a RegExp', /a+b/giu],
    ['a Map and a Set', { map: new Map<unknown, unknown>([['k', new Set([1, 'x'])]]) }],
    ['bytes', new Uint8Array([0, 255, 128])],
    ['floats', new Float64Array([1.5, -2])],
    ['an ArrayBuffer', new Uint8Array([1, 2, 3]).buffer],
    ['nested data', { list: [{ text: 'é', none: null }], flag: false }],
  ])('carries %s unchanged', (_label, value) => {
    expect(carry(value)).toStrictEqual(structuredClone(value))
  })

  it('keeps -0, holes in arrays and the type of typed arrays', () => {
    expect(Object.is(carry(-0), -0)).toBe(true)
    // eslint-disable-next-line no-sparse-arrays
    const sparse = carry([1, , 3]) as unknown[]
    expect(sparse).toHaveLength(3)
    expect(1 in sparse).toBe(false)
    expect(carry(new Int16Array([-2]))).toBeInstanceOf(Int16Array)
  })

  it('carries only the bytes of a view, not its whole buffer', () => {
    const view = new Uint8Array([9, 1, 2, 9]).subarray(1, 3)
    const carried = carry(view) as Uint8Array
    expect([...carried]).toEqual([1, 2])
    expect(carried.buffer.byteLength).toBe(2)
  })

  it('carries an Error with its type, message and cause', () => {
    const carried = carry(new TypeError('bad', { cause: new RangeError('inner') })) as TypeError
    expect(carried).toBeInstanceOf(TypeError)
    expect(carried.message).toBe('bad')
    expect(carried.cause).toBeInstanceOf(RangeError)
    expect((carried.cause as Error).message).toBe('inner')
  })

  it('refuses what it cannot carry, with a reason', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(() => encodeCloned(cycle)).toThrow(/circular reference/)
    expect(() => encodeCloned(() => 1)).toThrow(/function cannot be carried/)
    class Point {
      x = 1
    }
    expect(() => encodeCloned(new Point())).toThrow(/Point cannot be carried/)
  })
})
