import path from 'node:path'
import { readBriefFile } from '../files/brief-file'
import { writeFileAtomicSync } from '../files/atomic'
import { renderBriefPdf } from '../pdf/index'
import { UsageError } from './errors'
import type { CliValues } from './main'
import { styleFor, warn } from './shared'

/** `briefwright export <file.brief> --out <file.pdf>` */
export async function runExport(args: string[], values: CliValues): Promise<number> {
  if (args.length !== 1)
    throw new UsageError('export takes one .brief file (briefwright export <file.brief> --out <file.pdf>)')
  if (!values.out) throw new UsageError('export needs --out <file.pdf>')
  const brief = await readBriefFile(args[0])
  const style = await styleFor(brief.meta.templateId, values)
  const pdf = await renderBriefPdf(brief, style)
  warn(pdf.warnings)
  // Synchronous, as draft writes: the command waits for the file anyway, without thread-pool round trips.
  writeFileAtomicSync(path.resolve(values.out), pdf.bytes)
  return 0
}
