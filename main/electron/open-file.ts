import { open } from 'node:fs/promises'
import path from 'node:path'
import { LIMITS } from '../api/pipeline-schemas'

/** The document file extension the app is associated with. */
export const BRIEF_EXTENSION = '.brief'

/**
 * The .brief documents named on a command line (Windows and Linux open files this way, and a second
 * instance forwards its argv), resolved against `cwd`. Switches and other files are ignored.
 */
export function briefPathsFromArgv(argv: string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(BRIEF_EXTENSION))
    .map((arg) => path.resolve(cwd, arg))
}

/** A file read for the app, refused past `maxBytes` without reading it whole. */
export async function readFileCapped(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(filePath, 'r')
  try {
    const { size } = await handle.stat()
    if (size > maxBytes)
      throw new Error(`${path.basename(filePath)} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`)
    return new Uint8Array(await handle.readFile())
  } finally {
    await handle.close()
  }
}

/** Reads a .brief document's text for the renderer to open. */
export async function readBriefDocument(
  filePath: string,
): Promise<{ name: string; text: string; path: string }> {
  const bytes = await readFileCapped(filePath, LIMITS.briefText)
  return { name: path.basename(filePath), text: new TextDecoder().decode(bytes), path: filePath }
}
