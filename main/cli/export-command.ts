import path from 'node:path'
import { readBriefFile } from '../files/brief-file'
import { writeFileAtomicSync } from '../files/atomic'
import { preloadRendering, renderBriefPdf } from '../pdf/index'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { styleFor, warn } from './shared'

/** The formats `export` writes. */
const FORMATS = ['pdf', 'docx'] as const
type Format = (typeof FORMATS)[number]

function formatOf(values: CliValues): Format {
  const format = values.format ?? 'pdf'
  if ((FORMATS as readonly string[]).includes(format)) return format as Format
  throw new UsageError(`unknown format "${format}" (export writes ${FORMATS.join(' or ')})`)
}

/** `briefwright export <file.brief> [--format pdf|docx] --out <file>` */
export async function runExport(args: string[], values: CliValues): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('export takes one .brief file (briefwright export <file.brief> --out <file.pdf>)')
  const format = formatOf(values)
  if (!values.out) throw new UsageError(`export needs --out <file.${format}>`)
  if (format === 'pdf') preloadRendering()
  const brief = await readBriefFile(args[0])
  const style = await styleFor(brief.meta.templateId, values)
  let bytes: Uint8Array
  if (format === 'docx') {
    // Loaded here only: drafting and PDF export never pay for the Word writer.
    const { renderBriefDocx } = await import('../docx/index')
    bytes = await renderBriefDocx(brief, style)
  } else {
    const pdf = await renderBriefPdf(brief, style)
    warn(pdf.warnings)
    bytes = pdf.bytes
  }
  // Synchronous, as draft writes: the command waits for the file anyway, without thread-pool round trips.
  writeFileAtomicSync(path.resolve(values.out), bytes)
  return 0
}
