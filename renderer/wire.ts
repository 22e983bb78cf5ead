import { createWireCodec } from '../main/common/wire'

// The browser's end of the wire format (main/common/wire.ts), with btoa and atob for base64.

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
function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export const { encodeWire, decodeWire } = createWireCodec({ encode: bytesToBase64, decode: base64ToBytes })
