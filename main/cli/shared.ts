import path from 'node:path'
import { defaultDataDir } from '../files/data-dir'
import type { TemplateStyle } from '../templates/schema'
import { createTemplateStore, styleOfTemplate } from '../files/template-store'
import type { CliValues } from './main'
import { stderr } from './output'

/** The template store for --data-dir (or the app's data folder). */
export function templateStoreFor(values: CliValues) {
  return createTemplateStore({ dataDir: dataDirFor(values) })
}

export function dataDirFor(values: CliValues): string {
  return path.resolve(values['data-dir'] ?? defaultDataDir())
}

/** Prints warnings from the pipeline on stderr, one line each. */
export function warn(messages: Iterable<string>): void {
  for (const message of messages) stderr().write(`briefwright: warning: ${message}\n`)
}

/**
 * The page style of a brief's template. A brief made with a template this machine does not have still
 * exports, in the default style, with a warning.
 */
export async function styleFor(templateId: string, values: CliValues): Promise<TemplateStyle> {
  const { style, warnings } = await styleOfTemplate(templateStoreFor(values), templateId)
  warn(warnings)
  return style
}
