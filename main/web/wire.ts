// The HTTP transport carries JSON. Bytes (article files, PDFs) travel as `{ "$bytes": "<base64>" }`,
// which no contract schema accepts anywhere but where a Uint8Array is expected. renderer/wire.ts is
// the browser side of the same format.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

/** JSON text of a value, with every Uint8Array (Buffers too) as a `$bytes` object. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    // Buffer.toJSON runs before a replacer sees the value: look at the original instead.
    const original = key === '' ? value : this[key]
    if (original instanceof Uint8Array) {
      return {
        $bytes: Buffer.from(original.buffer, original.byteOffset, original.byteLength).toString('base64'),
      }
    }
    return replaced
  })
}

/** Parses wire JSON; `$bytes` objects become Uint8Arrays. Throws SyntaxError for text that is not JSON. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (isBytesObject(value)) {
      const buffer = Buffer.from(value.$bytes, 'base64')
      return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    }
    return value
  })
}

function isBytesObject(value: unknown): value is { $bytes: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  const encoded = (value as { $bytes?: unknown }).$bytes
  return keys.length === 1 && typeof encoded === 'string' && BASE64.test(encoded)
}
