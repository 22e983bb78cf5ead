// Carries a value that has already been through `structuredClone` from the page to Node (or back) as
// a JSON string, without losing what structured clone keeps and JSON drops: `undefined` (also as an
// object's value), NaN, ±Infinity, -0, BigInt, Date, RegExp, Map, Set, Error, ArrayBuffer and typed
// arrays. Both sides run `structuredClone` themselves, so this only has to be lossless for its output.
// Not carried (refused with an error, never dropped): shared or circular references, boxed primitives,
// Blob/File and other host objects. A typed array arrives as a view over a buffer of its own bytes.

type Encoded =
  | string
  | boolean
  | null
  | number
  | { $: 'undefined' }
  | { $: 'number'; v: 'NaN' | 'Infinity' | '-Infinity' | '-0' }
  | { $: 'bigint'; v: string }
  | { $: 'date'; v: number }
  | { $: 'regexp'; source: string; flags: string }
  | { $: 'array'; length: number; v: [number, Encoded][] }
  | { $: 'object'; v: [string, Encoded][] }
  | { $: 'map'; v: [Encoded, Encoded][] }
  | { $: 'set'; v: Encoded[] }
  | { $: 'arraybuffer'; v: string }
  | { $: 'view'; type: ViewType; v: string }
  | { $: 'error'; name: string; message: string; stack?: string; cause?: Encoded }

const VIEW_TYPES = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
  DataView,
} as const
type ViewType = keyof typeof VIEW_TYPES

const ERROR_TYPES = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError } as const

/** Encodes a structured-clone value as JSON text. */
export function encodeCloned(value: unknown): string {
  return JSON.stringify(encode(value, new Set()))
}

/** The value `encodeCloned` encoded, built with this realm's constructors. */
export function decodeCloned(text: string): unknown {
  return decode(JSON.parse(text) as Encoded)
}

function encode(value: unknown, path: Set<object>): Encoded {
  switch (typeof value) {
    case 'undefined':
      return { $: 'undefined' }
    case 'string':
    case 'boolean':
      return value
    case 'bigint':
      return { $: 'bigint', v: value.toString() }
    case 'number':
      if (Number.isNaN(value)) return { $: 'number', v: 'NaN' }
      if (value === Infinity) return { $: 'number', v: 'Infinity' }
      if (value === -Infinity) return { $: 'number', v: '-Infinity' }
      if (Object.is(value, -0)) return { $: 'number', v: '-0' }
      return value
    case 'object':
      if (value === null) return null
      if (path.has(value)) throw new Error('clone-codec: a circular reference cannot be carried.')
      path.add(value)
      try {
        return encodeObject(value, path)
      } finally {
        path.delete(value)
      }
    default:
      throw new Error(`clone-codec: a ${typeof value} cannot be carried.`)
  }
}

function encodeObject(value: object, path: Set<object>): Encoded {
  if (value instanceof Date) return { $: 'date', v: value.getTime() }
  if (value instanceof RegExp) return { $: 'regexp', source: value.source, flags: value.flags }
  if (value instanceof ArrayBuffer) return { $: 'arraybuffer', v: toBase64(new Uint8Array(value)) }
  if (ArrayBuffer.isView(value)) {
    const type = (Object.keys(VIEW_TYPES) as ViewType[]).find((name) => value instanceof VIEW_TYPES[name])
    if (!type) throw new Error(`clone-codec: a ${value.constructor.name} cannot be carried.`)
    return { $: 'view', type, v: toBase64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)) }
  }
  if (value instanceof Error) {
    const cause = 'cause' in value ? { cause: encode(value.cause, path) } : {}
    return { $: 'error', name: value.name, message: value.message, stack: value.stack, ...cause }
  }
  if (value instanceof Map)
    return { $: 'map', v: [...value].map(([key, item]) => [encode(key, path), encode(item, path)]) }
  if (value instanceof Set) return { $: 'set', v: [...value].map((item) => encode(item, path)) }
  if (Array.isArray(value))
    return {
      $: 'array',
      length: value.length,
      v: Object.keys(value).map((index) => [Number(index), encode(value[Number(index)], path)]),
    }
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype !== Object.prototype && prototype !== null)
    throw new Error(`clone-codec: a ${value.constructor.name} cannot be carried.`)
  return { $: 'object', v: Object.entries(value).map(([key, item]) => [key, encode(item, path)]) }
}

function decode(node: Encoded): unknown {
  if (node === null || typeof node !== 'object') return node
  switch (node.$) {
    case 'undefined':
      return undefined
    case 'number':
      return node.v === '-0' ? -0 : Number(node.v)
    case 'bigint':
      return BigInt(node.v)
    case 'date':
      return new Date(node.v)
    case 'regexp':
      return new RegExp(node.source, node.flags)
    case 'array': {
      const array: unknown[] = new Array(node.length)
      for (const [index, item] of node.v) array[index] = decode(item)
      return array
    }
    case 'object':
      return Object.fromEntries(node.v.map(([key, item]) => [key, decode(item)]))
    case 'map':
      return new Map(node.v.map(([key, item]) => [decode(key), decode(item)]))
    case 'set':
      return new Set(node.v.map(decode))
    case 'arraybuffer':
      return fromBase64(node.v).buffer
    case 'view': {
      const { buffer } = fromBase64(node.v)
      if (node.type === 'DataView') return new DataView(buffer)
      return new VIEW_TYPES[node.type](buffer)
    }
    case 'error': {
      const options = 'cause' in node ? { cause: decode(node.cause as Encoded) } : undefined
      // Structured clone keeps the standard error types and makes every other one a plain Error.
      const ErrorType = ERROR_TYPES[node.name as keyof typeof ERROR_TYPES] ?? Error
      const error = new ErrorType(node.message, options)
      if (node.stack !== undefined) error.stack = node.stack
      return error
    }
  }
}

// btoa/atob exist in both Node and the page; chunks keep the argument list of fromCharCode short.
function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}
