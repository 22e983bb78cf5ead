import { inflateRawSync } from 'node:zlib'
import { ArticleError } from './errors'

export type ZipLimits = { maxEntries: number; maxUncompressedBytes: number }

type Entry = {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  offset: number
}

/**
 * Checks a zip before a library unpacks it: entry count and declared sizes from the central
 * directory, then the real inflated size of each entry, capped, because declared sizes can lie.
 * A 100 KB zip can inflate to gigabytes; mammoth (through jszip) would hold all of it in memory.
 * Returns the entry names.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits, origin: string): string[] {
  const entries = readCentralDirectory(bytes, limits, origin)
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
  if (declared > limits.maxUncompressedBytes) throw tooLarge(origin, declared, limits)
  let budget = limits.maxUncompressedBytes
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (const entry of entries) {
    if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50)
      throw corrupt(origin)
    const dataStart =
      entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true)
    if (dataStart + entry.compressedSize > bytes.length) throw corrupt(origin)
    let size = entry.compressedSize
    if (entry.method === 8) {
      try {
        const data = bytes.subarray(dataStart, dataStart + entry.compressedSize)
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).length
      } catch (error) {
        if (error instanceof RangeError) throw tooLarge(origin, null, limits)
        throw corrupt(origin)
      }
    } else if (entry.method !== 0) {
      throw new ArticleError(
        'unreadable',
        `${origin} uses an unsupported zip compression (method ${entry.method}).`,
      )
    }
    budget -= size
    if (budget < 0) throw tooLarge(origin, null, limits)
  }
  return entries.map((entry) => entry.name)
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits, origin: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = findEndRecord(view)
  if (end === -1) throw corrupt(origin)
  const count = view.getUint16(end + 10, true)
  const size = view.getUint32(end + 12, true)
  const start = view.getUint32(end + 16, true)
  // ZIP64 marks its counts and offsets as all ones; no Word document needs it.
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    throw new ArticleError('too-large', `${origin} is a ZIP64 archive, too large to be a Word document.`)
  }
  if (count > limits.maxEntries) throw tooMany(origin, count, limits)
  if (start + size > end) throw corrupt(origin)
  const entries: Entry[] = []
  let at = start
  while (at + 46 <= start + size) {
    if (view.getUint32(at, true) !== 0x02014b50) throw corrupt(origin)
    const nameLength = view.getUint16(at + 28, true)
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (next > start + size) throw corrupt(origin)
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    })
    // The 16-bit count in the end record wraps; the directory itself is the truth.
    if (entries.length > limits.maxEntries) throw tooMany(origin, entries.length, limits)
    at = next
  }
  if (entries.length === 0)
    throw new ArticleError('empty', `${origin} is an empty zip archive, not a Word document.`)
  return entries
}

/** The end-of-central-directory record sits in the last 64 KB + 22 bytes (it may carry a comment). */
function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff)
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) return at
  }
  return -1
}

function corrupt(origin: string): ArticleError {
  return new ArticleError(
    'unreadable',
    `${origin} is not a valid Word document (the zip container is damaged or missing).`,
  )
}

function tooMany(origin: string, count: number, limits: ZipLimits): ArticleError {
  return new ArticleError(
    'too-large',
    `${origin} holds ${count.toLocaleString('en-US')} files; a Word document has far fewer than ${limits.maxEntries.toLocaleString('en-US')}. It may be a zip bomb.`,
  )
}

function tooLarge(origin: string, declared: number | null, limits: ZipLimits): ArticleError {
  const mb = (n: number) => `${Math.ceil(n / 2 ** 20)} MB`
  const size = declared === null ? `more than ${mb(limits.maxUncompressedBytes)}` : mb(declared)
  return new ArticleError(
    'too-large',
    `${origin} unpacks to ${size}, over the ${mb(limits.maxUncompressedBytes)} limit for a document. It may be a zip bomb.`,
  )
}
