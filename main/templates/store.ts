import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DocumentError, migrateDocument } from '../brief/migrate'
import type { VersionedFormat } from '../brief/migrate'
import { writeFileAtomic } from '../files/atomic'
import { TEMPLATE_SCHEMA_VERSION, TemplateSchema } from './schema'
import type { Template } from './schema'

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

export type TemplateStore = {
  list(): Promise<TemplateListing[]>
  get(id: string): Promise<Template>
  /** Saves a user template under a free id derived from its name; returns the saved template. */
  save(template: Template): Promise<Template>
  /** Validates a .brieftemplate file's text and saves it as a user template. */
  importText(text: string): Promise<Template>
  /** Deletes a user template; built-ins are read-only. */
  remove(id: string): Promise<void>
}

export const TEMPLATE_EXTENSION = '.brieftemplate'
const MAX_TEMPLATE_BYTES = 8 * 1024 * 1024

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

async function readTemplateFile(filePath: string): Promise<Template> {
  const bytes = await readFile(filePath)
  if (bytes.length > MAX_TEMPLATE_BYTES) throw new DocumentError('This template is larger than 8 MB.')
  return parseTemplateJson(bytes.toString('utf8'))
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

/**
 * Built-in templates (read-only, from `builtInDir`) and the user's templates (`<dataDir>/templates`).
 * A user template whose id matches a built-in one is listed with an error rather than shadowing it.
 */
export function createTemplateStore(options: { dataDir?: string; builtInDir?: string }): TemplateStore {
  const builtInDir = options.builtInDir ?? builtInTemplatesDir()
  const userDir = options.dataDir ? path.join(options.dataDir, 'templates') : null

  async function entries(): Promise<{ file: string; builtIn: boolean }[]> {
    const builtIns = (await listFolder(builtInDir, '.json')).map((name) => ({
      file: path.join(builtInDir, name),
      builtIn: true,
    }))
    const users = userDir
      ? (await listFolder(userDir, TEMPLATE_EXTENSION)).map((name) => ({ file: path.join(userDir, name), builtIn: false }))
      : []
    return [...builtIns, ...users]
  }

  async function list(): Promise<TemplateListing[]> {
    const listings: TemplateListing[] = []
    const seen = new Set<string>()
    for (const entry of await entries()) {
      const fallbackId = path.basename(entry.file).replace(/\.(json|brieftemplate)$/, '')
      try {
        const template = await readTemplateFile(entry.file)
        const clash = seen.has(template.id)
        seen.add(template.id)
        listings.push({
          id: template.id,
          name: template.name,
          description: template.description,
          builtIn: entry.builtIn,
          ...(clash ? { error: `Another template already has the id "${template.id}".` } : {}),
        })
      } catch (error) {
        listings.push({
          id: fallbackId,
          name: fallbackId,
          description: '',
          builtIn: entry.builtIn,
          error: error instanceof Error ? error.message : String(error),
        })
      }
    }
    return listings
  }

  async function get(id: string): Promise<Template> {
    for (const entry of await entries()) {
      try {
        const template = await readTemplateFile(entry.file)
        if (template.id === id) return template
      } catch {
        // A broken file is reported by list(); it cannot be the template asked for by id.
      }
    }
    const known = (await list()).filter((listing) => !listing.error).map((listing) => listing.id)
    throw new DocumentError(`No template "${id}". Known templates: ${known.join(', ')}.`)
  }

  async function save(template: Template): Promise<Template> {
    if (!userDir) throw new DocumentError('No data folder is set, so templates cannot be saved.')
    const taken = new Set((await list()).map((listing) => listing.id))
    const id = uniqueId(slugify(template.name), taken)
    const saved = TemplateSchema.parse({ ...template, id })
    await mkdir(userDir, { recursive: true })
    await writeFileAtomic(path.join(userDir, `${id}${TEMPLATE_EXTENSION}`), serializeTemplate(saved))
    return saved
  }

  async function importText(text: string): Promise<Template> {
    // Parse fully before touching the data folder: a bad file changes nothing.
    return save(parseTemplateJson(text))
  }

  async function remove(id: string): Promise<void> {
    const listing = (await list()).find((candidate) => candidate.id === id)
    if (!listing) throw new DocumentError(`No template "${id}".`)
    if (listing.builtIn) throw new DocumentError(`"${id}" is built in and cannot be deleted; duplicate it to change it.`)
    if (!userDir) throw new DocumentError('No data folder is set.')
    await unlink(path.join(userDir, `${id}${TEMPLATE_EXTENSION}`))
  }

  return { list, get, save, importText, remove }
}

/** The text of a .brieftemplate file. */
export function serializeTemplate(template: Template): string {
  return `${JSON.stringify(template, null, 2)}\n`
}

/** "Bar Test Org" → "bar-test-org"; letters with diacritics lose them, anything else becomes a dash. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '')
  return slug || 'template'
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base}-${suffix}`
    if (!taken.has(candidate)) return candidate
  }
}
