import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LRUCache } from 'lru-cache'
import { DocumentError, migrateDocument } from '../brief/migrate'
import type { VersionedFormat } from '../brief/migrate'
import { copyName, slugify, uniqueId } from '../templates/names'
import { TEMPLATE_SCHEMA_VERSION, TemplateSchema, TemplateStyleSchema } from '../templates/schema'
import type { Template, TemplateStyle } from '../templates/schema'
import { TEMPLATE_LIMITS } from '../common/limits'
import { writeFileAtomic } from './atomic'

/** The .brieftemplate format (also the format of the built-in JSON files). */
export const templateFormat: VersionedFormat<Template> = {
  kind: 'template',
  current: TEMPLATE_SCHEMA_VERSION,
  migrations: {},
  schema: TemplateSchema,
}

/** One row of the template gallery; a file that cannot be read is listed with its error. */
export type TemplateListing = {
  id: string
  name: string
  description: string
  builtIn: boolean
  error?: string
}

/**
 * Built-in templates are read-only: every call that changes a template refuses them (duplicate one
 * to change it). A file that cannot be read is listed with its error and never written or deleted.
 */
export type TemplateStore = {
  list(): Promise<TemplateListing[]>
  get(id: string): Promise<Template>
  /** The readable template with this id, or null: a brief may come from a machine with other templates. */
  find(id: string): Promise<Template | null>
  /** Saves a new user template under a free id derived from its name; returns the saved template. */
  save(template: Template): Promise<Template>
  /**
   * Saves a template under its own id: replaces the user template with that id, or creates it when
   * the id is free (so that saving a deleted template back restores it as it was).
   */
  put(template: Template): Promise<Template>
  /** Renames a user template; its id stays, so briefs made with it still find it. */
  rename(id: string, name: string): Promise<Template>
  /** Copies any readable template (built-ins too) as a user template named "<name> copy". */
  duplicate(id: string): Promise<Template>
  /** Validates a .brieftemplate file's text and saves it as a user template. */
  importText(text: string): Promise<Template>
  /** Deletes a user template and returns it, so that the caller can undo by saving it back. */
  remove(id: string): Promise<Template>
}

export const TEMPLATE_EXTENSION = '.brieftemplate'
const MAX_TEMPLATE_BYTES = TEMPLATE_LIMITS.fileText

/**
 * The folder of built-in templates. It sits at the project (or app resources) root, which is one or
 * two levels above this code depending on whether it runs from source, the CLI bundle or the app bundle.
 */
export function builtInTemplatesDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (let depth = 0; depth < 5; depth += 1) {
    const candidate = path.join(dir, 'templates')
    if (existsSync(path.join(candidate, 'policy-brief.json'))) return candidate
    dir = path.dirname(dir)
  }
  throw new DocumentError('The built-in templates folder is missing from this installation.')
}

/** Parses the text of a template file: JSON, validated and migrated. Throws DocumentError. */
export function parseTemplateJson(text: string): Template {
  if (text.length > MAX_TEMPLATE_BYTES) throw new DocumentError('This template is larger than 8 MB.')
  let document: unknown
  try {
    document = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new DocumentError(`This template is not valid JSON (${detail}).`)
  }
  return migrateDocument(document, templateFormat)
}

/** The text of a .brieftemplate file. */
export function serializeTemplate(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`
}

/** Template files read before, by path: read and validated again only when the file changed. */
const readFiles = new LRUCache<string, { version: string; template: Template }>({ max: 256 })

/**
 * A template file, read and validated. Every render of a preview looks its brief's template up, so a
 * file is read again only when it changed (another inode, time or size; a save replaces the file).
 * Callers get their own copy.
 */
async function readTemplateFile(filePath: string): Promise<Template> {
  const info = await stat(filePath)
  const version = `${info.ino}:${info.mtimeMs}:${info.size}`
  const known = readFiles.get(filePath)
  if (known?.version === version) return structuredClone(known.template)
  const bytes = await readFile(filePath)
  if (bytes.length > MAX_TEMPLATE_BYTES) throw new DocumentError('This template is larger than 8 MB.')
  const template = parseTemplateJson(bytes.toString('utf8'))
  readFiles.set(filePath, { version, template: structuredClone(template) })
  return template
}

async function listFolder(dir: string, extension: string): Promise<string[]> {
  try {
    const names = await readdir(dir)
    return names.filter((name) => name.endsWith(extension)).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** A template file as read: its template, or why it cannot be used. */
type Entry = { file: string; stem: string; builtIn: boolean } & (
  { template: Template; error?: string } | { template: null; error: string }
)

/**
 * Built-in templates (read-only, from `builtInDir`) and the user's templates (`<dataDir>/templates`).
 * A user template whose id matches a built-in one is listed with an error rather than shadowing it.
 */
export function createTemplateStore(options: { dataDir?: string; builtInDir?: string }): TemplateStore {
  const builtInDir = options.builtInDir ?? builtInTemplatesDir()
  const userDir = options.dataDir ? path.join(options.dataDir, 'templates') : null

  async function scan(): Promise<Entry[]> {
    const files = [
      ...(await listFolder(builtInDir, '.json')).map((name) => ({
        file: path.join(builtInDir, name),
        builtIn: true,
      })),
      ...(userDir
        ? (await listFolder(userDir, TEMPLATE_EXTENSION)).map((name) => ({
            file: path.join(userDir, name),
            builtIn: false,
          }))
        : []),
    ]
    // Read side by side, then taken in order: the first file with an id keeps it.
    const read = await Promise.allSettled(files.map(({ file }) => readTemplateFile(file)))
    const seen = new Set<string>()
    return files.map(({ file, builtIn }, index): Entry => {
      const stem = path.basename(file).replace(/\.(json|brieftemplate)$/, '')
      const result = read[index]
      if (result?.status !== 'fulfilled') {
        const error: unknown = result?.reason
        return {
          file,
          stem,
          builtIn,
          template: null,
          error: error instanceof Error ? error.message : String(error),
        }
      }
      const template = result.value
      const clash = seen.has(template.id)
      seen.add(template.id)
      return {
        file,
        stem,
        builtIn,
        template,
        ...(clash ? { error: `Another template already has the id "${template.id}".` } : {}),
      }
    })
  }

  /** Ids in use, and file names: a new template must clash with neither. */
  function takenIds(entries: readonly Entry[]): Set<string> {
    return new Set(
      entries.flatMap((entry) => (entry.template ? [entry.template.id, entry.stem] : [entry.stem])),
    )
  }

  /** The usable user template with this id, or a one-line reason why there is none. */
  async function userEntry(
    id: string,
    action: string,
  ): Promise<{ entries: Entry[]; entry: Entry & { template: Template } }> {
    const entries = await scan()
    const found = entries.find((entry) => entry.template?.id === id && !entry.error)
    if (found?.template) {
      if (found.builtIn)
        throw new DocumentError(`"${id}" is built in and cannot be ${action}; duplicate it to change it.`)
      return { entries, entry: { ...found, template: found.template } }
    }
    const broken = entries.find((entry) => entry.stem === id && entry.error)
    if (broken)
      throw new DocumentError(
        `The template file ${path.basename(broken.file)} cannot be read, so it is left as it is: ${broken.error}`,
      )
    throw new DocumentError(`No template "${id}".`)
  }

  async function write(file: string, template: Template): Promise<Template> {
    const valid = TemplateSchema.parse(template)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFileAtomic(file, serializeTemplate(valid))
    return valid
  }

  function userFile(id: string): string {
    if (!userDir) throw new DocumentError('No data folder is set, so templates cannot be saved.')
    return path.join(userDir, `${id}${TEMPLATE_EXTENSION}`)
  }

  async function list(): Promise<TemplateListing[]> {
    return (await scan()).map((entry) => ({
      id: entry.template?.id ?? entry.stem,
      name: entry.template?.name ?? entry.stem,
      description: entry.template?.description ?? '',
      builtIn: entry.builtIn,
      ...(entry.error ? { error: entry.error } : {}),
    }))
  }

  // The first file with the id wins (built-ins come first); a broken file cannot be the one asked for.
  function first(entries: Entry[], id: string): Template | null {
    return entries.find((entry) => entry.template?.id === id)?.template ?? null
  }

  async function find(id: string): Promise<Template | null> {
    return (await builtIn(id)) ?? first(await scan(), id)
  }

  /**
   * A built-in is named by its id (a test holds the files to that) and built-ins come first, so the
   * built-in file of that name is the one asked for: read alone, not with every other template.
   */
  async function builtIn(id: string): Promise<Template | null> {
    if (!/^[a-z0-9-]+$/.test(id)) return null
    try {
      const template = await readTemplateFile(path.join(builtInDir, `${id}.json`))
      return template.id === id ? template : null
    } catch {
      return null
    }
  }

  async function get(id: string): Promise<Template> {
    const named = await builtIn(id)
    if (named) return named
    const entries = await scan()
    const found = first(entries, id)
    if (found) return found
    const broken = entries.find((entry) => entry.template === null && entry.stem === id)
    if (broken)
      throw new DocumentError(`The template "${id}" (${broken.file}) cannot be used: ${broken.error}`)
    const known = entries.flatMap((entry) => (entry.template && !entry.error ? [entry.template.id] : []))
    throw new DocumentError(
      known.length > 0
        ? `No template "${id}". Known templates: ${known.join(', ')}.`
        : `No template "${id}", and no template here could be read.`,
    )
  }

  async function save(template: Template): Promise<Template> {
    const id = uniqueId(slugify(template.name), takenIds(await scan()))
    return write(userFile(id), { ...template, id })
  }

  async function put(template: Template): Promise<Template> {
    const entries = await scan()
    if (entries.some((entry) => entry.template?.id === template.id && !entry.error)) {
      const { entry } = await userEntry(template.id, 'changed')
      return write(entry.file, template)
    }
    const id = uniqueId(template.id, takenIds(entries))
    return write(userFile(id), { ...template, id })
  }

  async function rename(id: string, name: string): Promise<Template> {
    const clean = name.replace(/\s+/g, ' ').trim()
    if (!clean) throw new DocumentError('A template needs a name.')
    const { entry } = await userEntry(id, 'renamed')
    return write(entry.file, { ...entry.template, name: clean })
  }

  async function duplicate(id: string): Promise<Template> {
    const entries = await scan()
    const source = await get(id)
    const names = new Set(entries.flatMap((entry) => (entry.template ? [entry.template.name] : [])))
    const name = copyName(source.name, names)
    const copy = { ...source, name, id: uniqueId(slugify(name), takenIds(entries)) }
    return write(userFile(copy.id), copy)
  }

  async function importText(text: string): Promise<Template> {
    // Parse fully before touching the data folder: a bad file changes nothing.
    return save(parseTemplateJson(text))
  }

  async function remove(id: string): Promise<Template> {
    const { entry } = await userEntry(id, 'deleted')
    await unlink(entry.file)
    return entry.template
  }

  return { list, get, find, save, put, rename, duplicate, importText, remove }
}

/**
 * The page style a brief is drawn in: its template's, or the default style with a warning when this
 * machine does not have that template (a brief from a colleague still opens, previews and exports).
 */
export async function styleOfTemplate(
  store: Pick<TemplateStore, 'find'>,
  templateId: string,
): Promise<{ style: TemplateStyle; warnings: string[] }> {
  const template = await store.find(templateId)
  if (template) return { style: template.style, warnings: [] }
  return {
    style: TemplateStyleSchema.parse({}),
    warnings: [`The template "${templateId}" is not installed here; the default page style is used.`],
  }
}
