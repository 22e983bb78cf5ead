/*
 * The HTTP transport's wire format, for both ends: JSON, with bytes (article files, PDFs) as
 * `{ "$bytes": "<base64>" }`, which no contract schema accepts anywhere but where a Uint8Array is
 * expected. Each side brings its own base64 (Node's Buffer is far faster than btoa there), so
 * this module stays pure and the renderer may load it at run time.
 */

/** Base64 for one platform. */
export type Base64 = {
  encode(bytes: Uint8Array): string
  decode(text: string): Uint8Array
}

/** The wire format's two directions. */
export type WireCodec = {
  /** JSON text of a value, with every Uint8Array (Buffers too) as a `$bytes` object. */
  encodeWire(value: unknown): string
  /** Parses wire JSON; `$bytes` objects become Uint8Arrays. Throws SyntaxError for text that is not JSON. */
  decodeWire(text: string): unknown
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function isBytesObject(value: unknown): value is { $bytes: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  const encoded = (value as { $bytes?: unknown }).$bytes
  return keys.length === 1 && typeof encoded === 'string' && BASE64.test(encoded)
}

/** The wire format over a platform's base64. */
export function createWireCodec(base64: Base64): WireCodec {
  return {
    encodeWire(value) {
      return JSON.stringify(value, function (this: unknown, key: string, replaced: unknown) {
        // A Buffer's toJSON runs before a replacer sees the value: look at the original instead.
        const original = key === '' ? value : (this as Record<string, unknown>)[key]
        return original instanceof Uint8Array ? { $bytes: base64.encode(original) } : replaced
      })
    },
    decodeWire(text) {
      return JSON.parse(text, (_key, value: unknown) =>
        isBytesObject(value) ? base64.decode(value.$bytes) : value,
      )
    },
  }
}
