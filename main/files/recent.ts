import path from 'node:path'
import * as z from 'zod'
import { MAX_RECENT, RecentEntrySchema } from './app-data-schema'
import type { RecentEntry } from './app-data-schema'
import { readJsonFile, writeJson } from './settings'

/** The recent documents of one data folder, newest first. */
export type RecentStore = {
  list(): Promise<RecentEntry[]>
  add(entry: { name: string; path: string | null; title?: string }): Promise<RecentEntry[]>
  clear(): Promise<void>
}

const RecentFileSchema = z.array(RecentEntrySchema)

/** Recent documents kept in `<dataDir>/recent.json`: at most MAX_RECENT, one entry per document. */
export function createRecentStore(dataDir: string, now: () => Date = () => new Date()): RecentStore {
  const file = path.join(dataDir, 'recent.json')
  let queue: Promise<unknown> = Promise.resolve()

  async function list(): Promise<RecentEntry[]> {
    const parsed = RecentFileSchema.safeParse(await readJsonFile(file))
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : []
  }

  function add(entry: { name: string; path: string | null; title?: string }): Promise<RecentEntry[]> {
    const next = queue.then(async () => {
      const fresh: RecentEntry = {
        name: entry.name,
        path: entry.path,
        ...(entry.title?.trim() ? { title: entry.title.trim() } : {}),
        openedAt: now().toISOString(),
      }
      // A document with a path is the same document whatever its name; without one, the name is all we have.
      const same = (other: RecentEntry) =>
        entry.path !== null ? other.path === entry.path : other.path === null && other.name === entry.name
      const entries = [fresh, ...(await list()).filter((other) => !same(other))].slice(0, MAX_RECENT)
      await writeJson(file, entries)
      return entries
    })
    queue = next.catch(() => undefined)
    return next
  }

  function clear(): Promise<void> {
    const next = queue.then(() => writeJson(file, []))
    queue = next.catch(() => undefined)
    return next
  }

  return { list, add, clear }
}
