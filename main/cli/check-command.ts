import { checkBrief, hasErrors } from '../check/index'
import type { CheckResult } from '../check/index'
import type { Brief } from '../brief/schema'
import { readBriefFile } from '../files/brief-file'
import { layoutBrief } from '../pdf/index'
import { TemplateStyleSchema } from '../templates/schema'
import type { Template } from '../templates/schema'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { templateStoreFor, warn } from './shared'
import { stdout } from './output'

/** The exit status when the check finds an error (0: none; 2 stays bad input). */
export const CHECK_ERROR_EXIT = 3

/**
 * The template a brief is checked against: the one asked for (which must exist), else the brief's
 * own, or none with a warning when this machine does not have it.
 */
async function templateFor(brief: Brief, values: CliValues): Promise<Template | null> {
  const store = templateStoreFor(values)
  if (values.template) return store.get(values.template)
  const template = await store.find(brief.meta.templateId)
  if (!template)
    warn([
      `The template "${brief.meta.templateId}" is not installed here; the check assumes the default page style, no page budget and no required sections.`,
    ])
  return template
}

/** One line per finding (`Heading: severity rule: message`), then a line that sums them up. */
function textOf(brief: Brief, result: CheckResult): string {
  const headings = new Map(brief.sections.map((section) => [section.id, section.heading]))
  const lines = result.findings.map(
    (finding) =>
      `${headings.get(finding.section) ?? finding.section}: ${finding.severity} ${finding.rule}: ${finding.message}\n`,
  )
  const count = (severity: string) =>
    result.findings.filter((finding) => finding.severity === severity).length
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`
  const found =
    result.findings.length === 0
      ? 'No findings'
      : `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`
  const size = [
    ...(result.pages === null ? [] : [plural(result.pages, 'page')]),
    plural(result.words, 'word'),
  ]
  return `${lines.join('')}${found} (${size.join(', ')}).\n`
}

/** `briefwright check <file.brief> [--json] [--template ID]` */
export async function runCheck(args: string[], values: CliValues): Promise<number> {
  if (args.length !== 1)
    throw new UsageError(
      'check takes one .brief file (briefwright check <file.brief> [--json] [--template ID])',
    )
  const brief = await readBriefFile(args[0])
  const template = await templateFor(brief, values)
  const pages = await layoutBrief(brief, template?.style ?? TemplateStyleSchema.parse({}))
  const result = checkBrief(brief, template, { pages })
  stdout().write(values.json ? `${JSON.stringify(result, null, 2)}\n` : textOf(brief, result))
  return hasErrors(result.findings) ? CHECK_ERROR_EXIT : 0
}
