import { readFileSync } from 'node:fs'
import path from 'node:path'
import { deflateSync } from 'node:zlib'

/** Image bytes for logo tests: PNGs built here (no image tool needed) and a JPEG fixture. */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** A PNG of one colour (#rrggbb), RGB or (with `alpha`) RGBA, with a lighter diagonal band. */
export function makePng(width: number, height: number, color = '#1f4e79', alpha = false): Buffer {
  const channels = alpha ? 4 : 3
  const rgb = [1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16))
  const rows = Buffer.alloc((width * channels + 1) * height)
  for (let y = 0; y < height; y++) {
    const row = y * (width * channels + 1)
    for (let x = 0; x < width; x++) {
      const band = Math.abs(x - y) < Math.max(2, width / 8)
      const at = row + 1 + x * channels
      rgb.forEach((value, index) => (rows[at + index] = band ? 255 - (255 - value) / 3 : value))
      if (alpha) rows[at + 3] = x < width / 10 ? 0 : 255
    }
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  header[9] = alpha ? 6 : 2
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A 240×240 baseline JPEG logo (test/fixtures/logo.jpg). */
export function jpegLogo(): Buffer {
  return readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'logo.jpg'))
}

/** A template logo field from image bytes. */
export function logoOf(bytes: Buffer, mediaType: 'image/png' | 'image/jpeg' = 'image/png') {
  return { mediaType, data: bytes.toString('base64') }
}
