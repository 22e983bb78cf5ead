import { createWireCodec } from '../common/wire'

// The server's end of the wire format (main/common/wire.ts), with Node's Buffer for base64.

export const { encodeWire, decodeWire } = createWireCodec({
  encode: (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text) => {
    const buffer = Buffer.from(text, 'base64')
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  },
})
