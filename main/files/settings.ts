import { mkdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { SettingsSchema } from './app-data-schema'
import type { Settings, SettingsPatch } from './app-data-schema'
import { writeFileAtomic } from './atomic'

/** The settings of one data folder. Updates are applied one after another, so none is lost. */
export type SettingsStore = {
  get(): Promise<Settings>
  update(patch: SettingsPatch): Promise<Settings>
}

const MAX_SETTINGS_BYTES = 1024 * 1024

/** Settings kept in `<dataDir>/settings.json`. A missing or damaged file reads as the defaults. */
export function createSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, 'settings.json')
  let queue: Promise<unknown> = Promise.resolve()

  async function get(): Promise<Settings> {
    return readSettings(file)
  }

  function update(patch: SettingsPatch): Promise<Settings> {
    const next = queue.then(async () => {
      const merged = SettingsSchema.parse({ ...(await readSettings(file)), ...patch })
      await writeJson(file, merged)
      return merged
    })
    queue = next.catch(() => undefined)
    return next
  }

  return { get, update }
}

/** Reads a JSON file of the data folder; null when it is missing, too large or not JSON. */
export async function readJsonFile(file: string, maxBytes = MAX_SETTINGS_BYTES): Promise<unknown> {
  try {
    const bytes = await readFile(file)
    if (bytes.length > maxBytes) return null
    return JSON.parse(bytes.toString('utf8')) as unknown
  } catch {
    // Missing or unreadable: the caller falls back to defaults rather than refusing to start.
    return null
  }
}

/** Writes a JSON file of the data folder atomically, creating the folder first. */
export async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`)
}

async function readSettings(file: string): Promise<Settings> {
  const parsed = SettingsSchema.safeParse((await readJsonFile(file)) ?? {})
  return parsed.success ? parsed.data : SettingsSchema.parse({})
}
