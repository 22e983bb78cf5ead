import { open, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { ArticleError, describeError, formatBytes } from './errors'

/** The only place article files are read. Checks existence, kind and size before reading. */
export async function readSourceFile(
  path: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const name = basename(path)
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(error, path)
  })
  if (info.isDirectory())
    throw new ArticleError('unsupported', `${path} is a folder. Choose an article file inside it.`)
  if (!info.isFile()) throw new ArticleError('unsupported', `${path} is not a regular file.`)
  if (info.size > maxBytes) {
    throw new ArticleError(
      'too-large',
      `${name} is ${formatBytes(info.size)}, over the ${formatBytes(maxBytes)} limit for an article.`,
    )
  }
  if (info.size === 0) throw new ArticleError('empty', `${name} is empty.`)
  // Read through one handle and stop at the cap: the file can grow between stat and read.
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw fileError(error, path)
  })
  try {
    const bytes = await handle.readFile({ signal })
    if (bytes.byteLength > maxBytes)
      throw new ArticleError('too-large', `${name} is over the ${formatBytes(maxBytes)} limit.`)
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  } catch (error) {
    throw error instanceof ArticleError ? error : fileError(error, path)
  } finally {
    await handle.close()
  }
}

/** Reads a stream (stdin) to the end, refusing more than `maxBytes`. */
export async function readStream(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  origin: string,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    total += bytes.byteLength
    if (total > maxBytes)
      throw new ArticleError('too-large', `${origin} sent more than ${formatBytes(maxBytes)}.`)
    chunks.push(bytes)
  }
  return Buffer.concat(chunks, total)
}

function fileError(error: unknown, path: string): ArticleError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
  if (code === 'ENOENT')
    return new ArticleError('not-found', `${path} does not exist. Check the path.`, { cause: error })
  if (code === 'EACCES' || code === 'EPERM') {
    return new ArticleError('unreadable', `${path} cannot be read (permission denied).`, { cause: error })
  }
  if (code === 'EISDIR')
    return new ArticleError('unsupported', `${path} is a folder. Choose an article file inside it.`)
  if (code === 'ABORT_ERR')
    return new ArticleError('aborted', `Reading ${path} was cancelled.`, { cause: error })
  return new ArticleError('unreadable', `${path} could not be read (${describeError(error)}).`, {
    cause: error,
  })
}
