import { closeSync, fsyncSync, openSync } from 'node:fs'
import { open, readdir, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import writeFileAtomicLib from 'write-file-atomic'

/**
 * Writes a file so that a crash or kill at any moment leaves either the old or the new whole file:
 * temp file in the same folder, fsync, rename (write-file-atomic), then fsync the folder so the rename
 * itself survives a power cut.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicLib(filePath, typeof data === 'string' ? data : Buffer.from(data), { fsync: true })
  await fsyncDirectory(path.dirname(filePath))
}

/**
 * The same write, synchronous: for the command line, where nothing else waits on the thread. There
 * the asynchronous write's round trips through the thread pool (realpath, stat, open, write, fsync,
 * close, rename) cost more than the writing itself, about 5 ms of a one-page brief.
 */
export function writeFileAtomicSync(filePath: string, data: string | Uint8Array): void {
  writeFileAtomicLib.sync(filePath, typeof data === 'string' ? data : Buffer.from(data), { fsync: true })
  let handle: number | undefined
  try {
    handle = openSync(path.dirname(filePath), 'r')
    fsyncSync(handle)
  } catch (error) {
    if (!isIgnorableDirSyncError(error)) throw error
  } finally {
    if (handle !== undefined) closeSync(handle)
  }
}

async function fsyncDirectory(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Some platforms (Windows) cannot open or fsync a folder; the rename is still atomic there.
    if (!isIgnorableDirSyncError(error)) throw error
  } finally {
    await handle?.close()
  }
}

function isIgnorableDirSyncError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code === 'EISDIR' || code === 'EPERM' || code === 'EINVAL' || code === 'EBADF'
}

/** write-file-atomic names its temp files `<name>.<uint32>` next to the target. */
function isTempFileOf(candidate: string, targetNames: Set<string> | null): boolean {
  const match = /^(.*)\.(\d{1,10})$/.exec(candidate)
  if (!match) return false
  return targetNames === null || targetNames.has(match[1])
}

/**
 * Removes temp files left by writes that were killed before their rename. Only files named like a
 * temp file of one of `extensions` (e.g. `.brief`) and older than `olderThanMs` are touched.
 */
export async function sweepStaleTempFiles(
  dir: string,
  options: { extensions: string[]; olderThanMs?: number; now?: number },
): Promise<string[]> {
  const olderThanMs = options.olderThanMs ?? 0
  const now = options.now ?? Date.now()
  let entries: string[]
  try {
    entries = await readdir(dir)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const entry of entries) {
    if (!isTempFileOf(entry, null)) continue
    const target = entry.replace(/\.\d{1,10}$/, '')
    if (!options.extensions.some((extension) => target.endsWith(extension))) continue
    const full = path.join(dir, entry)
    try {
      const info = await stat(full)
      if (!info.isFile() || (olderThanMs > 0 && now - info.mtimeMs < olderThanMs)) continue
      await unlink(full)
      removed.push(full)
    } catch {
      // Gone already or not ours to remove: either way nothing to sweep.
    }
  }
  return removed
}

/**
 * Sweeps each folder once per process: saving again into the same folder (every Ctrl+S) then costs
 * no directory listing, which matters in large Documents folders.
 */
export function createFolderSweeper(options: { extensions: string[]; olderThanMs: number }) {
  const swept = new Set<string>()
  return async function sweepOnce(dir: string): Promise<string[]> {
    const key = path.resolve(dir)
    if (swept.has(key)) return []
    swept.add(key)
    return sweepStaleTempFiles(key, options)
  }
}
