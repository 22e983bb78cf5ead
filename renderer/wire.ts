// The browser side of the HTTP wire format (main/web/wire.ts): JSON, with bytes as
// `{ "$bytes": "<base64>" }`.

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const CHUNK = 0x8000

/** Base64 of bytes, in chunks so large PDFs do not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + CHUNK))
  }
  return btoa(binary)
}

/** Bytes of a base64 string. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** JSON text with every Uint8Array as a `$bytes` object. */
export function encodeWire(value: unknown): string {
  return JSON.stringify(value, (_key, replaced: unknown) =>
    replaced instanceof Uint8Array ? { $bytes: bytesToBase64(replaced) } : replaced,
  )
}

/** Parses wire JSON; `$bytes` objects become Uint8Arrays. */
export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const keys = Object.keys(value)
      const encoded = (value as { $bytes?: unknown }).$bytes
      if (keys.length === 1 && typeof encoded === 'string' && BASE64.test(encoded))
        return base64ToBytes(encoded)
    }
    return value
  })
}
