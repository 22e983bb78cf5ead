import path from 'node:path'
import { defaultDataDir } from '../files/data-dir'
import { TemplateStyleSchema } from '../templates/schema'
import type { TemplateStyle } from '../templates/schema'
import { createTemplateStore } from '../templates/store'
import type { CliValues } from './main'

/** The template store for --data-dir (or the app's data folder). */
export function templateStoreFor(values: CliValues) {
  return createTemplateStore({ dataDir: dataDirFor(values) })
}

export function dataDirFor(values: CliValues): string {
  return path.resolve(values['data-dir'] ?? defaultDataDir())
}

/** Prints warnings from the pipeline on stderr, one line each. */
export function warn(messages: Iterable<string>): void {
  for (const message of messages) process.stderr.write(`briefwright: warning: ${message}\n`)
}

/**
 * The page style of a brief's template. A brief made with a template this machine does not have still
 * exports, in the default style, with a warning.
 */
export async function styleFor(templateId: string, values: CliValues): Promise<TemplateStyle> {
  const store = templateStoreFor(values)
  const known = await store.list()
  if (known.some((listing) => listing.id === templateId && !listing.error))
    return (await store.get(templateId)).style
  warn([`template "${templateId}" is not installed here; the default page style is used`])
  return TemplateStyleSchema.parse({})
}
