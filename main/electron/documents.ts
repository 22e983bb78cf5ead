/** A .brief document waiting for the renderer to take it. */
export type PendingDocument = { name: string; text: string; path: string }

/**
 * The documents the shell knows about: those the OS asked to open before the renderer could take them,
 * and the file each window's document was last opened from or saved to (so Save needs no dialog).
 */
export type DocumentRegistry = {
  queue(document: PendingDocument): void
  take(): PendingDocument | null
  pathOf(windowId: number): string | null
  setPath(windowId: number, filePath: string | null): void
}

/** Creates the registry; plain data, no Electron. */
export function createDocumentRegistry(): DocumentRegistry {
  const pending: PendingDocument[] = []
  const paths = new Map<number, string | null>()
  return {
    queue: (document) => {
      pending.push(document)
    },
    take: () => pending.shift() ?? null,
    pathOf: (windowId) => paths.get(windowId) ?? null,
    setPath: (windowId, filePath) => {
      paths.set(windowId, filePath)
    },
  }
}
