import { TEMPLATE_LIMITS } from '../../main/common/limits'
import type { Logo } from '../../main/templates/schema'
import { bytesToBase64 } from '../wire'

/** The largest logo a template may hold (main/templates/logo.ts checks the same on the host). */
export const LOGO_LIMIT_BYTES = TEMPLATE_LIMITS.logoBytes

/** The format of image bytes by their magic bytes, whatever the file's name or declared type. */
export function sniffLogo(bytes: Uint8Array): Logo['mediaType'] | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  if (png.every((byte, index) => bytes[index] === byte)) return 'image/png'
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg'
  return null
}

/** A chosen image file as a template logo, or a one-line reason why it cannot be one. */
export async function readLogoFile(
  file: File,
): Promise<{ logo: Logo; error: null } | { logo: null; error: string }> {
  if (file.size > LOGO_LIMIT_BYTES) return { logo: null, error: `${file.name} is larger than 1 MB.` }
  const bytes = new Uint8Array(await file.arrayBuffer())
  const mediaType = sniffLogo(bytes)
  if (!mediaType) return { logo: null, error: `${file.name} is neither a PNG nor a JPEG image.` }
  return { logo: { mediaType, data: bytesToBase64(bytes) }, error: null }
}

/** A data: URL showing the logo in the page (the CSP allows data: images). */
export function logoUrl(logo: Logo): string {
  return `data:${logo.mediaType};base64,${logo.data}`
}
