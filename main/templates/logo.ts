// A template's logo travels inside the template as base64 bytes, never as a path: a template file
// comes from anyone, and a path in it would let it read files from the machine that opens it.
// Pure (atob only), so the schema that uses it stays loadable by the renderer's type imports and
// by contract.ts without Node.

import { TEMPLATE_LIMITS } from '../common/limits'

/** The largest logo a template may hold, in bytes. */
export const LOGO_MAX_BYTES = TEMPLATE_LIMITS.logoBytes

/** The base64 length of LOGO_MAX_BYTES bytes (padded). */
export const LOGO_MAX_BASE64 = Math.ceil(LOGO_MAX_BYTES / 3) * 4

/** The image formats a logo may be in; pdfkit embeds both without re-encoding. */
export type LogoMediaType = 'image/png' | 'image/jpeg'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Bytes of base64 text, or null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  if (text.length % 4 !== 0 || !BASE64.test(text)) return null
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

/** The format of image bytes, by their magic bytes (not by any name or declared type). */
export function sniffImage(bytes: Uint8Array): LogoMediaType | null {
  if (PNG_MAGIC.every((byte, index) => bytes[index] === byte)) return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return null
}

function u16(bytes: Uint8Array, at: number): number {
  return ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0)
}

function u32(bytes: Uint8Array, at: number): number {
  return u16(bytes, at) * 65536 + u16(bytes, at + 2)
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1] ?? 0
    // Fill bytes and stand-alone markers carry no length.
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2
      continue
    }
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), hold the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) }
    }
    at += 2 + u16(bytes, at + 2)
  }
  return null
}

/** An image's size in pixels from its header, or null when the header is not readable. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const type = sniffImage(bytes)
  let size: { width: number; height: number } | null = null
  if (type === 'image/png' && bytes.length >= 24) size = { width: u32(bytes, 16), height: u32(bytes, 20) }
  else if (type === 'image/jpeg') size = jpegSize(bytes)
  return size && size.width > 0 && size.height > 0 ? size : null
}

/** Why a logo cannot be used, in one line, or null when it can. */
export function logoProblem(logo: { mediaType: LogoMediaType; data: string }): string | null {
  if (logo.data.length > LOGO_MAX_BASE64) return 'the logo is larger than 1 MB'
  const bytes = decodeBase64(logo.data)
  if (!bytes) return 'the logo is not base64 data'
  const type = sniffImage(bytes)
  if (!type) return 'the logo is neither a PNG nor a JPEG image'
  if (type !== logo.mediaType) return `the logo is a ${type} image, not ${logo.mediaType}`
  if (!imageSize(bytes)) return 'the logo image has no readable size'
  return null
}
